import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseThesis } from '../../src/ingest/parse.ts';
import { parseSectionArg } from '../../src/retrieval/section-arg.ts';

const { sections } = parseThesis(readFileSync('data/thesis.txt', 'utf8'));

describe('parseSectionArg', () => {
  it.each(['4', 'four', 'fourth', 'chapter 4', 'Chapter Four', 'ch4', 'ch. 4', 'chap 4', 'chap. 4', 'chpt 4', 'chapter-4', 'Chapter 4'])('reads %s as chapter 4', (arg) => {
    expect(parseSectionArg(arg, sections)?.id).toBe('chapter-4');
  });

  it.each([['introduction', 'introduction'], ['intro', 'introduction'], ['the intro', 'introduction'], ['the third chapter', 'chapter-3'], ['overview', 'overview'], ['introducton', 'introduction'], ['chpater 3', 'chapter-3'], ['ovreview', 'overview'], ['last', 'chapter-6'], ['final', 'chapter-6'], ['penultimate', 'chapter-5'], ['the last one', 'chapter-6'], ['the whole thesis', 'overview'], ['everything', 'overview']])('reads %s', (arg, id) => {
    expect(parseSectionArg(arg, sections)?.id).toBe(id);
  });

  it.each(['9', 'chapter nine', 'appendix', '', 'four score', 'consultation in chapter 3', 'introducing', 'chapters 3 and 4', 'seventh', 'blah'])('rejects %j', (arg) => {
    expect(parseSectionArg(arg, sections)).toBeUndefined();
  });
});
