import { describe, expect, it } from 'vitest';
import { OTHERS, asksForOthers, excludedPart } from '../../src/answer/exclusion.ts';

describe('excludedPart', () => {
  it('finds what a question sets aside, to a comma or to its own asking', () => {
    expect(excludedPart('Besides consultation, what paths does the party use?')).toBe('consultation');
    expect(excludedPart('What are the four dangers apart from separation from the masses?')).toBe('separation from the masses');
    expect(excludedPart('Setting aside opinions, what is the core?')).toBe('opinions');
    expect(excludedPart('Other than the mass line what does it build on?')).toBe('the mass line');
    expect(excludedPart('which styles except for close contact')).toBe('close contact');
    expect(excludedPart('What is the mass line?')).toBeUndefined();
  });
});

describe('asksForOthers', () => {
  it('holds for the rest of a set, however asked', () => {
    expect(asksForOthers('What are the other three dangers?')).toBe(true);
    expect('and the other three dangers?'.replace(new RegExp(OTHERS.source, 'giu'), ' ')).toBe('and the   dangers?');
    expect(asksForOthers('and the remaining styles?')).toBe(true);
    expect(asksForOthers('what are the rest?')).toBe(true);
    expect(asksForOthers('What are the fine styles besides close contact?')).toBe(true);
    expect(asksForOthers('What are the three fine styles?')).toBe(false);
  });
});
