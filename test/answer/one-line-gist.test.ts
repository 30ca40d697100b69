import { describe, expect, it } from 'vitest';
import { withOneLineGist } from '../../src/answer/one-line-gist.ts';

describe('withOneLineGist', () => {
  it.each([
    ['quote the key sentence of chapter 3', 'quote the gist in one sentence of chapter 3'],
    ['give me one quote that sums it up', 'give me the gist in one sentence of'],
    ['which part of chapter 3 is most important?', 'what is the gist in one sentence of chapter 3?'],
    ["what's the main point?", "what's the gist in one sentence?"],
  ])('reads %j as asking for the gist in one sentence', (typed, plain) => {
    expect(withOneLineGist(typed)).toBe(plain);
  });

  it('leaves several main points, and other questions, alone', () => {
    expect(withOneLineGist('what are the main points of chapter 3?')).toBe('what are the main points of chapter 3?');
    expect(withOneLineGist('what is the key to community governance?')).toBe('what is the key to community governance?');
  });
});
