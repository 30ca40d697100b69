import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseThesis } from '../../src/ingest/parse.ts';
import { findSectionRefs, parseSectionArg } from '../../src/retrieval/section-ref.ts';

const { sections } = parseThesis(readFileSync('data/thesis.txt', 'utf8'));

describe('findSectionRefs', () => {
  it.each([
    ['What does chapter four say about clues?', ['chapter-4']],
    ['In the 3rd chapter, what is consultation?', ['chapter-3']],
    ['What does ch5 say?', ['chapter-5']],
    ['What does the last chapter discuss?', ['chapter-6']],
    ['In the introduction, which methods are named?', ['introduction']],
    ['第三章讲了什么？', ['chapter-3']],
    ['Compare chapter 2 and chapter 3', ['chapter-2', 'chapter-3']],
    ['What is the conclusion of the thesis?', ['overview']],
    ['What does the thesis conclude?', ['overview']],
    ['What does the concluding chapter say?', ['chapter-6']],
    ['Give me an overview of chapter 3', ['chapter-3']],
    ['What does chapter 3 conclude?', ['chapter-3']],
    ['What does the overview say about Urumqi?', ['overview']],
    ['What is consultative democracy?', []],
  ])('%s → %j', (question, ids) => {
    expect(findSectionRefs(question, sections).ids).toEqual(ids);
  });

  it('finds the introduction and conclusion in chapters titled so', () => {
    const numbered = parseThesis(readFileSync('test/fixtures/numbered-headings-thesis.txt', 'utf8')).sections;
    expect(findSectionRefs('What does the introduction say?', numbered).ids).toEqual(['chapter-1']);
    expect(findSectionRefs('What are the conclusions?', numbered).ids).toEqual(['chapter-4']);
  });

  it('names sections the thesis does not have', () => {
    const refs = findSectionRefs('What does chapter twelve say?', sections);
    expect(refs).toMatchObject({ ids: [], missing: ['Chapter 12'] });
  });

  it('removes the section name from the topic words', () => {
    expect(findSectionRefs('What does chapter four say about clues?', sections).rest).not.toMatch(/chapter|four/);
  });
});

describe('parseSectionArg', () => {
  it.each(['4', 'four', 'fourth', 'chapter 4', 'Chapter Four', 'ch4', 'ch. 4', 'chapter-4', 'Chapter 4'])('reads %s as chapter 4', (arg) => {
    expect(parseSectionArg(arg, sections)?.id).toBe('chapter-4');
  });

  it.each([['introduction', 'introduction'], ['intro', 'introduction'], ['overview', 'overview']])('reads %s', (arg, id) => {
    expect(parseSectionArg(arg, sections)?.id).toBe(id);
  });

  it.each(['9', 'chapter nine', 'appendix', '', 'four score'])('rejects %j', (arg) => {
    expect(parseSectionArg(arg, sections)).toBeUndefined();
  });
});
