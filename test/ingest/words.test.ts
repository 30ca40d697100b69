import { describe, expect, it } from 'vitest';
import { wordCount } from '../../src/ingest/words.ts';

describe('wordCount', () => {
  it('counts words through missing spaces and counts two Han characters as a word', () => {
    expect(wordCount('city,and the masses')).toBe(4);
    expect(wordCount('协商民主')).toBe(2);
    expect(wordCount('The 19 th Congress')).toBe(4);
    expect(wordCount('')).toBe(0);
  });
});
