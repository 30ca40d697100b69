import { describe, expect, it } from 'vitest';
import { asksIfInSection, inSectionVerdict } from '../../src/answer/in-section.ts';
import type { Answer } from '../../src/answer/types.ts';
import type { Section } from '../../src/types.ts';

const four: Section = { id: 'chapter-4', label: 'Chapter 4', title: 'Hundreds of clues', sentences: [] };
const five: Section = { id: 'chapter-5', label: 'Chapter 5', title: 'The last kilometer', sentences: [] };
const stems = new Set(['corp', 'local', 'govern', 'converg']);
const answer: Answer = {
  question: 'q',
  answer: 'The corps and the local government converge. [Ch. 4]',
  abstained: false,
  nearest: [],
  citations: [{ section: 'chapter-4', label: 'Chapter 4', title: 'Hundreds of clues', quote: 'The corps and the local government converge.', start: 100, end: 144, score: 1 }],
};
const verdict = (question: string, topic: string[], named: Section[], given: Answer = answer) => inSectionVerdict(given, { question, topic, named }, stems);

describe('asksIfInSection', () => {
  it('knows "is that in chapter 1?" and "was it said in the introduction?", not "what is in chapter 1?"', () => {
    expect(asksIfInSection('is that in chapter 1?')).toBe(true);
    expect(asksIfInSection('and was it said in the introduction')).toBe(true);
    expect(asksIfInSection('what is in chapter 1?')).toBe(false);
  });
});

describe('inSectionVerdict', () => {
  it('says "Yes." or "No." to "is that in chapter 4?" by where the first quote stands', () => {
    expect(verdict('is that in chapter 4', ['corp'], [four])?.answer).toMatch(/^Yes\. The corps/);
    expect(verdict('is it in chapter 5', ['corp'], [five])?.answer).toMatch(/^No\. The corps/);
    // A quote from chapter 4 on something else is no "yes".
    expect(verdict('is that in chapter 4 too', ['expans', 'contract', 'static'], [four])).toMatchObject({ answer: 'No. Chapter 4 does not say so.', abstained: true, citations: [] });
    const refused: Answer = { ...answer, answer: 'Chapter 5 does not say.', abstained: true, citations: [] };
    expect(verdict('was it said in chapter 5', ['corp'], [five], refused)?.answer).toBe('No. Chapter 5 does not say.');
  });

  it('says where it is instead of "Yes." when the overview stands in for a conclusion the text lacks', () => {
    const overview: Section = { id: 'overview', label: 'Overview', title: 'The thesis as a whole', sentences: [] };
    const fromOverview: Answer = { ...answer, citations: answer.citations.map((c) => ({ ...c, section: 'overview', label: 'Overview' })) };
    expect(verdict('is that in the conclusion?', ['corp'], [overview], fromOverview)?.answer).toMatch(/^The text we have has no conclusion of its own; it is in the overview, which ends on the thesis as a whole: The corps/u);
    expect(verdict('is that in the overview?', ['corp'], [overview], fromOverview)?.answer).toMatch(/^Yes\. The corps/u);
  });

  it('says "Yes." or "No." to "is X in chapter 4?" by where the quote stands and what it holds', () => {
    expect(verdict('Is the corps in chapter 4?', ['corp'], [four])?.answer).toMatch(/^Yes\. The corps/);
    expect(verdict('Does chapter 4 cover the local government?', ['local', 'govern'], [four])?.answer).toMatch(/^Yes\. The corps/);
    expect(verdict('Is the corps part of chapter 5?', ['corp'], [five])?.answer).toMatch(/^No\. The corps/);
    expect(verdict('Is the corps mentioned in chapter 5?', ['corp'], [five])?.answer).toMatch(/^No\. The corps/);
    // In chapter 4, but the quote does not hold the budget: neither yes nor no.
    expect(verdict('Is the corps budget in chapter 4?', ['corp', 'budget'], [four])).toBeUndefined();
  });

  it('says "No." to whether a section leaves out what its quote holds, and nothing otherwise', () => {
    expect(verdict('Does chapter 4 skip the corps?', ['corp'], [four])?.answer).toMatch(/^No\. The corps/);
    expect(verdict('Did chapter 4 leave the local government out?', ['local', 'govern'], [four])?.answer).toMatch(/^No\. The corps/);
    expect(verdict('Does chapter 5 omit the corps?', ['corp'], [five])).toBeUndefined();
    expect(verdict('Does chapter 4 ignore the budget?', ['budget'], [four])).toBeUndefined();
  });

  it('names which of two sections says it, or says neither does, when asked "in X or Y?"', () => {
    expect(verdict('is that in chapter 4 or chapter 5?', ['corp'], [four, five])?.answer).toMatch(/^In Chapter 4\. The corps/);
    expect(verdict('Is the corps in chapter 4 or 5?', ['corp'], [four, five])?.answer).toMatch(/^In Chapter 4\. The corps/);
    expect(verdict('Is the budget in chapter 4 or 5?', ['budget'], [four, five])?.answer).toMatch(/^Neither Chapter 4 nor Chapter 5 says so\./);
  });

  it('has nothing to say without a named section or a question of place', () => {
    expect(verdict('is that in chapter 4', ['corp'], [])).toBeUndefined();
    expect(verdict('What does chapter 4 say about the corps?', ['corp'], [four])).toBeUndefined();
  });
});
