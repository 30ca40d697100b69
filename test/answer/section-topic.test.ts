import { describe, expect, it } from 'vitest';
import { nameSectionByTopic } from '../../src/answer/section-topic.ts';
import { Retriever } from '../../src/retrieval/search.ts';
import { testCore } from '../helpers.ts';

async function setup() {
  const core = await testCore('none');
  const { sections } = core.thesis.parsed;
  return { core, name: (q: string) => nameSectionByTopic(q, sections, new Retriever(sections)) };
}

describe('nameSectionByTopic', () => {
  it('names the section a question describes by its topic', async () => {
    const { name } = await setup();
    expect(await name('Summarize the chapter on consultative democracy')).toBe('Summarize Chapter 3');
    expect(await name('In the chapter on the last kilometer, what is improved?')).toBe('In Chapter 5, what is improved?');
    expect(await name('What does the part about the history of Urumqi communities say?')).toBe('What does Chapter 2 say?');
    expect(await name("What is the chapter on Urumqi's history called?")).toBe('What is Chapter 2 called?');
  });

  it('names a section by a word for its topic, or "the bit about" it, but not a passage asked where', async () => {
    const { name } = await setup();
    expect(await name('In the theory chapter, what reasons are given?')).toBe('In Chapter 1, what reasons are given?');
    // A chapter with its number is named by the number, whatever word comes before it.
    expect(await name('what are the reasons chapter 1 gives?')).toBe('what are the reasons chapter 1 gives?');
    expect(await name("What's in the bit about consultation?")).toBe("What's in Chapter 3?");
    expect(await name("where's the bit about consultation platforms")).toBe("where's the bit about consultation platforms");
    expect(await name('which chapter has the bit on the joint force?')).toBe('which chapter has the bit on the joint force?');
    expect(await name('Find the passage about the monarch state people relationship.')).toBe('Find the passage about the monarch state people relationship.');
    expect(await name('What does the next chapter say?')).toBe('What does the next chapter say?');
  });

  it('names a chapter given by its neighbour, or by the neighbour of one given by its topic', async () => {
    const { name } = await setup();
    expect(await name('Which chapter comes after the one on consultation?')).toBe('Which Chapter 4?');
    expect(await name('Which chapter comes right after the one on consultation?')).toBe('Which Chapter 4?');
    expect(await name('Which chapter precedes the one on the last kilometer?')).toBe('Which Chapter 4?');
    expect(await name('What does the chapter after chapter 3 say?')).toBe('What does Chapter 4 say?');
    expect(await name('What is the next chapter after chapter 3?')).toBe('What is Chapter 4?');
    expect(await name('What comes after the introduction?')).toBe('What Chapter 1?');
    expect(await name('What does the first chapter after the introduction define?')).toBe('What does Chapter 1 define?');
    expect(await name('What does the chapter before the last one say?')).toBe('What does Chapter 5 say?');
    // A chapter's number in words, or its place before "chapter", names it as well.
    expect(await name('So what comes before chapter one?')).toBe('So what Introduction?');
    expect(await name('Which chapter follows the second chapter?')).toBe('Which Chapter 3?');
    // A reader who did not follow a chapter asks of that chapter, not the next.
    expect(await name("I didn't quite follow chapter 2 - explain?")).toBe("I didn't quite follow chapter 2 - explain?");
    expect(await name('What does the chapter after the history one discuss?')).toBe('What does Chapter 3 discuss?');
    // "The top one" is no chapter.
    expect(await name('which is the top one (what are the four dangers)')).toBe('which is the top one (what are the four dangers)');
    // Before the first chapter is the introduction; past the last, a chapter the thesis lacks.
    expect(await name('summarize the chapter before chapter 1')).toBe('summarize Introduction');
    expect(await name('what comes after chapter 6')).toBe('what Chapter 7');
  });

  it('names the chapters between two, given by number or by topic, but not the link between two', async () => {
    const { name } = await setup();
    expect(await name('What comes between chapter 2 and chapter 4?')).toBe('What is Chapter 3?');
    expect(await name('What comes between the historical chapter and the chapter on clues?')).toBe('What is Chapter 3?');
    expect(await name('Which chapters lie between the introduction and chapter 3?')).toBe('Which are Chapter 1 and Chapter 2?');
    expect(await name('what is the link between chapter 3 and chapter 5?')).toBe('what is the link between chapter 3 and chapter 5?');
    expect(await name('What comes between chapter 2 and chapter 3?')).toBe('What comes between chapter 2 and chapter 3?');
    // A chapter named by words of its title has neighbours too.
    expect(await name('Which chapter comes before the last kilometer chapter?')).toBe('Which Chapter 4?');
  });

  it('leaves a question alone when no section covers the topic, or none is described', async () => {
    const { name } = await setup();
    expect(await name('What does the chapter on taxation say?')).toBe('What does the chapter on taxation say?');
    expect(await name('What is chapter 3 about?')).toBe('What is chapter 3 about?');
  });

  it('lets "summarize the chapter on…" be answered with that chapter’s summary', async () => {
    const { core } = await setup();
    const a = await core.ask('Summarize the chapter on the contraction and expansion of the circle');
    expect(a.citations.map((c) => c.start)).toEqual((await core.summarize('6')).citations.map((c) => c.start));
  });
});
