import { describe, expect, it } from 'vitest';
import { namedInTop, namedOnly } from '../../src/answer/named-only.ts';
import { bareSection, hitOn, passagesOf } from '../helpers.ts';

describe('namedOnly', () => {
  it('gives a count of things, in the thesis\'s words, where the best sentence only names them', () => {
    const ch1 = passagesOf([bareSection('chapter-1'), 'Close contact with the masses is one of the three fine styles of the party.']);
    expect(namedOnly('What are the 3 good styles?', [hitOn(ch1[0])], ch1)).toBe('three fine styles');
    const ch6 = passagesOf([bareSection('chapter-6'), 'The circle has two functions of contraction and expansion.']);
    expect(namedOnly('What are the two functions?', [hitOn(ch6[0])], ch6)).toBeUndefined();
  });
});

describe('namedInTop', () => {
  it('takes no verb after a number for things counted ("chapter five is…")', () => {
    const ch5 = passagesOf([bareSection('chapter-5'), 'Chapter five is the "last kilometer" connecting the people closely.']);
    expect(namedInTop('Which one of the four paths is about the last kilometer?', [hitOn(ch5[0])], ch5)).toBeUndefined();
  });
});
