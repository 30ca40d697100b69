import { describe, expect, it } from 'vitest';
import { mergeAnswers } from '../../src/answer/multi.ts';
import type { Answer } from '../../src/answer/types.ts';
import { converse, testCore } from '../helpers.ts';

describe('mergeAnswers', () => {
  const answer = (text: string, abstained: boolean, section: 'chapter-1' | 'chapter-2'): Answer => ({
    question: 'q',
    answer: text,
    abstained,
    citations: abstained ? [] : [{ section, label: section, title: 't', quote: text, start: 1, end: 2, score: 1 }],
    nearest: abstained ? [{ section, label: section, title: 't' }] : [],
  });

  it('answers who launched the activity though the thesis gives no date for it', async () => {
    const a = await (await testCore('none')).ask('When was the visiting activity launched, and by whom?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/It gives no such date[\s\S]*\*\*by whom\?\*\* The Party committee of the autonomous region/);
  });

  it('puts each answer under its question, and refuses only when every part is refused', () => {
    const both = mergeAnswers('A? B?', ['A?', 'B?'], [answer('One. [Ch. 1]', false, 'chapter-1'), answer('The thesis text we have does not say.', true, 'chapter-2')]);
    expect(both.answer).toBe('**A?** One. [Ch. 1]\n\n**B?** The thesis text we have does not say.');
    expect(both).toMatchObject({ question: 'A? B?', abstained: false, nearest: [{ section: 'chapter-2' }] });
    expect(both.citations).toHaveLength(1);
    expect(mergeAnswers('A? B?', ['A?', 'B?'], [answer('No.', true, 'chapter-1'), answer('No.', true, 'chapter-1')]).abstained).toBe(true);
  });
});

describe('asking several questions at once', () => {
  it('answers each from its own passage', async () => {
    const a = await (await testCore('use-lite')).ask('What are the three fine styles of the party? And what is the key to community governance?');
    expect(a.answer).toMatch(/^\*\*What are the three fine styles of the party\?\*\* The thesis names the three fine styles but does not list them\. Close contact with the masses .*\n\n\*\*And what is the key to community governance\?\*\* Second, the key to community governance is/s);
    expect(a.citations.map((c) => c.section)).toEqual(['chapter-1', 'chapter-1']);
  });

  it('reads "they" in a later part as what the answer before named, when its question does not answer it', async () => {
    const a = await (await testCore('use-lite')).ask('What are the two functions of the circle and when can they happen?');
    expect(a.answer).toMatch(/\*\*when can they happen\?\*\* The contraction and expansion of "concentric circle" are not unconditional\./);
    expect(a.citations.map((c) => c.section)).toEqual(['chapter-6', 'chapter-6', 'chapter-6']);
  });

  it('reads "they" in a follow-up as what the last answer named, when the question before does not answer it', async () => {
    const [, when] = await converse(await testCore('use-lite'), ['What are the two functions of the circle?', 'when can they happen?']);
    expect(when?.answer).toMatch(/^The contraction and expansion of "concentric circle" are not unconditional\./);
  });

  it('answers a later part that leans on the one before by its own words first ("…and what is its core?")', async () => {
    const a = await (await testCore('none')).ask('What is the key to community governance, and what is its core?');
    expect(a.answer).toMatch(/\*\*what is its core\?\*\* The reasons are as follows: first, the core of community governance/u);
  });

  it('does not quote again in a later part what an earlier part quoted, when it has more to quote', async () => {
    const a = await (await testCore('use-lite')).ask('What does the circle gather, and what does it govern?');
    const [gather, govern] = a.answer.split('\n\n');
    expect(gather).toMatch(/the majestic power of the people/u);
    expect(govern).toMatch(/^\*\*what does it govern\?\*\* /u);
    expect(govern).not.toMatch(/the majestic power of the people/u);
    expect(a.citations.filter((c) => c.quote.includes('majestic power'))).toHaveLength(1);
  });

  it('answers once when one passage answers every part', async () => {
    const a = await (await testCore('use-lite')).ask('What is the center and what is the radius of the circle?');
    expect(a.answer).not.toMatch(/\*\*/);
    expect(a.citations.map((c) => c.quote).join(' ')).toMatch(/the party as the center,the real interests and values .* as the radius/);
  });

  it('answers once when every part quotes the same passages, whatever their order', async () => {
    const a = await (await testCore('use-lite')).ask('Why did the author pick this theoretical framework? Give the reasons.');
    expect(a.answer).not.toMatch(/\*\*/);
    expect(a.answer.match(/The reasons are as follows/gu)).toHaveLength(1);
  });

  it('keeps what a later part adds to the same quotes: where they are said', async () => {
    const a = await (await testCore('use-lite')).ask('party + masses = most important elements? where is that said?');
    expect(a.answer).toMatch(/^Chapter 1, “Defines the concept.*”\. The party and the masses are the most important two elements/u);
  });

  it('reads a closing "what\'s the reasoning?" as asking why of what came before', async () => {
    const a = await (await testCore('none')).ask("Our group wondered why the author puts so much weight on picking good branch secretaries. What's the reasoning?");
    expect(a.citations[0]?.section).toBe('chapter-5');
    expect(a.answer).not.toMatch(/The reasons are as follows/u);
  });
});
