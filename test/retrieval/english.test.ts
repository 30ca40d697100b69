import { describe, expect, it } from 'vitest';
import { isEnglishWord } from '../../src/retrieval/english.ts';

describe('isEnglishWord', () => {
  it('knows English words in any form and case, and not typos', () => {
    expect(['supervisor', 'Reviewers', 'cares', 'contrasted'].every(isEnglishWord)).toBe(true);
    expect(['goverment', 'circel', 'consultaton', ''].some(isEnglishWord)).toBe(false);
    // Rare words are likelier typos: "brach" (a hound) is "branch" mistyped.
    expect(isEnglishWord('brach')).toBe(false);
  });
});
