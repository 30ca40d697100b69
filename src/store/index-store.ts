import { promises as fs } from 'node:fs';
import path from 'node:path';
// The package's main module also loads its OpenAI client, tokenizer and web fetchers (~75 MB of
// memory at start-up); the local index is all this project uses.
import { LocalIndex } from 'vectra/lib/LocalIndex.js';
import { ThesisBotError } from '../errors.ts';
import type { Chunk, Sentence, Section } from '../types.ts';
import { type Embedder, embedInBatches } from '../embed/embedder.ts';

/** What an index was built from; a mismatch with the running setup means it is stale. */
export interface IndexManifest {
  embedder: string;
  dimension: number;
  corpusHash: string;
  chunkerVersion: number;
  builtAt: string;
  sections: number;
  chunks: number;
}

/** Metadata vectra keeps with each item: chunks for context, sentences for quotes. */
export type ItemMetadata = {
  kind: 'chunk' | 'sentence';
  section: string;
  position: number;
  start: number;
  end: number;
  text: string;
};

/** Embedder id recorded for indexes built without vectors (keyword search only). */
export const KEYWORD_ONLY = 'none';

const MANIFEST = 'manifest.json';

/** Everything the index is built from. */
export interface BuildInput {
  dir: string;
  sections: readonly Section[];
  chunks: readonly Chunk[];
  embedder: Embedder | undefined;
  corpusHash: string;
  chunkerVersion: number;
  now: () => Date;
}

function itemsOf(input: BuildInput): Array<{ id: string; metadata: ItemMetadata }> {
  const chunkItems = input.chunks.map((c) => ({
    id: c.id,
    metadata: { kind: 'chunk' as const, section: c.sectionId, position: c.position, start: c.start, end: c.end, text: c.text },
  }));
  const sentences = input.sections.flatMap((s) => s.sentences.map((sentence: Sentence) => ({ section: s.id, sentence })));
  sentences.sort((a, b) => a.sentence.start - b.sentence.start);
  const sentenceItems = sentences.map(({ section, sentence }, i) => ({
    id: `s${i}`,
    metadata: { kind: 'sentence' as const, section, position: i, start: sentence.start, end: sentence.end, text: sentence.text },
  }));
  return [...chunkItems, ...sentenceItems];
}

async function replaceFolder(from: string, to: string): Promise<void> {
  const old = `${to}.old-${process.pid}`;
  await fs.rm(old, { recursive: true, force: true });
  await fs.rename(to, old).catch((e: NodeJS.ErrnoException) => {
    if (e.code !== 'ENOENT') throw e;
  });
  await fs.rename(from, to);
  await fs.rm(old, { recursive: true, force: true });
}

/**
 * Embeds every chunk and sentence into a new vectra index. It is built in a sibling folder and
 * renamed into place, so a crash mid-build leaves the previous index intact.
 * @throws ThesisBotError DATA_DIR_UNWRITABLE when the folder cannot be written.
 */
export async function buildIndex(input: BuildInput, onProgress: (done: number, total: number) => void = () => {}): Promise<IndexManifest> {
  const tmp = `${input.dir}.tmp-${process.pid}`;
  try {
    await fs.mkdir(path.dirname(input.dir), { recursive: true });
    await fs.rm(tmp, { recursive: true, force: true });
    const items = itemsOf(input);
    const vectors = input.embedder ? await embedInBatches(input.embedder, items.map((i) => i.metadata.text), 16, onProgress) : items.map(() => [0]);
    const index = new LocalIndex<ItemMetadata>(tmp);
    await index.createIndex({ version: 1 });
    await index.batchInsertItems(items.map((item, i) => ({ ...item, vector: vectors[i] ?? [0] })));
    const manifest: IndexManifest = {
      embedder: input.embedder?.id ?? KEYWORD_ONLY,
      dimension: input.embedder?.dimension ?? 0,
      corpusHash: input.corpusHash,
      chunkerVersion: input.chunkerVersion,
      builtAt: input.now().toISOString(),
      sections: input.sections.length,
      chunks: input.chunks.length,
    };
    await fs.writeFile(path.join(tmp, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    await replaceFolder(tmp, input.dir);
    return manifest;
  } catch (cause) {
    await fs.rm(tmp, { recursive: true, force: true }).catch(() => {});
    if (ThesisBotError.is(cause)) throw cause;
    const code = (cause as NodeJS.ErrnoException).code;
    if (code !== undefined && ['EACCES', 'EROFS', 'EPERM', 'ENOTDIR', 'EEXIST', 'ENOSPC'].includes(code)) {
      throw new ThesisBotError('DATA_DIR_UNWRITABLE', `Cannot write the index to ${input.dir}. Make the folder writable or set DATA_DIR to one that is.`, { cause });
    }
    throw cause;
  }
}

/** A loaded index: its manifest, its items, and vectra's similarity search over them. */
export interface OpenIndex {
  manifest: IndexManifest;
  items: Array<{ id: string; vector: number[]; metadata: ItemMetadata }>;
  /** Cosine similarity of every stored sentence to `vector`, keyed by the sentence's start offset. */
  sentenceSimilarities(vector: number[]): Promise<Map<number, number>>;
}

/**
 * Opens the index in `dir`.
 * @throws ThesisBotError INDEX_MISSING when there is none, INDEX_CORRUPT when it cannot be read.
 */
export async function openIndex(dir: string): Promise<OpenIndex> {
  let raw: string;
  try {
    raw = await fs.readFile(path.join(dir, MANIFEST), 'utf8');
  } catch (cause) {
    throw new ThesisBotError('INDEX_MISSING', `No index in ${dir}; run \`npm run ingest\` to build it.`, { cause });
  }
  try {
    const manifest = JSON.parse(raw) as IndexManifest;
    if (typeof manifest.embedder !== 'string' || typeof manifest.corpusHash !== 'string') throw new Error('manifest fields missing');
    const index = new LocalIndex<ItemMetadata>(dir);
    const items = (await index.listItems()).map((i) => ({ id: i.id, vector: i.vector, metadata: i.metadata }));
    if (items.length === 0) throw new Error('index holds no items');
    const sentences = items.filter((i) => i.metadata.kind === 'sentence').length;
    const sentenceSimilarities = async (vector: number[]) => {
      // Every sentence is scored (a thesis has hundreds, not millions), so fusion sees all of them.
      const results = await index.queryItems<ItemMetadata>(vector, '', sentences, { kind: { $eq: 'sentence' } });
      return new Map(results.map((r) => [r.item.metadata.start, r.score]));
    };
    return { manifest, items, sentenceSimilarities };
  } catch (cause) {
    throw new ThesisBotError('INDEX_CORRUPT', `The index in ${dir} is damaged; rebuild it with \`npm run ingest -- --force\`.`, { cause });
  }
}

/** Why an index no longer fits the running setup, or undefined when it does. */
export function staleReason(manifest: IndexManifest, expected: Pick<IndexManifest, 'embedder' | 'corpusHash' | 'chunkerVersion'>): string | undefined {
  if (manifest.embedder !== expected.embedder) return `it was built with embedder ${manifest.embedder}, not ${expected.embedder}`;
  if (manifest.corpusHash !== expected.corpusHash) return 'the corpus file has changed since it was built';
  if (manifest.chunkerVersion !== expected.chunkerVersion) return 'the chunking rules have changed since it was built';
  return undefined;
}
