import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { labelsOf, leaning, sectionRead } from '../../src/answer/follow-up-leaning.ts';
import { parseThesis } from '../../src/ingest/parse.ts';
import { findSectionRefs } from '../../src/retrieval/section-ref.ts';
import { stem } from '../../src/retrieval/terms.ts';

const { sections } = parseThesis(readFileSync('data/thesis.txt', 'utf8'));
const lean = (previous: string, current: string, topic: string[] = [], place?: string) =>
  leaning({ previous, current, now: findSectionRefs(current, sections), topic, place }, sections);

describe('labelsOf', () => {
  it('names sections by label, in the thesis order', () => {
    expect(labelsOf(['chapter-5', 'chapter-3'], sections)).toEqual(['Chapter 3', 'Chapter 5']);
  });
});

describe('leaning', () => {
  it('carries the question before in brackets, or only where it looked when the follow-up has a topic', () => {
    expect(lean('what is the mass line?', 'who leads it?')).toBe('who leads it (what is the mass line?)');
    // "Why?" asks the same question again, for what was not said.
    expect(lean('what is the mass line?', 'why?')).toBe('what is the mass line?');
    expect(lean('what does chapter 3 say about consultation?', 'and the platforms?', [stem('platforms')])).toBe('and the platforms (in Chapter 3)');
  });

  it('compares the section being read, by name, with the one a follow-up names', () => {
    expect(lean('who takes part (in Chapter 3)', 'how is that different from chapter 4?')).toBe('how is Chapter 3 different from chapter 4?');
    // One topic in a section is compared on that topic.
    expect(lean('what about consultation in chapter 3?', 'how is it different from chapter 4?')).toBe('how is it different from chapter 4 (what about consultation in chapter 3?)');
  });

  it('swaps the last section of a comparison for the one a bare follow-up names, or asks of that one alone', () => {
    expect(lean('how does Chapter 3 relate to chapter 6?', 'and to the overview?')).toBe('how does Chapter 3 relate to the overview?');
    expect(lean('compare chapter 3 and chapter 4', 'and with the sixth chapter?')).toBe('compare chapter 3 and the sixth chapter');
    // Named already: nothing to compare it with, so the section is asked about alone.
    expect(lean('how does Chapter 3 relate to the overview?', 'what about chapter 3?')).toBe('what about chapter 3?');
  });
});

describe('sectionRead', () => {
  it('gives the section a question about it as a whole named, when it holds the follow-up\'s words', () => {
    expect(sectionRead('what does chapter 3 say?', sections, [stem('platform')])).toBe('Chapter 3');
    expect(sectionRead('what does chapter 3 say?', sections, [stem('corps')])).toBeUndefined();
    expect(sectionRead('what does chapter 3 say about consultation?', sections, [stem('platform')])).toBeUndefined();
  });
});
