import { beforeAll, describe, expect, it } from 'vitest';
import type { Embedder } from '../../src/embed/embedder.ts';
import { dot } from '../helpers.ts';
import { loadUseLiteEmbedder } from '../../src/embed/use-lite.ts';

describe('loadUseLiteEmbedder', () => {
  let embedder: Embedder;
  beforeAll(async () => {
    embedder = await loadUseLiteEmbedder();
  });

  it('embeds into the dimension its model reports, as unit vectors', async () => {
    expect(embedder.dimension).toBe(512);
    const [v] = await embedder.embed(['Community is the basic unit of governance in the city.']);
    expect(Math.hypot(...(v ?? []))).toBeCloseTo(1, 5);
  });

  it('scores related sentences above unrelated ones', async () => {
    const [q, related, unrelated] = await embedder.embed([
      'How do community residents discuss and agree on local decisions?',
      'Consultative democracy builds platforms where residents discuss community affairs.',
      'The weather in Beijing will be sunny tomorrow.',
    ]);
    expect(dot(q ?? [], related ?? [])).toBeGreaterThan(dot(q ?? [], unrelated ?? []));
  });

  it('returns a finite vector for an empty string and nothing for no input', async () => {
    const [v] = await embedder.embed(['']);
    expect(v?.every(Number.isFinite)).toBe(true);
    expect(await embedder.embed([])).toEqual([]);
  });
});
