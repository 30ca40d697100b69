import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LocalIndex } from 'vectra';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Embedder } from '../../src/embed/embedder.ts';
import { loadTransformersEmbedder } from '../../src/embed/transformers.ts';

// A random-weight BERT made by scripts/make-tiny-model.py: the real Transformers.js path, offline.
const settings = {
  model: 'tiny-bert',
  localModels: path.resolve('test/fixtures'),
  cacheDir: mkdtempSync(path.join(tmpdir(), 'tb-cache-')),
  offline: true,
  quantized: false,
};

describe('loadTransformersEmbedder', () => {
  let embedder: Embedder;
  beforeAll(async () => {
    embedder = await loadTransformersEmbedder(settings);
  });

  it('reads the dimension from the model and returns unit vectors', async () => {
    expect(embedder.dimension).toBe(32);
    expect(embedder.id).toBe('transformers:tiny-bert:fp32');
    const vectors = await embedder.embed(['The party and the masses.', 'Chapter four, hundreds of clues.']);
    expect(vectors).toHaveLength(2);
    for (const v of vectors) expect(Math.hypot(...v)).toBeCloseTo(1, 6);
  });

  it('is deterministic, in a batch or alone', async () => {
    const [a] = await embedder.embed(['community consultation']);
    const [, b] = await embedder.embed(['something else first', 'community consultation']);
    expect(b?.map((x) => x.toFixed(5))).toEqual(a?.map((x) => x.toFixed(5)));
  });

  it('finds a stored chunk first when queried with its own text through vectra', async () => {
    const texts = ['Community consultation finds the common denominator.', 'Party branches are the last kilometer.', 'The circle contracts and expands.'];
    const index = new LocalIndex(mkdtempSync(path.join(tmpdir(), 'tb-vectra-')));
    await index.createIndex({ version: 1 });
    const vectors = await embedder.embed(texts);
    for (const [i, text] of texts.entries()) await index.insertItem({ vector: vectors[i], metadata: { text } });
    const [query] = await embedder.embed([texts[1] ?? '']);
    const results = await index.queryItems(query ?? [], '', 3);
    expect(results[0]?.item.metadata['text']).toBe(texts[1]);
  });

  it('says which setting to change when the model is missing', async () => {
    const missing = loadTransformersEmbedder({ ...settings, model: 'no-such-model' });
    await expect(missing).rejects.toMatchObject({ code: 'MODEL_UNAVAILABLE' });
    await expect(missing).rejects.toThrow(/TRANSFORMERS_LOCAL_MODELS/);
  });
});
