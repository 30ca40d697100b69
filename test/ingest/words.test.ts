import { describe, expect, it } from 'vitest';
import { capitalized, escapeRegExp, wordCount } from '../../src/ingest/words.ts';

describe('wordCount', () => {
  it('counts words through missing spaces and counts two Han characters as a word', () => {
    expect(wordCount('city,and the masses')).toBe(4);
    expect(wordCount('协商民主')).toBe(2);
    expect(wordCount('The 19 th Congress')).toBe(4);
    expect(wordCount('')).toBe(0);
  });
});

describe('escapeRegExp', () => {
  it('makes a text match itself literally inside a pattern', () => {
    const text = 'a (b) [c]? d.e* $f^ {g}|h\\i';
    expect(new RegExp(`^${escapeRegExp(text)}$`, 'u').test(text)).toBe(true);
    expect(new RegExp(escapeRegExp('a.c'), 'u').test('abc')).toBe(false);
  });
});

describe('capitalized', () => {
  it('puts a capital on the first letter only, leaving an empty text empty', () => {
    expect(capitalized('tibet')).toBe('Tibet');
    expect(capitalized('chapter 2 and the introduction')).toBe('Chapter 2 and the introduction');
    expect(capitalized('')).toBe('');
  });
});
