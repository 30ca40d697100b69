import { describe, expect, it } from 'vitest';
import { createEmbedder } from '../../src/embed/create.ts';
import { testConfig } from '../helpers.ts';

describe('createEmbedder', () => {
  it('returns no embedder for keyword-only search', async () => {
    expect(await createEmbedder(testConfig({ embeddings: 'none' }), () => {})).toBeUndefined();
  });

  it('uses the configured Transformers.js model', async () => {
    const embedder = await createEmbedder(testConfig({ embeddings: 'transformers' }), () => {});
    expect(embedder?.id).toBe('transformers:tiny-bert:fp32');
  });

  it('uses Transformers.js in auto mode when its model can be had, without a warning', async () => {
    const warnings: string[] = [];
    const embedder = await createEmbedder(testConfig({ embeddings: 'auto' }), (m) => warnings.push(m));
    expect(embedder?.id).toBe('transformers:tiny-bert:fp32');
    expect(warnings).toEqual([]);
  });

  it('falls back to USE-lite with one warning that names why and what to set', async () => {
    const warnings: string[] = [];
    const base = testConfig();
    const config = { ...base, embeddings: 'auto' as const, transformers: { ...base.transformers, model: 'missing-model' } };
    const embedder = await createEmbedder(config, (m) => warnings.push(m));
    expect(embedder?.id).toBe('use-lite:universal-sentence-encoder-lite');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/missing-model could not be loaded.*TRANSFORMERS_LOCAL_MODELS.*EMBEDDINGS=transformers/s);
  });

  it('does not fall back when transformers is asked for explicitly', async () => {
    const base = testConfig();
    const config = { ...base, embeddings: 'transformers' as const, transformers: { ...base.transformers, model: 'missing-model' } };
    await expect(createEmbedder(config, () => {})).rejects.toMatchObject({ code: 'MODEL_UNAVAILABLE' });
  });
});
