import { promises as fs, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunkSections } from '../../src/ingest/chunk.ts';
import { parseThesis } from '../../src/ingest/parse.ts';
import { buildIndex, openIndex, staleReason } from '../../src/store/index-store.ts';
import { tempDir, tinyEmbedder } from '../helpers.ts';

const corpus = readFileSync('data/thesis.txt', 'utf8');
const parsed = parseThesis(corpus);
const chunks = chunkSections(corpus, parsed.sections);
const fixedClock = () => new Date('2026-01-02T03:04:05Z');

async function build(dir: string) {
  return buildIndex({ dir, sections: parsed.sections, chunks, embedder: await tinyEmbedder(), corpusHash: 'abc', chunkerVersion: 1, now: fixedClock });
}

describe('index store', () => {
  it('stores every chunk and sentence with its section and offsets, and a manifest', async () => {
    const dir = path.join(tempDir(), 'index');
    const manifest = await build(dir);
    expect(manifest).toMatchObject({ embedder: 'transformers:tiny-bert:fp32', dimension: 32, corpusHash: 'abc', builtAt: '2026-01-02T03:04:05.000Z', sections: 8, chunks: chunks.length });
    const opened = await openIndex(dir);
    const chunkItems = opened.items.filter((i) => i.metadata.kind === 'chunk');
    expect(chunkItems).toHaveLength(chunks.length);
    for (const item of opened.items) {
      expect(corpus.slice(item.metadata.start, item.metadata.end)).toBe(item.metadata.text);
      expect(item.vector).toHaveLength(32);
    }
    expect(new Set(chunkItems.map((i) => i.metadata.section)).size).toBe(8);
  });

  it('scores every sentence, and only sentences, against a vector through vectra', async () => {
    const dir = path.join(tempDir(), 'index');
    await build(dir);
    const opened = await openIndex(dir);
    const sentence = parsed.sections[3]?.sentences[1];
    const own = opened.items.find((i) => i.metadata.kind === 'sentence' && i.metadata.start === sentence?.start);
    const scores = await opened.sentenceSimilarities(own?.vector ?? []);
    expect(scores.size).toBe(parsed.sections.reduce((n, s) => n + s.sentences.length, 0));
    expect(scores.get(sentence?.start ?? -1)).toBeCloseTo(1);
    expect(Math.max(...scores.values())).toBeCloseTo(1);
  });

  it('replaces an old index whole and leaves no temporary folder behind', async () => {
    const root = tempDir();
    const dir = path.join(root, 'index');
    await build(dir);
    await build(dir);
    expect(await fs.readdir(root)).toEqual(['index']);
  });

  it('names why an index is stale', () => {
    const manifest = { embedder: 'a', dimension: 1, corpusHash: 'h', chunkerVersion: 1, builtAt: '', sections: 1, chunks: 1 };
    expect(staleReason(manifest, { embedder: 'a', corpusHash: 'h', chunkerVersion: 1 })).toBeUndefined();
    expect(staleReason(manifest, { embedder: 'b', corpusHash: 'h', chunkerVersion: 1 })).toMatch(/embedder a, not b/);
    expect(staleReason(manifest, { embedder: 'a', corpusHash: 'x', chunkerVersion: 1 })).toMatch(/corpus file has changed/);
    expect(staleReason(manifest, { embedder: 'a', corpusHash: 'h', chunkerVersion: 2 })).toMatch(/chunking rules/);
  });

  it('reports a missing and a corrupt index with the command to fix it', async () => {
    const dir = path.join(tempDir(), 'index');
    await expect(openIndex(dir)).rejects.toMatchObject({ code: 'INDEX_MISSING' });
    await build(dir);
    writeFileSync(path.join(dir, 'index.json'), '{ not json');
    await expect(openIndex(dir)).rejects.toMatchObject({ code: 'INDEX_CORRUPT', message: expect.stringMatching(/npm run ingest -- --force/) });
  });

  it('reports a data folder it cannot write (here: a file stands where the folder should be)', async () => {
    const blocker = path.join(tempDir(), 'data');
    writeFileSync(blocker, 'not a folder');
    await expect(build(path.join(blocker, 'index'))).rejects.toMatchObject({ code: 'DATA_DIR_UNWRITABLE', message: expect.stringMatching(/DATA_DIR/) });
  });
});
