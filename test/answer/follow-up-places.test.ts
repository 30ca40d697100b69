import { describe, expect, it } from 'vitest';
import { anotherPlace, placeless } from '../../src/answer/follow-up-places.ts';

describe('anotherPlace', () => {
  it('asks the question before again for another place in its list', () => {
    expect(anotherPlace("what's the first reason (why was the framework chosen?)", 'third')).toBe("what's the third reason (why was the framework chosen?)");
    // A fragment that only asked a place is dropped first.
    expect(anotherPlace("the second (what's the first reason?)", 'third')).toBe("what's the third reason?");
    expect(anotherPlace('what is the mass line?', 'second')).toBeUndefined();
  });
});

describe('placeless', () => {
  it('gives the list question behind a question that only asked a place in it', () => {
    expect(placeless('what is the first one (What are the four basic experiences?)')).toBe('What are the four basic experiences?');
    expect(placeless('What is the first basic experience?')).toBeUndefined();
  });
});
