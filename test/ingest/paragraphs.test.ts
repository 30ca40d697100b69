import { describe, expect, it } from 'vitest';
import { linesOf, paragraphsOf } from '../../src/ingest/paragraphs.ts';

const joined = (raw: string, apart: (text: string) => boolean = () => false) => paragraphsOf(raw, linesOf(raw), apart).map((l) => l.text);

describe('linesOf', () => {
  it('gives each line with its offset, without a carriage return', () => {
    expect(linesOf('ab\r\ncd')).toEqual([{ text: 'ab', start: 0 }, { text: 'cd', start: 4 }]);
  });
});

describe('paragraphsOf', () => {
  it('joins a line of prose that stops mid-sentence to the next, keeping the newline', () => {
    const raw = 'Rivers cut valleys that roads then follow for most of\ntheir length. Planners rarely ask why.\nRoads cost more.';
    expect(joined(raw)).toEqual(['Rivers cut valleys that roads then follow for most of\ntheir length. Planners rarely ask why.', 'Roads cost more.']);
  });

  it('joins a short line once a sentence has ended, but not a menu or a title before any', () => {
    expect(joined('Site Menu\nA study of rivers\nThe rivers rise.')).toEqual(['Site Menu', 'A study of rivers', 'The rivers rise.']);
    expect(joined('The rivers rise.\nRoads that leave the river\nvalleys cost more.')).toEqual(['The rivers rise.', 'Roads that leave the river\nvalleys cost more.']);
  });

  it('never joins blank lines, lines set apart, or subsection headings', () => {
    expect(joined('The rivers rise in the hills and run down to\n\nthe sea.')).toEqual(['The rivers rise in the hills and run down to', '', 'the sea.']);
    expect(joined('The rivers rise in the hills and run down to\nChapter 2', (t) => t.startsWith('Chapter'))).toEqual(['The rivers rise in the hills and run down to', 'Chapter 2']);
    expect(joined('The rivers rise in the hills and run down to\n2.1 The Costs\nCosts were high.')).toEqual(['The rivers rise in the hills and run down to', '2.1 The Costs', 'Costs were high.']);
  });
});
