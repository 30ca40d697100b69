import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LocalIndex } from 'vectra/lib/LocalIndex.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
    // Offline with no local folder, the cache is named with both ways out, and not the
    // folder inside node_modules that Transformers.js looked in.
    const uncached = loadTransformersEmbedder({ model: 'no-such-model', cacheDir: mkdtempSync(path.join(tmpdir(), 'tb-cache-')), offline: true, quantized: false });
    await expect(uncached).rejects.toThrow(/in the cache .*TRANSFORMERS_LOCAL_MODELS.*TRANSFORMERS_OFFLINE=false/);
    await expect(uncached).rejects.not.toThrow(/node_modules/);
  });
});

describe('loadTransformersEmbedder from a mirror host', () => {
  // A Hub-shaped mirror on loopback serving the tiny model: the real download, cache and
  // offline paths, without the Hugging Face Hub.
  let server: Server;
  let host = '';
  const requests: string[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      requests.push(req.url ?? '');
      const match = /^\/tiny-bert\/resolve\/main\/(.+)$/.exec(req.url ?? '');
      const file = match?.[1] ? path.resolve('test/fixtures/tiny-bert', match[1]) : '';
      if (!file.startsWith(path.resolve('test/fixtures/tiny-bert')) || !existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      const body = readFileSync(file);
      res.writeHead(200, { 'content-length': body.length }).end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    host = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('downloads into the cache, then loads from the cache with TRANSFORMERS_OFFLINE', async () => {
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'tb-mirror-'));
    const online = await loadTransformersEmbedder({ model: 'tiny-bert', remoteHost: host, cacheDir, offline: false, quantized: false });
    expect(online.dimension).toBe(32);
    expect(requests.some((r) => r.endsWith('/onnx/model.onnx'))).toBe(true);
    expect(existsSync(path.join(cacheDir, 'tiny-bert', 'onnx', 'model.onnx'))).toBe(true);
    const served = requests.length;
    const offline = await loadTransformersEmbedder({ model: 'tiny-bert', cacheDir, offline: true, quantized: false });
    expect(requests.length).toBe(served);
    expect(await offline.embed(['consultation'])).toEqual(await online.embed(['consultation']));
  });

  it('names the mirror and the setting when the mirror lacks the model', async () => {
    const attempt = loadTransformersEmbedder({ model: 'missing-model', remoteHost: host, cacheDir: mkdtempSync(path.join(tmpdir(), 'tb-mirror-')), offline: false, quantized: false });
    await expect(attempt).rejects.toThrow(new RegExp(`could not be loaded from ${host.replace(/[.:/]/g, '\\$&')}.*TRANSFORMERS_REMOTE_HOST`));
  });
});
