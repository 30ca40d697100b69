import { describe, expect, it } from 'vitest';
import { WORK_NOUN, authorNameParts } from '../../src/answer/work-names.ts';
import { asksAboutRecord } from '../../src/answer/record-asked.ts';

const whole = new RegExp(`^${WORK_NOUN}$`, 'iu');

describe('WORK_NOUN', () => {
  it('names the work as readers do, and nothing the thesis speaks of', () => {
    for (const name of ['thesis', 'Dissertation', 'paper', 'text', 'abstract']) expect(whole.test(name)).toBe(true);
    for (const name of ['party', 'circle', 'community']) expect(whole.test(name)).toBe(false);
  });

  it('lets a question about the record name the work any of those ways', () => {
    expect(asksAboutRecord('When was the abstract posted?')).toBe(true);
    expect(asksAboutRecord('When was the activity deployed?')).toBe(false);
  });
});

describe('authorNameParts', () => {
  it('gives the parts of the name readers call the author by, escaped, without initials', () => {
    expect(authorNameParts('Y L Wang')).toEqual(['Wang']);
    expect(authorNameParts('Li (Ann) Zhou')).toEqual(['\\(Ann\\)', 'Zhou']);
    expect(authorNameParts(undefined)).toEqual([]);
  });
});
