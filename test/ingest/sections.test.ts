import { describe, expect, it } from 'vitest';
import { labelOf, sectionRank, splitSections } from '../../src/ingest/sections.ts';
import type { Sentence } from '../../src/types.ts';

function sentences(...texts: string[]): Sentence[] {
  let at = 0;
  return texts.map((text) => {
    const s = { text, start: at, end: at + text.length };
    at += text.length + 1;
    return s;
  });
}

const ids = (...texts: string[]) => splitSections(sentences(...texts)).map((s) => [s.id, s.sentences.length]);

describe('splitSections', () => {
  it('recognises the ways theses name chapters', () => {
    expect(ids('About the thesis.', 'The first chapter sets out.', 'In the second chapter,we look.', 'In chapter three,the author asks.', 'Chapter 4 is short.', 'Chapter V closes.')).toEqual([
      ['overview', 1], ['chapter-1', 1], ['chapter-2', 1], ['chapter-3', 1], ['chapter-4', 1], ['chapter-5', 1],
    ]);
  });

  it('keeps "this chapter" and "first," inside the current chapter', () => {
    expect(ids('The first chapter defines terms.', 'The reasons are: first,the core.', 'The last part of this chapter talks.')).toEqual([['chapter-1', 3]]);
  });

  it('gives sentences about the whole thesis after the last chapter back to the overview', () => {
    expect(ids('The first chapter opens.', 'This paper expounds a view.', 'The second chapter ends.', 'It adds detail.', 'This paper attempts a synthesis.', 'It is confirmed.')).toEqual([
      ['overview', 2], ['chapter-1', 2], ['chapter-2', 2],
    ]);
  });

  it('opens a conclusion where the text says so', () => {
    expect(ids('Chapter 1 opens.', 'In conclusion, it works.', 'Chapter 2 is mentioned later.')).toEqual([['chapter-1', 1], ['conclusion', 2]]);
  });
});

describe('labels and order', () => {
  it('labels and ranks section ids', () => {
    expect(['overview', 'introduction', 'chapter-10', 'conclusion'].map((id) => labelOf(id as never))).toEqual(['Overview', 'Introduction', 'Chapter 10', 'Conclusion']);
    expect(sectionRank('chapter-2')).toBeLessThan(sectionRank('chapter-10'));
    expect(sectionRank('conclusion')).toBeGreaterThan(sectionRank('chapter-10'));
  });
});
