import { describe, expect, it } from 'vitest';
import { type Embedder, embedInBatches, normalise } from '../../src/embed/embedder.ts';
import { dot } from '../helpers.ts';

describe('embedder helpers', () => {
  it('normalises to unit length and leaves a zero vector finite', () => {
    expect(normalise([3, 4])).toEqual([0.6, 0.8]);
    expect(normalise([0, 0])).toEqual([0, 0]);
    expect(dot([0.6, 0.8], [0.6, 0.8])).toBeCloseTo(1);
  });

  it('embeds in batches, in order, reporting progress', async () => {
    const batches: number[] = [];
    const fake: Embedder = { id: 'len', dimension: 1, embed: async (texts) => (batches.push(texts.length), texts.map((t) => [t.length])) };
    const progress: Array<[number, number]> = [];
    const out = await embedInBatches(fake, ['a', 'bb', 'ccc', 'dddd', 'eeeee'], 2, (d, t) => progress.push([d, t]));
    expect(out).toEqual([[1], [2], [3], [4], [5]]);
    expect(batches).toEqual([2, 2, 1]);
    expect(progress).toEqual([[2, 5], [4, 5], [5, 5]]);
  });
});
