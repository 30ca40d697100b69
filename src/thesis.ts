import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import type { CoreConfig } from './config.ts';
import { type Warn, createEmbedder } from './embed/create.ts';
import type { Embedder } from './embed/embedder.ts';
import { ThesisBotError } from './errors.ts';
import { CHUNKER_VERSION, chunkSections } from './ingest/chunk.ts';
import { parseThesis } from './ingest/parse.ts';
import { KEYWORD_ONLY, type OpenIndex, buildIndex, openIndex, staleReason } from './store/index-store.ts';
import type { Chunk, ParsedThesis } from './types.ts';

/** The thesis's text and structure: all that summaries, look-ups and the outline need. */
export interface ThesisText {
  corpus: string;
  parsed: ParsedThesis;
  chunks: Chunk[];
}

/** The thesis ready to be searched: its text and structure, its index and the embedder that fits it. */
export interface Thesis extends ThesisText {
  embedder: Embedder | undefined;
  store: OpenIndex;
}

/**
 * Reads the corpus as UTF-8 text.
 * @throws ThesisBotError CORPUS_MISSING or CORPUS_UNREADABLE (empty or binary file)
 */
export async function readCorpus(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (cause) {
    throw new ThesisBotError('CORPUS_MISSING', `The corpus file ${file} cannot be read. Set CORPUS_PATH to the thesis text file.`, { cause });
  }
  if (bytes.includes(0)) throw new ThesisBotError('CORPUS_UNREADABLE', `${file} looks binary, not text. Set CORPUS_PATH to a UTF-8 text file.`);
  const text = bytes.toString('utf8');
  if (!text.trim()) throw new ThesisBotError('CORPUS_UNREADABLE', `The corpus file ${file} is empty.`);
  return text;
}

/** A stable fingerprint of the corpus, recorded in the index manifest. */
export function hashCorpus(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Whether the thesis was loaded with its index (and so can be searched by vectors). */
export function hasIndex(thesis: ThesisText): thesis is Thesis {
  return 'store' in thesis;
}

/**
 * Reads, parses and chunks the corpus, passing on the parser's warnings; no model, no index.
 * @throws ThesisBotError CORPUS_MISSING or CORPUS_UNREADABLE
 */
export async function readThesis(config: Pick<CoreConfig, 'corpusPath'>, warn: Warn): Promise<ThesisText> {
  const corpus = await readCorpus(config.corpusPath);
  const parsed = parseThesis(corpus);
  for (const warning of parsed.warnings) warn(warning);
  return { corpus, parsed, chunks: chunkSections(corpus, parsed.sections) };
}

/** How a loader treats an index that is missing or does not fit: rebuild it, or refuse. */
export interface LoadOptions {
  warn: Warn;
  /**
   * `rebuild` for the CLI; `build-missing` for the bot, which builds a missing index but will
   * not replace one that does not fit (that changes answers under users); `refuse` for neither.
   */
  onStale: 'rebuild' | 'build-missing' | 'refuse';
  force?: boolean;
  now?: () => Date;
  /** Reuse an embedder that is already loaded instead of creating one from the config. */
  embedder?: Embedder | undefined;
  onProgress?: (done: number, total: number) => void;
  /** Told why, just before a rebuild starts (the CLI notes it on stderr). */
  onRebuild?: (reason: string) => void;
}

/** The result of loading, with what happened to the index for the caller to report. */
export interface LoadResult extends Thesis {
  rebuilt: string | undefined;
}

/**
 * Reads and parses the corpus, loads the embedder and opens the index, rebuilding it when it
 * is missing, stale or forced (and allowed to).
 * @throws ThesisBotError for every problem a user can fix.
 */
export async function loadThesis(config: CoreConfig, options: LoadOptions): Promise<LoadResult> {
  const { corpus, parsed, chunks } = await readThesis(config, options.warn);
  const embedder = 'embedder' in options ? options.embedder : await createEmbedder(config, options.warn);
  const expected = { embedder: embedder?.id ?? KEYWORD_ONLY, corpusHash: hashCorpus(corpus), chunkerVersion: CHUNKER_VERSION };

  let reason: string | undefined = options.force ? 'a rebuild was asked for' : undefined;
  let store: OpenIndex | undefined;
  if (!reason) {
    try {
      store = await openIndex(config.indexDir);
      reason = staleReason(store.manifest, expected);
    } catch (error) {
      if (!ThesisBotError.is(error) || (error.code !== 'INDEX_MISSING' && error.code !== 'INDEX_CORRUPT')) throw error;
      if (options.onStale === 'refuse' || (options.onStale === 'build-missing' && error.code !== 'INDEX_MISSING')) throw error;
      reason = error.code === 'INDEX_MISSING' ? 'there was no index yet' : 'the old index was damaged';
    }
  }
  if (reason && store && options.onStale !== 'rebuild') {
    throw new ThesisBotError('INDEX_STALE', `The index does not fit this setup (${reason}). Rebuild it with \`npm run ingest\`.`);
  }
  if (reason) {
    options.onRebuild?.(reason);
    const now = options.now ?? (() => new Date());
    await buildIndex({ dir: config.indexDir, sections: parsed.sections, chunks, embedder, corpusHash: expected.corpusHash, chunkerVersion: CHUNKER_VERSION, now }, options.onProgress);
    store = await openIndex(config.indexDir);
  }
  return { corpus, parsed, chunks, embedder, store: store as OpenIndex, rebuilt: reason };
}
