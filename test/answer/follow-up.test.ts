import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isChatter, ownWords, readFollowUp, resolveFollowUp, turnAfter } from '../../src/answer/follow-up.ts';
import type { Answer } from '../../src/answer/types.ts';
import { parseThesis } from '../../src/ingest/parse.ts';
import { findSectionRefs } from '../../src/retrieval/section-ref.ts';

const { sections } = parseThesis(readFileSync('data/thesis.txt', 'utf8'));
const previous = 'What does chapter 3 say about consultation?';

describe('resolveFollowUp', () => {
  it('moves the earlier topic to a newly named section', () => {
    const q = resolveFollowUp(previous, 'and in chapter 6?', sections);
    expect(findSectionRefs(q, sections).ids).toEqual(['chapter-6']);
    expect(q).toMatch(/consultation/);
  });

  it('carries topic and section over for "that" and "more"', () => {
    const q = resolveFollowUp(previous, 'what else does it say about that?', sections);
    expect(findSectionRefs(q, sections).ids).toEqual(['chapter-3']);
    expect(q).toMatch(/consultation/);
  });

  it('reads "give an example" as asking for one of what was asked before', () => {
    expect(resolveFollowUp('what is targeted governance', 'give an example', sections)).toBe('give an example (what is targeted governance)');
  });

  it('reads "what is it about?" after a question about the record as asking of the thesis', () => {
    expect(resolveFollowUp('what degree?', 'what is it about?', sections)).toBe('what is it about?');
    expect(resolveFollowUp('What does chapter 3 say about consultation?', 'what is it about?', sections)).not.toBe('what is it about?');
  });

  it('reads "and the second?" as a place in what the question before asked for', () => {
    expect(resolveFollowUp('what are the two functions of the circle', 'and the second?', sections)).toBe('and the second (what are the two functions of the circle)');
  });

  it('asks a bare "what else?" as the question before, however many times', () => {
    const once = resolveFollowUp(previous, 'what else?', sections);
    expect(once).toBe(previous);
    expect(resolveFollowUp(once, 'tell me more', sections)).toBe(previous);
  });

  it('keeps the topic of an "and…" question that has one, carrying over only where to look', () => {
    expect(resolveFollowUp('What are the three fine styles of the party?', 'And what is the key to community governance?', sections)).toBe('And what is the key to community governance?');
    const q = resolveFollowUp(previous, 'and what about party branches?', sections);
    expect(findSectionRefs(q, sections).ids).toEqual(['chapter-3']);
    expect(q).not.toMatch(/consultation/);
  });

  it('keeps the old section when a follow-up compares the new one with it', () => {
    const q = resolveFollowUp('what about consultation in chapter 3?', 'how is it different from chapter 4?', sections);
    expect(findSectionRefs(q, sections).ids).toEqual(['chapter-4', 'chapter-3']);
    // Not comparing, the old section goes, and the "in" that named it too.
    expect(resolveFollowUp('what about consultation in chapter 3?', 'and chapter 4?', sections)).toBe('and chapter 4 what about consultation?');
  });

  it('reads "which one" as one of what was asked about before', () => {
    expect(resolveFollowUp('what are the four dangers', 'which one is first?', sections)).toBe('which one is first (what are the four dangers)');
    // After a question about the chapters, with a topic of its own, it asks which chapter.
    expect(resolveFollowUp('how many chapters are there?', 'which one is about party branches?', sections)).toBe('which chapter is about party branches?');
  });

  it('reads "he" and "she" as pointing back to the question before', () => {
    expect(resolveFollowUp('who is Xi Jinping in the thesis?', 'what did he point out?', sections)).toBe('what did he point out (who is Xi Jinping in the thesis?)');
  });

  it('leaves a question with its own topic, or without a history, alone', () => {
    expect(resolveFollowUp(previous, 'What are the three fine styles of the party?', sections)).toBe('What are the three fine styles of the party?');
    expect(resolveFollowUp(previous, 'what is one of the fine styles', sections)).toBe('what is one of the fine styles');
    expect(resolveFollowUp(undefined, 'and in chapter 6?', sections)).toBe('and in chapter 6?');
  });

  it('leaves a request for a summary alone, so it gets the summary', () => {
    expect(resolveFollowUp(previous, 'tl;dr chapter 5', sections)).toBe('tl;dr chapter 5');
  });

  it('leaves a whole question naming a section alone, but lets a fragment lean on the one before', () => {
    expect(resolveFollowUp(previous, 'What does the introduction say?', sections)).toBe('What does the introduction say?');
    expect(resolveFollowUp(previous, 'in chapter 6?', sections)).toMatch(/consultation/);
    expect(resolveFollowUp(previous, 'and what does chapter 6 say?', sections)).toMatch(/consultation/);
  });

  it('tells the words typed from the question borrowed in brackets', () => {
    const why = resolveFollowUp('which chapter (Where is consultation discussed?)', 'why?', sections);
    expect(ownWords(why)).toBe('why');
    expect(ownWords('What is the mass line?')).toBe('What is the mass line?');
  });

  it('leaves a question about the work itself alone: its "it" is the thesis', () => {
    expect(resolveFollowUp(previous, 'who wrote it?', sections)).toBe('who wrote it?');
    expect(resolveFollowUp(previous, 'when was it posted?', sections)).toBe('when was it posted?');
  });

  it('reads "who said that?" as about the claim just quoted, not about who wrote the thesis', () => {
    expect(resolveFollowUp(previous, 'who said that?', sections)).toBe(`who said that (${previous})`);
    expect(resolveFollowUp(undefined, 'who said that?', sections)).toBe('who said that?');
  });

  it('reads "what are they called?" as about the things just asked about: the thesis is "it"', () => {
    expect(resolveFollowUp('Tell me about the six stages', 'what are they called?', sections)).toBe('what are they called (Tell me about the six stages)');
    expect(resolveFollowUp('Tell me about the six stages', 'what is it called?', sections)).toBe('what is it called?');
  });
});

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
  });

  it('reads the "it" of "summarize it" as the section the last answer came from', () => {
    const turn = turnAfter(readFollowUp(undefined, 'Which chapter is about consultation?', sections), answer(10));
    expect(readFollowUp(turn, 'summarize it', sections).question).toBe('summarize Chapter 3');
    expect(readFollowUp(turn, 'can you sum it up?', sections).question).toBe('can you sum up Chapter 3?');
    expect(readFollowUp(undefined, 'summarize it', sections).question).toBe('summarize it');
  });

  it('keeps both sections when a follow-up asks how the new one relates to the old', () => {
    expect(findSectionRefs(resolveFollowUp('What is chapter 3 about?', 'how does it relate to chapter 6?', sections), sections).ids).toEqual(['chapter-6', 'chapter-3']);
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

  it.each(['thanks!', 'Thank you so much.', 'ok', '👍', 'great', 'ok thanks', 'great, thank you!', '👍 👍', '谢谢！'])('lets %s pass as chat', (text) => {
    expect(isChatter(text)).toBe(true);
  });

  it('takes a question as a question', () => {
    expect(isChatter('ok, and chapter 5?')).toBe(false);
    expect(isChatter(`${'👍 '.repeat(5000)}x`)).toBe(false);
  });
});
