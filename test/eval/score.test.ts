import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/types.ts';
import { parseEvalSet, scoreAnswers } from '../../src/eval/score.ts';

const answer = (sections: string[], abstained = false, text = ''): Answer => ({
  question: '', answer: text, abstained, nearest: [],
  citations: sections.map((s) => ({ section: s as never, label: '', title: '', quote: '', start: 0, end: 0, score: 1 })),
});

describe('scoreAnswers', () => {
  it('computes hit@1, hit@3, abstention, metadata accuracy and answers that hold the expected words', () => {
    const items = parseEvalSet([
      '{"id":"1","kind":"answerable","question":"q","sections":["chapter-1"]}',
      '{"id":"2","kind":"answerable","question":"q","sections":["chapter-2"]}',
      '{"id":"3","kind":"answerable","question":"q","sections":["chapter-3"],"mention":["expansion"]}',
      '{"id":"4","kind":"unanswerable","question":"q"}',
      '{"id":"5","kind":"metadata","question":"q","mention":["wang"]}',
      '',
    ].join('\n'));
    const s = scoreAnswers(items, [answer(['chapter-1']), answer(['overview', 'chapter-2']), answer([], true), answer([], true), answer(['metadata'], false, 'By Y L Wang')]);
    expect(s).toMatchObject({ hitAt1: 1 / 3, hitAt3: 2 / 3, abstention: 1, falseAbstention: 1 / 3, metadata: 1, mentions: 0 });
    expect(s.counts.mentions).toBe(1);
    const again = scoreAnswers(items, [answer(['chapter-1']), answer(['chapter-2']), answer(['chapter-3'], false, 'Contraction and expansion.'), answer([], true), answer(['metadata'], false, 'Wang')]);
    expect(again.mentions).toBe(1);
  });

  it('rejects a malformed line', () => {
    expect(() => parseEvalSet('{"kind":"other"}')).toThrow(/line 1/);
    expect(() => parseEvalSet('\n{"kind":"answerable",')).toThrow(/^line 2: not a JSON object$/);
    expect(() => parseEvalSet('{"kind":"metadata","question":"q","mention":[2]}')).toThrow(/line 1: mention/);
    // One word to mention may be given as a string.
    expect(parseEvalSet('{"id":"m","kind":"metadata","question":"q","mention":"wang"}')[0]?.mention).toEqual(['wang']);
  });
});
