import { describe, expect, it } from 'vitest';
import { causesAsked } from '../../src/answer/cause.ts';

describe('causesAsked', () => {
  it('reads what a question asks the doing of', () => {
    expect(causesAsked('How does blockchain improve community governance?')).toEqual(['blockchain']);
    expect(causesAsked('How does blockchain change community governance?')).toEqual(['blockchain']);
    expect(causesAsked('How do community elections work in Urumqi?')).toEqual(['community elections']);
    expect(causesAsked('How do private companies take part in governance?')).toEqual(['private companies']);
    expect(causesAsked('how does the party branch deal with corruption?')).toEqual(['corruption']);
    expect(causesAsked('What role did the military play in community governance?')).toEqual(['the military']);
  });

  it('reads nothing from a question that asks no doing', () => {
    expect(causesAsked('What is the key to community governance?')).toEqual([]);
    // What changes by itself is the topic, not a cause.
    expect(causesAsked('How did cadre and resident relations change after the visits?')).toEqual([]);
    expect(causesAsked('How did governance improve?')).toEqual([]);
  });
});
