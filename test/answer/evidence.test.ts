import { describe, expect, it } from 'vitest';
import { ANSWER_THRESHOLD, VECTOR_WEIGHT, answerable, cited, confidence } from '../../src/answer/evidence.ts';
import type { Hit } from '../../src/retrieval/search.ts';
import { contentStems } from '../../src/retrieval/terms.ts';
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

  it('judges the evidence by the best-scoring passage, whichever was put first to open the answer', () => {
    const opener = hit('A definition.', 0.7, 0.1, 0.2);
    const best = hit('The best match.', 1, 1, 0.6);
    expect(answerable([opener, best], VECTOR_WEIGHT.allWordsKnown)).toBe(true);
    expect(answerable([opener], VECTOR_WEIGHT.allWordsKnown)).toBe(false);
  });

  it('answers with up to three strong sentences, each tagged, leaving out weak ones', () => {
    const hits = [hit('First.', 1, 1), hit('Second.', 0.9, 1), hit('Weak.', 0.9, 0.1), hit('Third.', 0.85, 1), hit('Fourth.', 0.85, 1)];
    const a = cited('q', hits, VECTOR_WEIGHT.allWordsKnown, []);
    expect(a.answer).toBe('First. [Ch. 3] Second. [Ch. 3] Third. [Ch. 3]');
    expect(a.citations.map((c) => c.quote)).toEqual(['First.', 'Second.', 'Third.']);
  });

  it('says what a short chapter opener points at: its own sentences on the topic join on a lower score', () => {
    const five: Section = { ...section, id: 'chapter-5', label: 'Chapter 5' };
    const on = (h: Hit, words: string): Hit => ({ ...h, passage: { ...h.passage, section: five, stems: new Set(contentStems(words)) } });
    const opener = on(hit('Chapter five is the last kilometer.', 1, 1), 'last kilometer');
    const mile = on(hit('We break through the last mile.', 0.3, 0.5), 'break last mile');
    const other = on(hit('Branches are built.', 0.3, 0.5), 'branches built');
    const passages = [opener.passage, mile.passage, other.passage];
    expect(cited('What is the last kilometer?', [opener, mile, other], VECTOR_WEIGHT.allWordsKnown, passages, contentStems('last kilometer')).answer).toBe(
      'Chapter five is the last kilometer. [Ch. 5] We break through the last mile. [Ch. 5]',
    );
    // Not the chapter's first sentence: the usual bar holds.
    const later = on(hit('The last kilometer is long.', 1, 1), 'last kilometer long');
    expect(cited('What is the last kilometer?', [later, mile], VECTOR_WEIGHT.allWordsKnown, [mile.passage, later.passage], contentStems('last kilometer')).answer).toBe('The last kilometer is long. [Ch. 5]');
  });

  it('adds a sentence from another section only when it covers the topic as fully as the best', () => {
    const other: Section = { ...section, id: 'chapter-6', label: 'Chapter 6' };
    const away = (h: Hit): Hit => ({ ...h, passage: { ...h.passage, section: other } });
    const best = hit('Best.', 1, 0.8);
    const partial = away(hit('Partly elsewhere.', 0.9, 0.5));
    const full = away(hit('Fully elsewhere.', 0.85, 0.8));
    expect(cited('q', [best, partial, full], VECTOR_WEIGHT.allWordsKnown, []).answer).toBe('Best. [Ch. 3] Fully elsewhere. [Ch. 6]');
  });

  it('adds a weaker sentence on the side of a relation the best one leaves out', () => {
    const said = (text: string, score: number) => {
      const h = hit(text, score, 0.5);
      return { ...h, passage: { ...h.passage, stems: new Set(contentStems(text)) } };
    };
    const xi = said('Xi Jinping pointed out that the largest mass work is national unity.', 1);
    const family = said('Through the activity of national unity and one family, mass work reached every family.', 0.62);
    const question = 'Is Xi Jinping related to national unity and one family?';
    const topic = contentStems('Xi Jinping national unity one family');
    expect(cited(question, [xi, family], VECTOR_WEIGHT.allWordsKnown, [], topic).citations).toHaveLength(2);
    // Not when the question relates nothing, nor when the other side is already told.
    expect(cited('What did Xi Jinping say about national unity and one family?', [xi, family], VECTOR_WEIGHT.allWordsKnown, [], topic).citations).toHaveLength(1);
    expect(cited('Is Xi Jinping related to national unity?', [xi, family], VECTOR_WEIGHT.allWordsKnown, [], contentStems('Xi Jinping national unity')).citations).toHaveLength(1);
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
