import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadThesis, readCorpus } from '../src/thesis.ts';
import { tempDir, testConfig, tinyEmbedder } from './helpers.ts';

function file(content: string | Buffer): string {
  const p = path.join(tempDir(), 'thesis.txt');
  writeFileSync(p, content);
  return p;
}

describe('readCorpus', () => {
  it('names the setting for a missing file', async () => {
    await expect(readCorpus('/no/such/thesis.txt')).rejects.toMatchObject({ code: 'CORPUS_MISSING', message: expect.stringMatching(/CORPUS_PATH/) });
  });

  it('rejects an empty and a binary file', async () => {
    await expect(readCorpus(file('  \n'))).rejects.toMatchObject({ code: 'CORPUS_UNREADABLE', message: expect.stringMatching(/empty/) });
    await expect(readCorpus(file(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1])))).rejects.toThrow(/binary/);
  });
});

describe('loadThesis', () => {
  it('builds a missing index, then reuses it', async () => {
    const config = testConfig();
    const embedder = await tinyEmbedder();
    const first = await loadThesis(config, { warn: () => {}, onStale: 'rebuild', embedder });
    expect(first.rebuilt).toBe('there was no index yet');
    expect(first.parsed.sections).toHaveLength(8);
    const second = await loadThesis(config, { warn: () => {}, onStale: 'rebuild', embedder });
    expect(second.rebuilt).toBeUndefined();
    expect(second.store.manifest.builtAt).toBe(first.store.manifest.builtAt);
  });

  it('rebuilds for the CLI and refuses for the bot when the embedder changed', async () => {
    const config = testConfig();
    const embedder = await tinyEmbedder();
    await loadThesis(config, { warn: () => {}, onStale: 'rebuild', embedder });
    await expect(loadThesis(config, { warn: () => {}, onStale: 'refuse', embedder: undefined })).rejects.toMatchObject({
      code: 'INDEX_STALE',
      message: expect.stringMatching(/built with embedder transformers:tiny-bert:fp32, not none/),
    });
    const rebuilt = await loadThesis(config, { warn: () => {}, onStale: 'rebuild', embedder: undefined });
    expect(rebuilt.rebuilt).toMatch(/embedder/);
    expect(rebuilt.store.manifest.embedder).toBe('none');
  });

  it('refuses a missing index for the bot', async () => {
    await expect(loadThesis(testConfig(), { warn: () => {}, onStale: 'refuse', embedder: undefined })).rejects.toMatchObject({ code: 'INDEX_MISSING' });
  });

  it('warns when no chapters are recognised and indexes one overview', async () => {
    const warnings: string[] = [];
    const config = testConfig({ corpusPath: file('An essay on rivers, towns and the bridges that join them across the years.\n') });
    const result = await loadThesis(config, { warn: (m) => warnings.push(m), onStale: 'rebuild', embedder: undefined });
    expect(result.parsed.sections.map((s) => s.id)).toEqual(['overview']);
    expect(warnings).toEqual([expect.stringMatching(/No chapters/)]);
  });
});
