import { describe, expect, it } from 'vitest';
import { swappedClause } from '../../src/answer/follow-up-clause.ts';

describe('swappedClause', () => {
  it('asks the question before with the new condition in place of its own', () => {
    expect(swappedClause('what happens when the circle expands?', 'and when it contracts?')).toBe('what happens when the circle contracts?');
    expect(swappedClause('What is gathered when the "concentric circle" contracts?', 'what about when it expands')).toBe('What is gathered when the "concentric circle" expands?');
    expect(swappedClause('what happens if the masses agree?', 'and if they disagree?')).toBe('what happens if the masses disagree?');
  });

  it('leaves a question about a time, or one before with no condition, alone', () => {
    expect(swappedClause('what happens when the circle expands?', 'and when was it posted?')).toBeUndefined();
    expect(swappedClause('what is the circle?', 'and when it contracts?')).toBeUndefined();
    expect(swappedClause('what happens when the circle expands?', 'what does it gather?')).toBeUndefined();
  });
});
