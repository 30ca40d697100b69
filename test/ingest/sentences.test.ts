import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/ingest/sentences.ts';

const texts = (source: string) => splitSentences(source).map((s) => s.text);

describe('splitSentences', () => {
  it('splits sentences whose space after the full stop was lost', () => {
    expect(texts('Community is the unit,and it matters.As the capital city,Urumqi follows.')).toEqual([
      'Community is the unit,and it matters.',
      'As the capital city,Urumqi follows.',
    ]);
  });

  it('keeps a closing quote with its sentence and splits before an opening one', () => {
    expect(texts('He called it "the last mile."Then he left.It is "new".“Quoted” text follows.')).toEqual([
      'He called it "the last mile."',
      'Then he left.',
      'It is "new".',
      '“Quoted” text follows.',
    ]);
  });

  it('reads a line break inside a paragraph as a space, keeping the sentence whole and its offsets true', () => {
    const source = 'Rivers cut valleys that roads follow for most of\ntheir length. Planners rarely ask why.';
    const sentences = splitSentences(source);
    expect(sentences.map((s) => s.text)).toEqual(['Rivers cut valleys that roads follow for most of\ntheir length.', 'Planners rarely ask why.']);
    for (const s of sentences) expect(source.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not split after initials or common abbreviations', () => {
    expect(texts('Written by Y. L. Wang. See Fig. 3 for details, e.g. the map.')).toEqual(['Written by Y. L. Wang.', 'See Fig. 3 for details, e.g. the map.']);
  });

  it('splits Chinese sentences', () => {
    expect(texts('第三章讨论了协商民主。党组织找到了最大公约数！')).toEqual(['第三章讨论了协商民主。', '党组织找到了最大公约数！']);
  });

  it('gives offsets into the source so each sentence can be found there verbatim', () => {
    const source = 'Header line\n  First one.Second one.  ';
    const start = source.indexOf('First');
    for (const s of splitSentences(source, start, source.length)) expect(source.slice(s.start, s.end)).toBe(s.text);
    expect(splitSentences(source, start, source.length)).toHaveLength(2);
  });
});
