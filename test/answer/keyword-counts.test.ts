import { describe, expect, it } from 'vitest';
import { answerKeywordCounts, asksKeywordCounts } from '../../src/answer/keyword-counts.ts';
import { parseThesis } from '../../src/ingest/parse.ts';
import { converse, testCore } from '../helpers.ts';

const corpus = [
  'Title: Water And Towns',
  'Keywords: tidal energy, towns, trust',
  '',
  'Abstract',
  'This thesis studies towns and tidal energy. Trust in the council shaped every answer about tidal energy in the towns.',
  'Chapter 1: Towns',
  'Three towns plan for tidal energy.',
].join('\n');

describe('asksKeywordCounts', () => {
  it('reads a question asking how often each keyword is used', () => {
    for (const q of ['which keyword appears most often?', 'which of the keywords is mentioned most?', 'how often does each keyword come up?', 'which one is most discussed (what are the keywords)']) expect(asksKeywordCounts(q)).toBe(true);
    for (const q of ['what are the keywords?', 'which chapter is mentioned most?', 'how often does Urumqi come up?']) expect(asksKeywordCounts(q)).toBe(false);
  });
});

describe('answerKeywordCounts', () => {
  it('counts each keyword in the text, most used first, citing the record', () => {
    const parsed = parseThesis(corpus);
    const answer = answerKeywordCounts('which keyword appears most often?', parsed, corpus);
    // "Towns" counts its chapter's heading too: the heading is a line of the text.
    expect(answer?.answer).toBe('Of its keywords, “towns” occurs most often in the text we have: 4 times; then “tidal energy” (3 times) and “trust” (once). [Metadata]');
    expect(answer?.citations[0]).toMatchObject({ section: 'metadata', quote: expect.stringContaining('tidal energy, towns, trust') });
    expect(answerKeywordCounts('what are the keywords?', parsed, corpus)).toBeUndefined();
  });

  it('answers "which one is most discussed?" after the keywords with their counts in the thesis', async () => {
    const [, most] = await converse(await testCore('none'), ['what are the keywords', 'which one is most discussed?']);
    expect(most?.answer).toMatch(/^Of its keywords, “concentric circle” occurs most often in the text we have: \d+ times; then /u);
  });
});
