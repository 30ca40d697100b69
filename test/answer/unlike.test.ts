import { describe, expect, it } from 'vitest';
import { otherHolder, otherNumbered, unweighedChoice, unwrittenComparison, unwrittenPart } from '../../src/answer/unlike.ts';
import { testCore, thesisRetriever } from '../helpers.ts';

const retriever = thesisRetriever;

describe('otherNumbered', () => {
  it('names a numbered thing the thesis numbers otherwise', async () => {
    const r = await retriever();
    expect(otherNumbered('What did the 18th congress report say?', r)).toBe('the 18th congress');
    expect(otherNumbered('what did the 21 st National Congress decide', r)).toBe('the 21st National Congress');
    // "The 20 years of community development" numbers no congress.
    expect(otherNumbered('What did the 20th Party Congress say about communities?', r)).toBe('the 20th Party Congress');
  });

  it('leaves a number the thesis writes, and a thing it never numbers, to the search', async () => {
    const r = await retriever();
    expect(otherNumbered('What did the 19th congress report say?', r)).toBeUndefined();
    expect(otherNumbered('What happened on the 5th floor?', r)).toBeUndefined();
  });
});

describe('unwrittenComparison', () => {
  it('names a comparison by a quality the thesis never writes of', async () => {
    const r = await retriever();
    expect(unwrittenComparison('What makes governance cheaper than service?', r)).toBe('which is cheaper');
    expect(unwrittenComparison('Is consultation more popular than elections?', r)).toBe('which is more popular');
  });

  it('leaves comparisons the thesis can answer, in its words or their family, and order in time', async () => {
    const r = await retriever();
    expect(unwrittenComparison('Is governance more difficult than service?', r)).toBeUndefined();
    expect(unwrittenComparison('Is governance harder than service?', r)).toBeUndefined();
    expect(unwrittenComparison('Is governance easier than service?', r)).toBeUndefined();
    expect(unwrittenComparison('Is the mass line older than the circle?', r)).toBeUndefined();
    expect(unwrittenComparison('What else other than consultation?', r)).toBeUndefined();
  });
});

describe('unweighedChoice', () => {
  it('names which of two things is asked to be better when no sentence naming either weighs anything', async () => {
    const r = await retriever();
    expect(unweighedChoice('Which approach worked better, consultation or visiting?', r)).toBe('which of them worked better');
    expect(unweighedChoice('Which is more effective: consultation or the national unity activity?', r)).toBe('which of them is more effective');
    expect(unweighedChoice('which works better, consultation or visiting?', r)).toBe('which of them works better');
  });

  it('leaves a choice the thesis weighs, and questions that weigh nothing, to the search', async () => {
    const r = await retriever();
    // "Community governance is more difficult to achieve than the first two."
    expect(unweighedChoice('which is harder, community service or community governance?', r)).toBeUndefined();
    // "The party and the masses are the most important two elements…"
    expect(unweighedChoice('Which is more important, the party or the masses?', r)).toBeUndefined();
    expect(unweighedChoice('Which chapter covers consultation or visiting?', r)).toBeUndefined();
  });
});

describe('unwrittenPart', () => {
  it('names a part of a book the thesis never writes of, not a reference made', async () => {
    const r = await retriever();
    expect(unwrittenPart('Could you list the references cited in chapter two?', r)).toBe('the references');
    expect(unwrittenPart('What does chapter 2 say with reference to stability?', r)).toBeUndefined();
    expect(unwrittenPart("what's in the acknowledgements", r)).toBe('the acknowledgements');
    expect(unwrittenPart('Give the exact words of the interview with a branch secretary.', r)).toBe('the interview');
    expect(unwrittenPart('Where did the fieldwork take place?', r)).toBe('the fieldwork');
    expect(unwrittenPart('does it have footnotes?', r)).toBe('the footnotes');
    expect(unwrittenPart('show me the table of contents', r)).toBe('the table of contents');
    // References to someone are mentions of them, which the search answers.
    expect(unwrittenPart('what references to Xi Jinping are there?', r)).toBeUndefined();
  });

  it('gives that as the reason a question about such a part is refused', async () => {
    const core = await testCore('none');
    expect((await core.ask("what's in the appendix")).answer).toMatch(/^The thesis text we have does not say\. It does not mention the appendix\./);
    const xi = await core.ask('what references to Xi Jinping are there?');
    expect(xi.abstained).toBe(false);
    expect(xi.citations[0]?.quote).toMatch(/Xi Jinping/);
  });
});

describe('asking of a numbered thing or a comparison the thesis does not make', () => {
  it('says what it does not mention', async () => {
    const core = await testCore('none');
    expect((await core.ask('What did the 18th congress report say?')).answer).toMatch(/^The thesis text we have does not say\. It does not mention the 18th congress\./);
    expect((await core.ask('What makes community governance cheaper than service?')).answer).toMatch(/It does not mention which is cheaper\./);
    expect((await core.ask('Is community governance easier than community service?')).citations[0]?.quote).toMatch(/more difficult to achieve/);
    expect((await core.ask('What are the seven stages of Urumqi community development?')).answer).toMatch(/It speaks of six stages, not seven\./);
  });
});

describe('otherHolder', () => {
  it('names the holder of a post before or after the one named, which the thesis never gives', () => {
    expect(otherHolder('Who was the General Secretary before Xi Jinping?')).toBe('the General Secretary before Xi Jinping');
    expect(otherHolder('Who is General Secretary Xi Jinping?')).toBeUndefined();
  });
});
