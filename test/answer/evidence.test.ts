import { describe, expect, it } from 'vitest';
import { ANSWER_THRESHOLD, VECTOR_WEIGHT, answerable, cited, confidence } from '../../src/answer/evidence.ts';
import type { Hit } from '../../src/retrieval/search.ts';
import type { Section } from '../../src/types.ts';

const section: Section = { id: 'chapter-3', label: 'Chapter 3', title: 'Consultation', sentences: [] };
let at = 0;
const hit = (text: string, score: number, coverage: number, similarity = 0.3): Hit => {
  const start = at;
  at += text.length + 1;
  return { passage: { index: start, section, text, start, end: start + text.length, stems: new Set(), contextStems: new Set() }, score, coverage, similarity };
};

describe('evidence', () => {
  it('counts vector similarity above the floor, and less of it when question words are unknown', () => {
    const h = hit('Consultation works.', 1, 0.2, 0.6);
    expect(confidence(h, VECTOR_WEIGHT.allWordsKnown)).toBeCloseTo(0.35);
    expect(confidence(h, VECTOR_WEIGHT.someWordsUnknown)).toBeLessThan(ANSWER_THRESHOLD);
    expect(answerable([h], VECTOR_WEIGHT.allWordsKnown)).toBe(true);
    expect(answerable([h], VECTOR_WEIGHT.someWordsUnknown)).toBe(false);
    expect(answerable([], VECTOR_WEIGHT.allWordsKnown)).toBe(false);
  });

  it('answers with up to three strong sentences, each tagged, leaving out weak ones', () => {
    const hits = [hit('First.', 1, 1), hit('Second.', 0.9, 1), hit('Weak.', 0.9, 0.1), hit('Third.', 0.85, 1), hit('Fourth.', 0.85, 1)];
    const a = cited('q', hits, VECTOR_WEIGHT.allWordsKnown, []);
    expect(a.answer).toBe('First. [Ch. 3] Second. [Ch. 3] Third. [Ch. 3]');
    expect(a.citations.map((c) => c.quote)).toEqual(['First.', 'Second.', 'Third.']);
  });

  it('gives a sentence that points back with the one before, in reading order, citing the best first', () => {
    const before = hit('The circle is a model of the mass line.', 0.2, 0.1);
    const best = hit('It takes the party as its centre.', 1, 1);
    const passages = [before.passage, best.passage].map((p, index) => ({ ...p, index }));
    const a = cited('q', [{ ...best, passage: passages[1]! }, { ...before, passage: passages[0]! }], VECTOR_WEIGHT.allWordsKnown, passages);
    expect(a.answer).toBe('The circle is a model of the mass line. [Ch. 3] It takes the party as its centre. [Ch. 3]');
    expect(a.citations.map((c) => [c.quote, c.score])).toEqual([
      ['It takes the party as its centre.', 1],
      ['The circle is a model of the mass line.', 0.2],
    ]);
  });
});
