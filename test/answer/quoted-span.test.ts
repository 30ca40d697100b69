import { describe, expect, it } from 'vitest';
import { inReadingOrder, isWholeSentence, sentenceHolding, spanText } from '../../src/answer/quoted-span.ts';
import type { Section } from '../../src/types.ts';

const text = 'It runs through consultation; it runs through the last kilometer.';
const overview: Section = { id: 'overview', label: 'Overview', title: 'o', sentences: [{ text, start: 10, end: 10 + text.length }] };

describe('isWholeSentence', () => {
  it('says whether a span is its whole sentence, not one item of a sentence listing several', () => {
    expect(isWholeSentence({ start: 10, end: 10 + text.length }, [overview])).toBe(true);
    expect(isWholeSentence({ start: 40, end: 10 + text.length }, [overview])).toBe(false);
  });
});

describe('sentenceHolding and spanText', () => {
  it('finds the sentence holding a span and gives the span’s own words', () => {
    expect(sentenceHolding({ start: 40, end: 50 }, [overview])).toMatchObject({ section: { id: 'overview' }, at: 0 });
    expect(sentenceHolding({ start: 500, end: 510 }, [overview])).toBeUndefined();
    expect(spanText({ start: 40, end: 10 + text.length }, [overview])).toBe('it runs through the last kilometer.');
  });
});

describe('inReadingOrder', () => {
  it('puts the passages a turn quoted in the order they stand in the thesis', () => {
    const quotes = [{ start: 40, end: 50 }, { start: 10, end: 20 }];
    expect(inReadingOrder({ question: 'q', cited: [], quotes })).toEqual([{ start: 10, end: 20 }, { start: 40, end: 50 }]);
    expect(inReadingOrder(undefined)).toEqual([]);
  });
});
