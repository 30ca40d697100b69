import { describe, expect, it } from 'vitest';
import { PLACE_WORD, hanNumber, numberOf, ordinalFigure, ordinalWord } from '../../src/ingest/ordinals.ts';

describe('numberOf', () => {
  it.each([
    ['4', 4], ['4th', 4], ['four', 4], ['fourth', 4], ['IV', 4], ['twelve', 12], ['xii', 12], ['first', 1],
  ])('reads %s as %i', (word, n) => expect(numberOf(word)).toBe(n));

  it('returns undefined for other words', () => {
    expect(numberOf('chapter')).toBeUndefined();
    expect(numberOf('')).toBeUndefined();
  });
});

describe('hanNumber', () => {
  it.each([['三', 3], ['十', 10], ['十二', 12], ['二十', 20], ['二十一', 21], ['7', 7]])('reads %s as %i', (text, n) => expect(hanNumber(text)).toBe(n));
});

describe('ordinalWord', () => {
  it('writes a place as a word, and past twenty as a figure', () => {
    expect(ordinalWord(1)).toBe('first');
    expect(ordinalWord(4)).toBe('fourth');
    expect(ordinalWord(21)).toBe('21st');
    expect(ordinalWord(112)).toBe('112th');
    expect(ordinalFigure(3)).toBe('3rd');
    expect(ordinalFigure(11)).toBe('11th');
  });
});

describe('PLACE_WORD', () => {
  it('matches the ordinal words for places in a short list, first to tenth', () => {
    const place = new RegExp(`^(?:${PLACE_WORD})$`, 'iu');
    expect(['first', 'Third', 'tenth'].every((w) => place.test(w))).toBe(true);
    expect(['eleventh', 'last', 'one'].some((w) => place.test(w))).toBe(false);
  });
});
