import { describe, expect, it } from 'vitest';
import { answerPairItem, pairIn } from '../../src/answer/pair-item.ts';
import { bareSection, converse, hitOn, stemmedPassagesOf, testCore } from '../helpers.ts';

const six = bareSection('chapter-6');
const ps = stemmedPassagesOf(
  [six, 'The circle is not static, but has two functions of contraction and expansion.'],
  [six, 'The contraction and expansion of the circle are not unconditional.'],
  [six, 'Through the contraction of the circle, the power of the people is gathered.'],
  [six, 'With the expansion of the circle, targeted governance is carried out.'],
);

describe('pairIn', () => {
  it('finds two things named by count, where each starts', () => {
    const text = 'The circle has both stability and flexibility, which are unified.';
    expect(pairIn(text)).toEqual([{ item: 'stability', at: text.indexOf('stability') }, { item: 'flexibility', at: text.indexOf('flexibility') }]);
    expect(pairIn(ps[0]?.text ?? '')?.map((p) => p.item)).toEqual(['contraction', 'expansion']);
    expect(pairIn('The party and the masses are close.')).toBeUndefined();
  });
});

describe('answerPairItem', () => {
  const hits = [hitOn(ps[0], 1)];

  it('gives the thing asked for by place, then the sentence on it alone', () => {
    const first = answerPairItem('explain the first one', hits, ps);
    expect(first?.answer).toBe('Contraction. [Ch. 6] Through the contraction of the circle, the power of the people is gathered. [Ch. 6]');
    expect(first?.citations[0]).toMatchObject({ quote: 'contraction', start: (ps[0]?.start ?? 0) + (ps[0]?.text.indexOf('contraction') ?? 0) });
    expect(answerPairItem('and the second?', hits, ps)?.answer).toMatch(/^Expansion\. \[Ch\. 6\] With the expansion/u);
  });

  it('leaves questions that ask no place, or a third of two, alone', () => {
    expect(answerPairItem('what are the functions?', hits, ps)).toBeUndefined();
    expect(answerPairItem('and the third?', hits, ps)).toBeUndefined();
    // The first of other things ("conditions") is not the first of the pair of functions.
    expect(answerPairItem('what is the first condition?', hits, ps)).toBeUndefined();
    expect(answerPairItem('what is the first function?', hits, ps)?.answer).toMatch(/^Contraction\./u);
  });

  it('answers "the first one" after the circle\'s two functions, in a conversation', async () => {
    const core = await testCore('none');
    const turns = await converse(core, ['what are the two functions of the circle', 'explain the first one', 'and the second?']);
    expect(turns[1]?.answer).toMatch(/^Contraction\. \[Ch\. 6\] Through the contraction of "concentric circle"/u);
    expect(turns[2]?.answer).toMatch(/^Expansion\. \[Ch\. 6\] With the expansion of "concentric circle"/u);
  });
});
