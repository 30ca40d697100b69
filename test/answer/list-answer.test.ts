import { describe, expect, it } from 'vitest';
import { answerFromList } from '../../src/answer/list-answer.ts';
import { hitOn, passagesOf, testCore } from '../helpers.ts';
import { one, towns as ps } from '../fixtures/towns-list.ts';

const hit = (i: number, score: number) => hitOn(ps[i], score);

describe('answering from a list', () => {
  it('gives the items in order, then the sentence drawing them together, for a list question near them', () => {
    const a = answerFromList('What are the grounds for the towns?', [hit(5, 1), hit(3, 0.7)], ps);
    expect(a?.answer).toBe('The grounds are these: first, the towns are small. [Ch. 1] Secondly, the towns are old. [Ch. 1] Third, the towns are near. [Ch. 1] On these three grounds the towns are studied. [Ch. 1]');
    // Citations go by relevance, the best first.
    expect(a?.citations.map((c) => c.quote)).toEqual([ps[5]?.text, ps[3]?.text, ps[1]?.text, ps[4]?.text]);
  });

  it('leaves out the items the question sets aside, or a conversation has just shown, keeping the rest', () => {
    const quotes = (a: ReturnType<typeof answerFromList>) => a?.citations.map((c) => c.quote).sort();
    const rest = [ps[3]?.text, ps[4]?.text, ps[5]?.text].sort();
    expect(quotes(answerFromList('What are the grounds for the towns, other than the first?', [hit(5, 1), hit(3, 0.7)], ps))).toEqual(rest);
    expect(quotes(answerFromList('What are the grounds for the towns?', [hit(5, 1), hit(3, 0.7)], ps, undefined, new Set([ps[1]?.start ?? -1])))).toEqual(rest);
    // After "what else?", a list none of which was shown is no answer: the usual one follows.
    expect(answerFromList('What are the grounds for the towns?', [hit(5, 1), hit(3, 0.7)], ps, undefined, new Set([-1]))).toBeUndefined();
  });

  it('takes "tell me the grounds…" as asking for the list, and "tell me about…" as asking about it', () => {
    expect(answerFromList('Tell me the grounds for the towns.', [hit(5, 1), hit(3, 0.7)], ps)?.citations).toHaveLength(4);
    expect(answerFromList('Tell me about the towns.', [hit(5, 1), hit(3, 0.7)], ps)).toBeUndefined();
  });

  it('takes "which towns did they pick?" as asking for the list, and "which town did they pick?" as asking for one', () => {
    expect(answerFromList('Which towns did the study pick?', [hit(5, 1), hit(3, 0.7)], ps)?.citations).toHaveLength(4);
    expect(answerFromList('Which town did the study pick?', [hit(5, 1), hit(3, 0.7)], ps)).toBeUndefined();
  });

  it('takes a count of things as asking for them, unless the question asks how', () => {
    expect(answerFromList('The three towns?', [hit(5, 1), hit(3, 0.7)], ps)?.citations).toHaveLength(4);
    expect(answerFromList('How were the three towns studied?', [hit(5, 1), hit(3, 0.7)], ps)).toBeUndefined();
    expect(answerFromList('The three old towns?', [hit(5, 1), hit(3, 0.7)], ps)?.citations).toHaveLength(4);
    expect(answerFromList('In which chapter are the three towns?', [hit(5, 1), hit(3, 0.7)], ps)).toBeUndefined();
  });

  it('answers "why" with the list only when the best hit speaks of the whole list', () => {
    expect(answerFromList('Why are the towns chosen?', [hit(0, 1)], ps)?.citations).toHaveLength(4);
    // The sentence leading into the list speaks of only part of what is asked.
    expect(answerFromList('Why are the towns chosen by mayors?', [{ ...hit(0, 1), coverage: 0.5 }], ps)).toBeUndefined();
    // Its best hit one item, a "why" gets the item and the sentences after it that say why.
    expect(answerFromList('Why are the towns small?', [hit(1, 1), hit(5, 0.9)], ps)?.citations.map((c) => c.quote)).toEqual([ps[1]?.text, ps[2]?.text]);
    expect(answerFromList('Why are the towns small and cheap?', [{ ...hit(1, 1), coverage: 0.6 }], ps)).toBeUndefined();
    expect(answerFromList('What is the town like?', [hit(5, 1)], ps)).toBeUndefined();
    // A list question whose best hit is not of the list is not answered by it.
    expect(answerFromList('What are the towns?', [hit(2, 1), hit(5, 0.9)], ps)).toBeUndefined();
  });

  it('gives one item asked for by its place, with the sentences explaining it up to the next', () => {
    const quotes = (q: string, top: number) => answerFromList(q, [hit(top, 1)], ps)?.citations.map((c) => c.quote);
    expect(quotes('Explain the first ground', 1)).toEqual([ps[1]?.text, ps[2]?.text]);
    expect(quotes("what's the second one (What are the grounds?)", 5)).toEqual([ps[3]?.text]);
    expect(quotes('and the last?', 4)).toEqual([ps[4]?.text]);
    expect(quotes('What is the fifth ground?', 5)).toBeUndefined();
    expect(quotes('What does the first chapter say?', 1)).toBeUndefined();
    // "The second village" is not one of the grounds.
    expect(quotes('What is the second village?', 3)).toBeUndefined();
    expect(quotes('What is the second ground?', 3)).toEqual([ps[3]?.text]);
  });

  it('takes "the second one" in a conversation only of a list it has just shown', () => {
    const near = new Set([ps[1]!.start]);
    const elsewhere = new Set([ps[6]!.start]);
    expect(answerFromList("what's the second one", [hit(5, 1)], ps, near)?.citations[0]?.quote).toBe(ps[3]?.text);
    expect(answerFromList("what's the second one", [hit(5, 1)], ps, elsewhere)).toBeUndefined();
    // An item quoted from inside a sentence marks that sentence as shown.
    const lessons = passagesOf([one, 'The study draws three lessons: plan early; build small; stay near.'], [one, 'Third, a stray item.'], [one, 'The towns are near.']);
    const itemShown = new Set([lessons[0]!.start + 31]);
    const stray = hitOn(lessons[1]);
    const list = hitOn(lessons[0], 0.5);
    expect(answerFromList('and the last one?', [stray, list], lessons, itemShown)?.citations[0]?.quote).toBe('stay near');
    // A list named by what it lists needs no such check.
    expect(answerFromList("what's the second ground", [hit(5, 1)], ps, elsewhere)?.citations[0]?.quote).toBe(ps[3]?.text);
  });

  it('answers the thesis\'s reasons for its framework with all three', async () => {
    const core = await testCore('none');
    const a = await core.ask('Why did the author choose the concentric circle as the framework?');
    expect(a.answer).toMatch(/^The reasons are as follows: first, .*\[Ch\. 1\] Second, .*\[Ch\. 1\] Third, .*\[Ch\. 1\] Based on the above three points/);
    expect(a.citations).toHaveLength(4);
    expect((await core.ask('How many reasons are given for the framework?')).answer).toMatch(/^The thesis gives three\./);
    // The first reason announces the list ("as follows"): asked for the reasons, all of them come.
    expect((await core.ask('what are the reasons in chapter 1?')).answer).toMatch(/^The reasons are as follows: first, .*\[Ch\. 1\] Second, .*\[Ch\. 1\] Third, /);
    const seen = new Set(a.citations.map((c) => c.start));
    const second = await core.ask(`what's the second one (${a.question})`, { seen, leans: true });
    expect(second.answer).toMatch(/^Second, the key to community governance/);
  });
});
