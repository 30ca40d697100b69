import { describe, expect, it } from 'vitest';
import { RECORD_NAMES, sentenceFor } from '../../src/answer/record-text.ts';

describe('sentenceFor', () => {
  it('says each field of the record as a sentence, and nothing for a field it lacks', () => {
    const meta = { author: 'Y L Wang', type: 'Dissertation', keywords: ['community governance', 'Urumqi'] };
    expect(sentenceFor('author', meta)).toBe('The thesis was written by Y L Wang.');
    expect(sentenceFor('type', meta)).toBe('It is a dissertation.');
    expect(sentenceFor('keywords', meta)).toBe('Its keywords are: community governance, Urumqi.');
    expect(sentenceFor('keywords', meta, true)).toBe('It has two keywords: community governance, Urumqi.');
    expect(sentenceFor('degree', meta)).toBeUndefined();
    expect(RECORD_NAMES.degree).toBe('its degree');
  });
});
