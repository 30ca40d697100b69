import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveFollowUp } from '../../src/answer/follow-up.ts';
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

  it('leaves a question with its own topic, or without a history, alone', () => {
    expect(resolveFollowUp(previous, 'What are the three fine styles of the party?', sections)).toBe('What are the three fine styles of the party?');
    expect(resolveFollowUp(undefined, 'and in chapter 6?', sections)).toBe('and in chapter 6?');
  });

  it('leaves a request for a summary alone, so it gets the summary', () => {
    expect(resolveFollowUp(previous, 'tl;dr chapter 5', sections)).toBe('tl;dr chapter 5');
  });
});
