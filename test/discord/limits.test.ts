import { describe, expect, it } from 'vitest';
import { excerpt, splitText, truncate } from '../../src/discord/limits.ts';

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

describe('excerpt', () => {
  const quote = `${'Long opening words '.repeat(12)}then the clause,"that answers" it;${' and more words'.repeat(12)}.`;

  it('cuts a long quote around the clause an answer marks, spaced as the answer spaces it', () => {
    const cut = excerpt(quote, ['then the clause, "that answers" it'], 150);
    expect(cut).toMatch(/^….*then the clause,"that answers" it;.*…$/);
    expect(cut.length).toBeLessThanOrEqual(150);
  });

  it('never starts past the mark when the text before it has no spaces', () => {
    const packed = `${'word,'.repeat(40)}the clause,${'after,'.repeat(40)} end.`;
    expect(excerpt(packed, ['the clause'], 120)).toMatch(/^….*the clause,/);
  });

  it('keeps the start when no mark is in the quote, and a short quote whole', () => {
    expect(excerpt(quote, ['not there'], 100)).toMatch(/^Long opening words.*…$/);
    expect(excerpt('Short.', ['Short'], 100)).toBe('Short.');
  });
});
