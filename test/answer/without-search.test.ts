import { describe, expect, it } from 'vitest';
import { answerWithoutSearch } from '../../src/answer/without-search.ts';
import { findSectionRefs } from '../../src/retrieval/section-ref.ts';
import { testCore, thesisRetriever } from '../helpers.ts';

async function settle(question: string) {
  const { parsed, corpus } = (await testCore('none')).thesis;
  const retriever = await thesisRetriever();
  const refs = findSectionRefs(question, parsed.sections);
  const named = parsed.sections.filter((s) => refs.ids.includes(s.id));
  return answerWithoutSearch(question, refs, named, { parsed, corpus, retriever });
}

describe('answerWithoutSearch', () => {
  it('answers from the sections found and the record, without the search', async () => {
    expect((await settle('What does chapter nine say?'))?.answer).toMatch(/^The thesis has no Chapter 9\./u);
    expect((await settle('How many chapters does the thesis have?'))?.answer).toMatch(/describes an introduction and 6 chapters/u);
    expect((await settle('Who wrote it?'))?.answer).toBe('The thesis was written by Y L Wang. [Metadata]');
    expect((await settle('which chapter is most important?'))?.abstained).toBe(true);
    expect((await settle('What do you think of the thesis?'))?.abstained).toBe(true);
  });

  it('leaves a question about the text to the search', async () => {
    expect(await settle('What is the mass line?')).toBeUndefined();
    expect(await settle('What does chapter 3 say about consultation?')).toBeUndefined();
  });
});
