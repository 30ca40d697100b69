import { describe, expect, it } from 'vitest';
import { splitText, truncate } from '../../src/discord/limits.ts';

describe('truncate', () => {
  it('cuts at a word boundary with an ellipsis', () => {
    expect(truncate('the contraction and expansion of the circle', 20)).toBe('the contraction and…');
    expect(truncate('short', 20)).toBe('short');
  });
});

describe('splitText', () => {
  it('splits at sentence ends and never mid-word', () => {
    const text = 'First sentence is here. Second one follows it. Third closes.';
    expect(splitText(text, 30)).toEqual(['First sentence is here.', 'Second one follows it.', 'Third closes.']);
  });

  it('falls back to spaces for a sentence longer than the limit', () => {
    const parts = splitText('word '.repeat(50).trim(), 42);
    for (const p of parts) {
      expect(p.length).toBeLessThanOrEqual(42);
      expect(p).toMatch(/^(word ?)+$/);
    }
    expect(parts.join(' ')).toBe('word '.repeat(50).trim());
  });
});
