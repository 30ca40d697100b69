import { describe, expect, it } from 'vitest';
import { mergeAnswers, splitQuestions } from '../../src/answer/multi.ts';
import type { Answer } from '../../src/answer/types.ts';
import { converse, testCore } from '../helpers.ts';

describe('splitQuestions', () => {
  it('splits two or three full questions, and leaves one question or a short tag alone', () => {
    expect(splitQuestions('What is the mass line? And what are the three fine styles?')).toEqual(['What is the mass line?', 'And what are the three fine styles?']);
    expect(splitQuestions('What is the mass line?')).toEqual(['What is the mass line?']);
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
    expect(splitQuestions('In ch. 3, what is consultation?')).toEqual(['In ch. 3, what is consultation?']);
  });

  it('splits two questions joined by "and", but not a clause or questions about the record alone', () => {
    expect(splitQuestions('Who wrote it and what is chapter 2 about?')).toEqual(['Who wrote it', 'what is chapter 2 about?']);
    expect(splitQuestions('How is consultation organised, and what does it achieve?')).toEqual(['How is consultation organised', 'what does it achieve?']);
    expect(splitQuestions('Who deployed the activity and how many people did they visit?')).toEqual(['Who deployed the activity', 'how many people did they visit?']);
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

  it('says when a follow-up finds only what was quoted, giving it again, but answers a new question as it is', async () => {
    const core = await testCore('none');
    const first = await core.ask('what are the research methods');
    const seen = new Set(first.citations.map((c) => c.start));
    // "Does it say which ones?" is answered by what the quote lacks (unlisted.ts).
    const which = await core.ask('does it say which ones (what are the research methods)', { seen, leans: true });
    expect(which).toMatchObject({ abstained: true, answer: expect.stringMatching(/It mentions research methods but does not say which they are/) });
    const again = await core.ask('why are they used (what are the research methods)', { seen, leans: true });
    expect(again.abstained).toBe(false);
    expect(again.answer).toMatch(/^The thesis says no more on this than the passages? already quoted: The introduction part mainly introduces/);
    expect(again.citations.every((c) => seen.has(c.start))).toBe(true);
    // "Which chapter is that in?" is answered by the chapter it names first: that is news.
    const united = await core.ask('Tell me about the United Front Work');
    const where = await core.ask(`which chapter is that in (${united.question})`, { seen: new Set(united.citations.map((c) => c.start)), leans: true });
    expect(where.answer).toMatch(/^Chapter 1, “/);
    // "What's its title?" gives the heading of the chapter just quoted: that is news too.
    const chapter = await core.ask('what is chapter 3 about');
    const title = await core.ask('what is the title of Chapter 3', { seen: new Set(chapter.citations.map((c) => c.start)), leans: true });
    expect(title.answer).toMatch(/^The text we have gives Chapter 3 no heading; it opens: In the third chapter/);
    expect((await core.ask('what are the research methods', { seen, leans: false })).citations).toEqual(first.citations);
  });

  it('gives a quote already shown plainly when it holds a follow-up\'s own new words', async () => {
    const [, centre, radius] = await converse(await testCore('none'), ['What is the concentric circle?', 'what is its centre?', 'and its radius?']);
    expect(centre?.answer).toMatch(/as the center/);
    expect(radius?.answer).toMatch(/^The "concentric circle".*as the radius/s);
    // A summary asked for is given as one, whatever of it was quoted before.
    const [, summary] = await converse(await testCore('none'), ['which chapter talks about consultation?', 'summarize it']);
    expect(summary?.answer).toMatch(/^In the third chapter/);
    // A "why" asks what the words alone do not say: all there is, it says so.
    const [, why] = await converse(await testCore('none'), ['How do the circle contract and expand?', 'why are these not unconditional?']);
    expect(why?.answer).toMatch(/^The thesis says no more on this/);
    // "Quote it exactly" asks for the passage again; "say it simpler" gets it again, with why.
    const [, exact, plainer] = await converse(await testCore('none'), ['what is the key to community governance?', 'can you quote it exactly?', 'say it simpler']);
    expect(exact?.answer).toMatch(/^Second, the key to community governance/);
    expect(plainer?.answer).toMatch(/^I can only give the thesis's own words, not a simpler version; the passage again: Second, the key/);
    // "Does it mention research methods?" of the sentence just quoted: the yes is the news.
    const [, yes] = await converse(await testCore('none'), ['what does the introduction cover?', 'does it mention research methods?']);
    expect(yes?.answer).toMatch(/^Yes\. The introduction part mainly introduces/);
    // "What came of it?": the asking ("came") is no topic of its own; the result is in the sentence shown.
    const [, came] = await converse(await testCore('none'), ['what activity extended mass work to every family?', 'what came of it?']);
    expect(came).toMatchObject({ abstained: false });
    expect(came?.citations[0]?.quote).toMatch(/^Through the activity of "national unity and one family"/);
  });

  it('answers "who said that?" with the quote naming the speaker, shown again, or says the thesis names no one', async () => {
    const core = await testCore('none');
    const first = await core.ask('What does chapter 4 say about national unity?');
    const seen = new Set(first.citations.map((c) => c.start));
    const who = await core.ask(`who said that (${first.question})`, { seen, leans: true });
    expect(who.citations[0]?.quote).toMatch(/^General Secretary Xi Jinping pointed out/);
    const own = await core.ask('What does chapter 3 say about consultative democracy?');
    const unnamed = await core.ask(`who said that (${own.question})`, { seen: new Set(own.citations.map((c) => c.start)), leans: true });
    expect(unnamed).toMatchObject({ abstained: true, answer: expect.stringMatching(/^The thesis names no one else for this/) });
    // Asked of the quote just shown, though the search brings sentences not shown before.
    const line = await core.ask('Tell me about the mass line');
    const lead = new Set(line.citations.slice(0, 1).map((c) => c.start));
    const view = await core.ask(`who said that (${line.question})`, { seen: lead, leans: true });
    expect(view).toMatchObject({ abstained: true, answer: expect.stringMatching(/^The thesis names no one else for this/) });
    // "What did he say?" after the sentence reporting Xi Jinping's words: that sentence, plainly.
    const [, said] = await converse(core, ['who is xi jinping?', 'what did he say?']);
    expect(said?.answer).toMatch(/^General Secretary Xi Jinping pointed out/);
  });

  it('answers "is that in chapter 1?" with a yes and "which chapter is that?" with the chapter, of what was just quoted', async () => {
    const core = await testCore('none');
    const [, inOne] = await converse(core, ['who said the party leads everything?', 'is that in chapter 1?']);
    expect(inOne?.answer).toMatch(/^Yes\. According to the report of the 19 th National Congress/u);
    const [, , inTwo] = await converse(core, ['who said the party leads everything?', 'is that in chapter 1?', 'is it in chapter 2?']);
    expect(inTwo?.answer).toMatch(/^No\. Chapter 2 does not say/u);
    const [, which] = await converse(core, ['what does chapter 4 say about the corps?', 'which chapter is that?']);
    expect(which?.answer).toMatch(/^Chapter 4, “/u);
  });

  it('answers once when one passage answers every part', async () => {
    const a = await (await testCore('use-lite')).ask('What is the center and what is the radius of the circle?');
    expect(a.answer).not.toMatch(/\*\*/);
    expect(a.citations.map((c) => c.quote).join(' ')).toMatch(/the party as the center,the real interests and values .* as the radius/);
  });
});
