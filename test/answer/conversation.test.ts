import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFollowUp, turnAfter } from '../../src/answer/conversation.ts';
import { resolveFollowUp } from '../../src/answer/follow-up.ts';
import type { Answer } from '../../src/answer/types.ts';
import { parseThesis } from '../../src/ingest/parse.ts';
import { findSectionRefs } from '../../src/retrieval/section-ref.ts';
import { converse, testCore } from '../helpers.ts';

const { sections } = parseThesis(readFileSync('data/thesis.txt', 'utf8'));
const previous = 'What does chapter 3 say about consultation?';

describe('a conversation', () => {
  const answer = (...starts: number[]): Answer => ({
    question: 'q',
    answer: 'a',
    abstained: false,
    nearest: [],
    citations: starts.map((start) => ({ section: 'chapter-3', label: 'Chapter 3', title: 't', quote: 'q', start, end: start + 1, score: 1 })),
  });

  it('says whether the question leans on the one before', () => {
    const turn = turnAfter(readFollowUp(undefined, 'what are the research methods', sections), answer(10));
    expect(readFollowUp(turn, 'does it say which ones?', sections).leans).toBe(true);
    expect(readFollowUp(turn, 'What are the three fine styles of the party?', sections).leans).toBeUndefined();
    expect(readFollowUp(undefined, 'does it say which ones?', sections).leans).toBeUndefined();
  });

  it('asks "what else" without the sentences already given, and remembers all of them', () => {
    const first = readFollowUp(undefined, previous, sections);
    expect(first).toEqual({ question: previous, named: 'chapter-3', exclude: undefined });
    const turn = turnAfter(first, answer(10, 20));
    const more = readFollowUp(turn, 'what else?', sections);
    expect(more.question).toMatch(/consultation/);
    expect([...(more.exclude ?? [])]).toEqual([10, 20]);
    expect(turnAfter(more, answer(30)).cited).toEqual([10, 20, 30]);
    expect(readFollowUp(turn, 'and in chapter 6?', sections).exclude).toBeUndefined();
    expect([...(readFollowUp(turn, 'and in chapter 6?', sections).seen ?? [])]).toEqual([10, 20]);
    // A turn that quoted nothing new still remembers what the thread was shown.
    expect(turnAfter(readFollowUp(turn, 'and in chapter 6?', sections), answer()).cited).toEqual([10, 20]);
  });

  it('answers "who takes part?" after "tell me about consultation" with those who take part in it', async () => {
    const [, who] = await converse(await testCore('none'), ['tell me about consultation', 'who takes part?']);
    expect(who?.citations[0]?.quote).toMatch(/positive forces of the community to participate in the consultation/u);
    expect(who?.answer).not.toMatch(/no more on this/u);
  });

  it('answers "which sentence says so exactly?" with the quote just given', async () => {
    const core = await testCore('none');
    const [said, exact] = await converse(core, ['What does chapter 6 say about consultation?', 'which sentence says so exactly?']);
    expect(exact?.citations[0]?.quote).toBe(said?.citations[0]?.quote);
  });

  it('answers "main point?" after a chapter was read with that chapter\'s gist, quoted again without "no more"', async () => {
    const [, main] = await converse(await testCore('none'), ['what is chapter 5 about', 'main point?']);
    expect(main?.citations.map((c) => c.section)).toEqual(['chapter-5']);
    expect(main?.answer).toMatch(/^Chapter five is the "last kilometer"/u);
  });

  it('asks "and expansion?" as what expansion does, and "which one is more important?" of the two, which the thesis does not rank', async () => {
    const [, expansion, rank] = await converse(await testCore('none'), ['what does contraction do', 'and expansion?', 'which one is more important?']);
    expect(expansion?.citations[0]?.quote).toMatch(/^With the expansion of "concentric circle",targeted governance/u);
    expect(rank).toMatchObject({ abstained: true });
    expect(rank?.answer).toMatch(/ranks none of them/u);
  });

  it('reads "no I meant chapter 4" as the question before of chapter 4, and lets "thanks!" leave the thread where it was', async () => {
    const core = await testCore('none');
    const [, meant] = await converse(core, ['what does chapter 3 say about consultation', 'no I meant chapter 4']);
    expect(meant?.answer).toMatch(/^Chapter 4 does not say; elsewhere the thesis does\./u);
    const [, thanks, secretaries] = await converse(core, ['what does chapter 5 say?', 'thanks!', 'what about the secretaries?']);
    expect(thanks?.answer).toMatch(/^Glad to help\./u);
    expect(secretaries?.citations[0]?.section).toBe('chapter-5');
  });

  it('explains an item that is a sentence of its own with the sentences arguing it, and one inside a list sentence from where it is developed', async () => {
    const core = await testCore('none');
    const [, , second] = await converse(core, ['what are the reasons for choosing the framework?', 'the second one?', 'explain it more']);
    expect(second?.citations[0]?.quote).toMatch(/^Based on the investigation of the development process of urban communities/u);
    const [, third] = await converse(core, ['what are the four paths?', 'tell me more about the third one']);
    expect(third?.citations[0]?.section).toBe('chapter-5');
    // "What does that mean?" asks it of the item, whose "third" is no topic ("In the third chapter…").
    const meant = await converse(core, ['what happened in Urumqi over the 20 years?', 'what experiences were drawn?', 'the third one', 'what does that mean']);
    expect(meant.at(-1)?.citations[0]?.section).toBe('chapter-2');
  });

  it('reads chat shorthand in a follow-up as the words it stands for', async () => {
    const [, , where] = await converse(await testCore('none'), ['what are the 4 paths', 'the 3rd one?', 'which chapter talks abt that']);
    expect(where?.answer).toMatch(/^Chapter 5, “/u);
    // "Where?" alone after a quote answers with its chapter, not "the thesis says no more".
    const [, bare] = await converse(await testCore('none'), ['who deployed the activity?', 'where?']);
    expect(bare?.answer).toMatch(/^Chapter 4, “.*The Party committee of the autonomous region has deployed/u);
    // "What else does chapter 4 say?" after one quote from it: the rest of the chapter, not "nothing more".
    const [xi, rest] = await converse(await testCore('none'), ['What does Xi Jinping say?', 'what else does chapter 4 say?']);
    expect(rest?.abstained).toBe(false);
    expect(rest?.citations.every((c) => c.section === 'chapter-4' && c.start !== xi?.citations[0]?.start)).toBe(true);
  });

  it('reads "go on" in a thread as "what else", and alone as what it says', () => {
    const turn = turnAfter(readFollowUp(undefined, previous, sections), answer(10, 20));
    const on = readFollowUp(turn, 'go on', sections);
    expect(on.question).toMatch(/consultation/);
    expect([...(on.exclude ?? [])]).toEqual([10, 20]);
    expect(readFollowUp(undefined, 'go on', sections).question).toBe('go on');
  });

  it('asks for "the others" without what the last answer gave, though the thread saw more', () => {
    const list = turnAfter(readFollowUp(undefined, 'What are the four basic experiences?', sections), answer(10, 20, 30));
    const first = readFollowUp(list, 'what is the first one?', sections);
    const others = readFollowUp(turnAfter(first, answer(10)), 'what are the others?', sections);
    expect(others.question).toBe('what are the others (What are the four basic experiences?)');
    expect([...(others.exclude ?? [])]).toEqual([10]);
  });

  it('leaves the thread on the question before when a follow-up is refused for want of a date or figure, not for its topic', () => {
    const refused: Answer = { ...answer(), abstained: true };
    const corps = turnAfter(readFollowUp(undefined, 'What does the thesis say about the corps?', sections), answer(10));
    const when = turnAfter(readFollowUp(corps, 'when was it founded?', sections), refused);
    expect(readFollowUp(when, 'what does it do exactly?', sections).question).toBe('what does it do exactly (What does the thesis say about the corps?)');
    const intro = turnAfter(readFollowUp(undefined, 'What does the intro cover?', sections), answer(10));
    const which = turnAfter(readFollowUp(intro, 'what about innovations specifically?', sections), refused);
    expect(readFollowUp(which, 'does it list them?', sections).question).toMatch(/innovations/);
  });

  it('reads "that chapter" as the section the last answer came from', () => {
    const turn = turnAfter(readFollowUp(undefined, 'Which chapter is about consultation?', sections), answer(10));
    expect(readFollowUp(turn, 'summarize that chapter', sections).question).toBe('summarize Chapter 3');
    expect(readFollowUp(undefined, 'summarize that chapter', sections).question).toBe('summarize that chapter');
  });

  it('reads "compare them" as about the last two sections the conversation was on', () => {
    const first = turnAfter(readFollowUp(undefined, 'What does chapter 3 say?', sections), answer(10));
    const second = turnAfter(readFollowUp(first, 'and chapter 5?', sections), answer(20));
    expect(second).toMatchObject({ section: 'chapter-5', earlier: 'chapter-3' });
    expect(readFollowUp(second, 'compare them', sections).question).toBe('compare them (Chapter 3 and Chapter 5)');
    expect(readFollowUp(second, 'how do they differ?', sections).question).toBe('how do they differ (Chapter 3 and Chapter 5)');
    // With one section so far there is nothing to compare it with.
    expect(readFollowUp(first, 'compare them', sections).question).not.toMatch(/Chapter 5/);
  });

  it('reads "its title" as the title of the section the last question named, not of one it was answered from', () => {
    const named = turnAfter(readFollowUp(undefined, 'What is chapter 3 about?', sections), answer(10));
    expect(named.named).toBe(true);
    expect(readFollowUp(named, "what's its title?", sections).question).toBe("what's the title of Chapter 3?");
    const answered = turnAfter(readFollowUp(undefined, 'What is consultative democracy?', sections), answer(10));
    expect(answered).toMatchObject({ section: 'chapter-3' });
    expect(readFollowUp(answered, "what's its title?", sections).question).toBe("what's its title?");
    // "Which chapter is that?" answered with Chapter 3 names it.
    const pointed = turnAfter(readFollowUp(answered, 'which chapter is that?', sections), answer(10));
    expect(readFollowUp(pointed, "what's its title?", sections).question).toBe("what's the title of Chapter 3?");
  });

  it('reads the "it" of "summarize it" as the section the last answer came from', () => {
    const turn = turnAfter(readFollowUp(undefined, 'Which chapter is about consultation?', sections), answer(10));
    expect(readFollowUp(turn, 'summarize it', sections).question).toBe('summarize Chapter 3');
    expect(readFollowUp(turn, 'can you sum it up?', sections).question).toBe('can you sum up Chapter 3?');
    expect(readFollowUp(undefined, 'summarize it', sections).question).toBe('summarize it');
  });

  it('keeps both sections when a follow-up asks how the new one relates to the old', () => {
    expect(resolveFollowUp('What is chapter 3 about?', 'how does it relate to chapter 6?', sections)).toBe('how does Chapter 3 relate to chapter 6?');
  });

  it('reads "the next chapter" and "the previous one" from the chapter last asked about', () => {
    const turn = turnAfter(readFollowUp(undefined, previous, sections), answer(10));
    const next = readFollowUp(turn, 'what about the next chapter?', sections);
    expect(findSectionRefs(next.question, sections).ids).toEqual(['chapter-4']);
    // The answer about chapter 4 may quote another chapter; "previous" still counts from 4.
    const after = turnAfter(next, { ...answer(20), citations: [{ ...answer(20).citations[0]!, section: 'chapter-6' }] });
    expect(findSectionRefs(readFollowUp(after, 'and the previous one?', sections).question, sections).ids).toEqual(['chapter-3']);
    const last = turnAfter(readFollowUp(undefined, 'What does chapter 6 say?', sections), answer(30));
    expect(readFollowUp(last, 'summarize the next chapter', sections).question).toBe('summarize the next chapter');
  });

  it('carries on the question, not what the asker said of themselves before it', () => {
    const turn = turnAfter(readFollowUp(undefined, "I'm presenting chapter 4 tomorrow, what are its main points?", sections), answer(10));
    expect(turn.question).toBe('what are its main points (in Chapter 4)');
    expect(readFollowUp(turn, 'and chapter 5?', sections).question).toBe('and chapter 5 what are its main points');
  });

  it('drops a section named by its topic when a follow-up names another', () => {
    const turn = turnAfter(readFollowUp(undefined, 'summarize the chapter on party branches', sections), { ...answer(10), citations: [{ ...answer(10).citations[0]!, section: 'chapter-5' }] });
    const before = readFollowUp(turn, 'what about the previous chapter', sections);
    expect(before.question).toBe('what about Chapter 4 summarize');
    expect(findSectionRefs(before.question, sections).ids).toEqual(['chapter-4']);
  });

  it('asks a bare "why?" of the question before, without the sentences already quoted', () => {
    const turn = turnAfter(readFollowUp(undefined, previous, sections), answer(10, 20));
    const why = readFollowUp(turn, 'why?', sections);
    expect(why.question).toBe(`why (${previous})`);
    expect([...(why.exclude ?? [])]).toEqual([10, 20]);
    expect(readFollowUp(turnAfter(why, answer(30)), 'how come?', sections).question).toBe(`why (${previous})`);
  });

  it('reads on from the claim just quoted for "what follows from that?" as for "why?"', async () => {
    const [, follows] = await converse(await testCore('none'), ['tell me about the 19th national congress', 'what does the author conclude from that?']);
    expect(follows?.answer).toMatch(/^Under the leadership of the party, the socialist system with Chinese characteristics has been formed/u);
    const turn = turnAfter(readFollowUp(undefined, previous, sections), answer(10, 20));
    expect(readFollowUp(turn, 'so what?', sections).reasonsFor).toEqual({ start: 10, end: 11 });
    expect(readFollowUp(turn, 'what follows from the mass line?', sections).reasonsFor).toBeUndefined();
  });

  it('passes on where the last answer\'s first quote stands when a follow-up leans on it', () => {
    const turn = turnAfter(readFollowUp(undefined, previous, sections), answer(10, 20));
    expect(readFollowUp(turn, 'when can they happen?', sections).lead).toEqual({ start: 10, end: 11 });
    expect(readFollowUp(turn, 'Who wrote the thesis?', sections).lead).toBeUndefined();
  });

  it('keeps the turn before when a message asks about one of its quotes, so "and the first?" still means its first', () => {
    const [a, b] = sections.find((s) => s.id === 'chapter-4')?.sentences.map((x) => x.start) ?? [];
    const turn = turnAfter(readFollowUp(undefined, 'What activities does chapter 4 describe?', sections), answer(a ?? 0, b ?? 0));
    const more = readFollowUp(turn, 'tell me more about the second one', sections);
    expect(more.question).toMatch(/^More about this: /);
    expect(more.carried).toBe(turn);
    const after = turnAfter(more, answer(30));
    expect(after.question).toBe(turn.question);
    expect(after.cited).toEqual([a, b, 30]);
  });

  it('reads "which one…" of a list just quoted as its item by place, keeping the list for later', () => {
    const quoted = (sections.find((s) => s.id === 'chapter-4')?.sentences ?? []).slice(1, 3);
    const listed = { ...answer(), citations: quoted.map((x) => ({ section: 'chapter-4' as const, label: 'Chapter 4', title: 't', quote: x.text, start: x.start, end: x.end, score: 1 })) };
    const turn = turnAfter(readFollowUp(undefined, 'What activities does chapter 4 describe?', sections), listed);
    const which = readFollowUp(turn, 'which one is about visiting the people?', sections);
    expect(which.question).toBe('the first (What activities does chapter 4 describe?)');
    expect(which.carried).toBe(turn);
    expect(which.exclude).toBeUndefined();
  });
});
