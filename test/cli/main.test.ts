import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { tempDir } from '../helpers.ts';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

afterEach(() => vi.unstubAllEnvs());

describe('cli ingest', () => {
  it('builds the index and reports sections, chunks, embedder and time', async () => {
    vi.stubEnv('EMBEDDINGS', 'none');
    vi.stubEnv('DATA_DIR', tempDir());
    const first = await run('ingest');
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/Built the index \(there was no index yet\)/);
    expect(first.out).toMatch(/sections: 8 \(overview, introduction, chapter-1/);
    expect(first.out).toMatch(/chunks: {3}\d+/);
    expect(first.out).toMatch(/embedder: none \(keyword search only\)/);
    expect((await run('ingest')).out).toMatch(/up to date/);
    expect((await run('ingest', '--force')).out).toMatch(/a rebuild was asked for/);
  });

  it('fails with a clear message and no stack for a missing or binary corpus', async () => {
    vi.stubEnv('EMBEDDINGS', 'none');
    vi.stubEnv('DATA_DIR', tempDir());
    vi.stubEnv('CORPUS_PATH', '/no/such/file.txt');
    const missing = await run('ingest');
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/^error: The corpus file \/no\/such\/file.txt cannot be read\. Set CORPUS_PATH/);
    expect(missing.err).not.toMatch(/\n\s+at /);
    const binary = path.join(tempDir(), 'x.bin');
    writeFileSync(binary, Buffer.from([1, 2, 0, 3]));
    vi.stubEnv('CORPUS_PATH', binary);
    expect((await run('ingest')).err).toMatch(/looks binary/);
  });

  it('reports a corrupt index folder by rebuilding it', async () => {
    vi.stubEnv('EMBEDDINGS', 'none');
    const dataDir = tempDir();
    vi.stubEnv('DATA_DIR', dataDir);
    await run('ingest');
    writeFileSync(path.join(dataDir, 'index', 'manifest.json'), '{"embedder":"none","corpusHash":"x"');
    const again = await run('ingest');
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/the old index was damaged/);
  });

  it('exits 2 on usage and settings errors', async () => {
    expect((await run('frobnicate')).code).toBe(2);
    expect((await run('ingest', '--nope')).code).toBe(2);
    vi.stubEnv('EMBEDDINGS', 'gpt');
    const bad = await run('ingest');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/EMBEDDINGS: use auto/);
  });
});
