import { describe, expect, it } from 'vitest';
import { answerAboutSections } from '../../src/answer/section-answer.ts';
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

  it('gives the summary when the gist is asked for', async () => {
    const { core, retriever, section } = await setup();
    const a = answerAboutSections('tl;dr', section('chapter-1'), retriever, new Set(), false);
    expect(a?.citations.map((c) => c.start)).toEqual(core.summarize('1').citations.map((c) => c.start));
  });

  it('gives what the summary left out when the summary was quoted already', async () => {
    const { core, retriever, section } = await setup();
    const quoted = new Set(core.summarize('1').citations.map((c) => c.start));
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
