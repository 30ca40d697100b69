import { describe, expect, it } from 'vitest';
import { otherCount } from '../../src/answer/other-count.ts';
import { thesisRetriever } from '../helpers.ts';

const retriever = thesisRetriever;

describe('otherCount', () => {
  it('names a counted thing the thesis counts otherwise, in words or figures', async () => {
    const r = await retriever();
    expect(otherCount('the five dangers - what are they?', r)).toBe('the five dangers');
    expect(otherCount('what are the two fine styles of the party', r)).toBe('the two fine styles');
    expect(otherCount('which 3 functions does the circle have', r)).toBe('the 3 functions');
    // A span of years counts no noun after it.
    expect(otherCount('urumqi 20 yrs experiences', r)).toBeUndefined();
    // As far as the words the thesis counts, not the verb after them.
    expect(otherCount('What two stages come from the development?', r)).toBe('the two stages');
  });

  it('leaves the count the thesis gives, a part of the set, loose nouns and spans of time', async () => {
    const r = await retriever();
    expect(otherCount('What are the 4 dangers?', r)).toBeUndefined();
    expect(otherCount('what are the other two fine styles?', r)).toBeUndefined();
    expect(otherCount('why is governance harder than the earlier two stages?', r)).toBeUndefined();
    expect(otherCount('What are the three elements of the party style?', r)).toBeUndefined();
    expect(otherCount('What did two decades of development teach?', r)).toBeUndefined();
    // A count placed in a sequence is part of the set: "the first two" stages of chapter 1, not chapter 2's six.
    expect(otherCount('What two stages come before community governance?', r)).toBeUndefined();
    expect(otherCount('Which two earlier phases precede community governance?', r)).toBeUndefined();
  });
});
