import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answerAboutSections, answerTitles, asksForSummary, asksForTitle } from '../../src/answer/section-answer.ts';
import { summarizeSection } from '../../src/answer/summarize.ts';
import { parseThesis } from '../../src/ingest/parse.ts';
import { Retriever } from '../../src/retrieval/search.ts';
import { testCore } from '../helpers.ts';

async function setup() {
  const core = await testCore('none');
  const { sections } = core.thesis.parsed;
  const retriever = new Retriever(sections);
  const section = (id: string) => sections.filter((s) => s.id === id);
  return { core, retriever, section };
}

describe('answerAboutSections', () => {
  it('gives the opening sentences of a section, about 40 words', async () => {
    const { retriever, section } = await setup();
    const a = answerAboutSections('What is chapter 3 about?', section('chapter-3'), retriever, new Set(), false);
    expect(a?.citations[0]?.quote).toMatch(/^In the third chapter/);
    expect(a?.citations.every((c) => c.section === 'chapter-3')).toBe(true);
  });

  it('puts first, of the overview, the sentences where the work says what it does', async () => {
    const { retriever, section } = await setup();
    const a = answerAboutSections('What is the thesis about?', section('overview'), retriever, new Set(), false);
    expect(a?.citations[0]?.quote).toMatch(/^This paper attempts to use the analysis framework/);
    expect(a?.citations.every((c) => c.section === 'overview')).toBe(true);
  });

  it('gives one sentence when one is asked for, the very first of the overview too', async () => {
    const { retriever, section } = await setup();
    const four = answerAboutSections('What is the first sentence of chapter 4?', section('chapter-4'), retriever, new Set(), false, true);
    expect(four?.citations.map((c) => c.quote)).toEqual([expect.stringMatching(/^In chapter four,the party links/)]);
    const first = answerAboutSections('What is the first sentence?', section('overview'), retriever, new Set(), false, true);
    expect(first?.citations.map((c) => c.quote)).toEqual([expect.stringMatching(/^Community is the basic unit/)]);
  });

  it('gives the sentence that says what a section does when its gist is asked for in one line', async () => {
    const { retriever, section } = await setup();
    const three = answerAboutSections('Summarise chapter 3 in one line', section('chapter-3'), retriever, new Set(), false);
    expect(three?.citations.map((c) => c.quote)).toEqual([expect.stringMatching(/^In the third chapter,the author discusses/)]);
    const oneLine = answerAboutSections('need a one-line summary of chapter 3', section('chapter-3'), retriever, new Set(), false);
    expect(oneLine?.citations).toHaveLength(1);
    // Of the whole thesis, that is where it says what it does, not its first sentence.
    const whole = answerAboutSections('The thesis in one sentence?', section('overview'), retriever, new Set(), false);
    expect(whole?.citations.map((c) => c.quote)).toEqual([expect.stringMatching(/^This paper attempts to use/)]);
  });

  it.each(['summarize chapter 4', 'tl;dr', 'sum up the chapter', "what's the takeaway of chapter 6?", 'main message of chapter 2', 'wrap up chapter 2 for me', "what's the bottom line?", 'boil chapter six down for me', 'condense the intro', 'digest of the introduction', "what's the short version of chapter 3"])('reads "%s" as asking for the gist', (q) => {
    expect(asksForSummary(q)).toBe(true);
  });

  it('gives the summary when the gist is asked for', async () => {
    const { core, retriever, section } = await setup();
    const a = answerAboutSections('tl;dr', section('chapter-1'), retriever, new Set(), false);
    expect(a?.citations.map((c) => c.start)).toEqual((await core.summarize('1')).citations.map((c) => c.start));
  });

  it('gives the summary in as many sentences as asked, opening with the first', async () => {
    const { retriever, section } = await setup();
    const two = answerAboutSections('summarize chapter 6 in two sentences', section('chapter-6'), retriever, new Set(), false);
    expect(two?.citations).toHaveLength(2);
    expect(two?.answer).toMatch(/^The sixth chapter, the contraction and expansion/u);
    expect(answerAboutSections('a 3-sentence summary of chapter 1', section('chapter-1'), retriever, new Set(), false)?.citations).toHaveLength(3);
    expect(answerAboutSections('three bullet points on chapter 1', section('chapter-1'), retriever, new Set(), false)?.citations).toHaveLength(3);
    // "Catch me up on chapter 2" asks for its gist, given as the summary.
    const caught = answerAboutSections('catch me up on chapter 2', section('chapter-2'), retriever, new Set(), false);
    expect(caught?.citations.map((c) => c.start)).toEqual(summarizeSection(section('chapter-2')[0]!, retriever).citations.map((c) => c.start));
  });

  it('gives what the summary left out when the summary was quoted already', async () => {
    const { core, retriever, section } = await setup();
    const quoted = new Set((await core.summarize('1')).citations.map((c) => c.start));
    const a = answerAboutSections('summarize chapter 1', section('chapter-1'), retriever, quoted, false);
    expect(a?.citations.length).toBeGreaterThan(0);
    expect(a?.citations.some((c) => quoted.has(c.start))).toBe(false);
  });

  it('gives the closing sentences for a conclusion, and nothing once all was said', async () => {
    const { retriever, section } = await setup();
    const [six] = section('chapter-6');
    const a = answerAboutSections('What does it conclude?', section('chapter-6'), retriever, new Set(), true);
    expect(a?.citations.at(-1)?.start).toBe(six?.sentences.at(-1)?.start);
    const all = new Set(six?.sentences.map((s) => s.start));
    expect(answerAboutSections('And?', section('chapter-6'), retriever, all, false)).toBeUndefined();
  });
});

describe('section titles', () => {
  it('reads a question that asks only what sections are called', () => {
    expect(asksForTitle('What is the title?')).toBe(true);
    expect(asksForTitle("What's the   called?")).toBe(true);
    expect(asksForTitle('What titles do community secretaries hold?')).toBe(false);
    expect(asksForTitle('What does   name as the experiences?')).toBe(false);
  });

  it('quotes a heading where the text has one, and says so where it has none', async () => {
    const { section } = await setup();
    const abstract = answerTitles("What is chapter one's title?", section('chapter-1'));
    expect(abstract.answer).toMatch(/^The text we have gives Chapter 1 no heading; it opens: The first chapter defines/);
    const full = parseThesis(readFileSync('test/fixtures/numbered-headings-thesis.txt', 'utf8')).sections.filter((s) => s.id === 'chapter-2');
    const headed = answerTitles('What is chapter 2 called?', full);
    expect(headed.answer).toBe('Chapter 2 is headed: 2 Shared Waters [Ch. 2]');
    expect(headed.citations[0]?.quote).toBe('2 Shared Waters');
  });
});
