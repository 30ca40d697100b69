import { describe, expect, it } from 'vitest';
import { formatAnswer, formatLookup } from '../../src/cli/format.ts';

describe('terminal formatting', () => {
  it('prints the answer, then numbered sources with quotes and offsets', () => {
    const text = formatAnswer({
      question: 'q',
      answer: 'Close contact with the masses is one of the three fine styles of the party. [Ch. 1]',
      abstained: false,
      nearest: [],
      citations: [{ section: 'chapter-1', label: 'Chapter 1', title: 'Defines the concept', quote: 'Close contact with the masses is one of the three fine styles of the party.', start: 4461, end: 4536, score: 0.9 }],
    });
    expect(text).toMatchInlineSnapshot(`
      "Close contact with the masses is one of the three fine styles of the party. [Ch. 1]

      Sources:
        1. Chapter 1: Defines the concept
           “Close contact with the masses is one of the three fine styles of the party.” (chars 4461-4536)"
    `);
  });

  it('says when a term does not occur, with suggestions', () => {
    expect(formatLookup({ term: 'consultaton', total: 0, matches: [], suggestions: ['consultation'] })).toBe('“consultaton” does not occur in the thesis text. Close terms that do occur: consultation.');
  });
});
