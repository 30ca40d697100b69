import { describe, expect, it } from 'vitest';
import { countAsked } from '../../src/answer/count-asked.ts';
import { stem } from '../../src/retrieval/terms.ts';
import { converse, testCore } from '../helpers.ts';

describe('countAsked', () => {
  it('reads the noun a count asks for, however the count is asked', () => {
    expect(countAsked('How many party members went into communities?', false)).toEqual({ kind: 'count', nouns: [stem('members')] });
    expect(countAsked('Does chapter 5 give the number of branches?', false)).toEqual({ kind: 'count', nouns: [stem('branches')] });
    expect(countAsked('How much money did it cost?', true)).toEqual({ kind: 'amount', noun: stem('money'), money: true });
    // A learner's "how much" before a plural counts it; before "the", it asks a degree.
    expect(countAsked('how much party members went in the communities?', false)).toEqual({ kind: 'count', nouns: [stem('members')] });
    expect(countAsked('how much the masses trust the party?', false)).toMatchObject({ kind: 'amount' });
    expect(countAsked('What is the key to governance?', false)).toBeUndefined();
    expect(countAsked('Chapter 3: number of platforms?', false)).toEqual({ kind: 'count', nouns: [stem('platforms')] });
    expect(countAsked('Does the number of members matter?', false)).toBeUndefined();
    // The question after a comma is no part of what is counted.
    expect(countAsked('Members entered communities; how many, and where did they go?', false)).toEqual({ kind: 'amount', money: false });
  });

  it('counts the things of the question before when a follow-up names none', () => {
    expect(countAsked('how many are there (What does chapter 5 say about branch secretaries?)', false)).toEqual({ kind: 'count', nouns: [stem('secretaries')] });
    expect(countAsked('how many are there?', false)).toEqual({ kind: 'amount', money: false });
    expect(countAsked('how many (what does chapter 2 say about stages?)', false)).toEqual({ kind: 'count', nouns: [stem('stages')] });
  });

  it('refuses "how many are there?" of things the thesis never counts, in a thread', async () => {
    const [, many] = await converse(await testCore('none'), ['What does chapter 5 say about branch secretaries?', 'how many are there?']);
    expect(many).toMatchObject({ abstained: true, answer: expect.stringMatching(/It gives no such figure\./) });
  });
});
