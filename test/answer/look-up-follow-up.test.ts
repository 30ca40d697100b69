import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { afterLookUp } from '../../src/answer/look-up-follow-up.ts';
import { parseThesis } from '../../src/ingest/parse.ts';
import { findSectionRefs } from '../../src/retrieval/section-ref.ts';

const { sections } = parseThesis(readFileSync('data/thesis.txt', 'utf8'));
const after = (previous: string, current: string, pointsBack = false) => afterLookUp(previous, current, findSectionRefs(current, sections), pointsBack);

describe('afterLookUp', () => {
  it('counts the word looked up in a chapter named next, however the count is asked', () => {
    expect(after('look up grassroots', 'and in chapter 3?')).toBe('how many times does Chapter 3 mention grassroots');
    expect(after('look up grassroots', 'how many times in chapter 3?')).toBe('how many times does Chapter 3 mention grassroots');
  });

  it('reads "it" and "that phrase" as the word looked up, and "where most?" as its counts', () => {
    expect(after('look up "mass line"', 'does the introduction use that phrase?')).toBe('does the introduction use the phrase “mass line”?');
    expect(after('look up grassroots', "what's the most common section for it?", true)).toBe('how many times does the thesis mention grassroots');
    expect(after('look up grassroots', "what's the most common section?", false)).toBeUndefined();
  });

  it('asks what the thesis says on the word when "what does it say there?" follows', () => {
    expect(after('how many times does the thesis mention consultation', 'what does it say there?', true)).toBe('what does the thesis say about consultation');
    expect(after('look up consultation', 'what does the author say about grassroots?', false)).toBeUndefined();
  });

  it('looks up another word named alone, and leaves messages after other questions alone', () => {
    expect(after("does the thesis use the word 'grid'?", "what about 'grassroots'?")).toBe("look up 'grassroots'");
    expect(after('what is the mass line?', 'and in chapter 3?')).toBeUndefined();
  });
});
