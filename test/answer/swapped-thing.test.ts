import { describe, expect, it } from 'vitest';
import { swappedThing } from '../../src/answer/swapped-thing.ts';

describe('swappedThing', () => {
  it('asks the question before of the thing named alone, unless it names a place or the rest', () => {
    expect(swappedThing('what is the key to community governance?', 'and the core?')).toBe('what is the core to community governance?');
    expect(swappedThing('what is the key to community governance?', 'and the second?')).toBeUndefined();
    expect(swappedThing('what is the key to community governance?', 'and the others?')).toBeUndefined();
    expect(swappedThing('what is the radius?', 'and the center?')).toBeUndefined();
    // "What is the X?" takes the new thing when the thesis names the two together.
    const together = (a: string, b: string) => `${a}|${b}` === 'research methods|innovations';
    expect(swappedThing('what are the research methods (in Introduction)', 'and the innovations?', together)).toBe('what are the innovations (in Introduction)');
    expect(swappedThing('what are the four paths?', 'and the corps?', together)).toBeUndefined();
    // "And expansion?" after "what does contraction do?": what the other does, when named together.
    const pair = (a: string, b: string) => `${a}|${b}` === 'contraction|expansion';
    expect(swappedThing('what does contraction do', 'and expansion?', pair)).toBe('what does expansion do');
    expect(swappedThing('what does contraction do', 'and the corps?', pair)).toBeUndefined();
    // "And the shortest?" after "which chapter is the longest?": the other end of the rank.
    expect(swappedThing('which chapter is the longest?', 'and the shortest?')).toBe('which chapter is the shortest?');
  });
});
