import { describe, expect, it } from 'vitest';
import { mergeAnswers, splitQuestions } from '../../src/answer/multi.ts';
import type { Answer } from '../../src/answer/types.ts';
import { converse, testCore } from '../helpers.ts';

describe('splitQuestions', () => {
  it('splits two or three full questions, and leaves one question or a short tag alone', () => {
    expect(splitQuestions('What is the mass line? And what are the three fine styles?')).toEqual(['What is the mass line?', 'And what are the three fine styles?']);
    expect(splitQuestions('What is the mass line?')).toEqual(['What is the mass line?']);
    // A claim with its tag, then what it leads to, even unmarked.
    expect(splitQuestions("there were 4 experiences right? whats the 2nd")).toEqual(['there were 4 experiences, right?', 'whats the 2nd']);
    expect(splitQuestions('contraction gathers power right? and expansion?')).toEqual(['contraction gathers power, right?', 'and expansion?']);
    expect(splitQuestions('6 stages right?')).toEqual(['6 stages right?']);
    // Numbered, after a short lead-in or none; numbers out of order are no list.
    expect(splitQuestions("1) what is the mass line's place 2) which chapter discusses it")).toEqual(["what is the mass line's place", 'which chapter discusses it']);
    expect(splitQuestions('Two questions: 1. who wrote it? 2. what is chapter 3 about?')).toEqual(['who wrote it?', 'what is chapter 3 about?']);
    expect(splitQuestions('What do chapters 2) and 1) say?')).toEqual(['What do chapters 2) and 1) say?']);
    expect(splitQuestions('What is the mass line? Why?')).toEqual(['What is the mass line? Why?']);
    // A follow-up carrying the question before in brackets is one question, whatever "and" it holds.
    expect(splitQuestions('why (the third one (ok and what are the basic experiences (in Chapter 2)))')).toHaveLength(1);
    expect(splitQuestions('Is it static? I read chapter 6.')).toEqual(['Is it static? I read chapter 6.']);
    expect(splitQuestions('What did Xi Jinping point out and which activity followed from it?')).toEqual(['What did Xi Jinping point out', 'which activity followed from it?']);
    expect(splitQuestions('What is the mass line and what the masses want')).toHaveLength(1);
  });

  it('takes a request ending in a full stop for a question, and "also," for a joint', () => {
    expect(splitQuestions('Summarize chapter 2. Also, what year was it posted?')).toEqual(['Summarize chapter 2.', 'what year was it posted?']);
    expect(splitQuestions('Explain the mass line. I am confused.')).toEqual(['Explain the mass line. I am confused.']);
    // How to word the answer is no second question.
    expect(splitQuestions("What is the mass line? Explain like I'm 5.")).toEqual(["What is the mass line? Explain like I'm 5."]);
    expect(splitQuestions('In ch. 3, what is consultation?')).toEqual(['In ch. 3, what is consultation?']);
  });

  it('splits two questions joined by "and", but not a clause or questions about the record alone', () => {
    expect(splitQuestions('Who wrote it and what is chapter 2 about?')).toEqual(['Who wrote it', 'what is chapter 2 about?']);
    expect(splitQuestions('How is consultation organised, and what does it achieve?')).toEqual(['How is consultation organised', 'what does it achieve?']);
    expect(splitQuestions('Who deployed the activity and how many people did they visit?')).toEqual(['Who deployed the activity', 'how many people did they visit?']);
    // A second question word alone asks the same of another side.
    expect(splitQuestions('When was the activity launched, and by whom?')).toEqual(['When was the activity launched', 'by whom?']);
    expect(splitQuestions('Who launched the activity and when?')).toEqual(['Who launched the activity', 'when?']);
    expect(splitQuestions('What are the two functions of the circle and what conditions do they need?')).toEqual(['What are the two functions of the circle', 'what conditions do they need?']);
    for (const text of ['What is the link between consultation and what the masses want?', 'What does chapter 3 say and why?', 'Who is the author and when was it posted?']) {
      expect(splitQuestions(text)).toEqual([text]);
    }
  });
});

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
});
