import { describe, expect, it } from 'vitest';
import { ASKING_WORDS, edits, mendAsking } from '../../src/retrieval/typos.ts';

describe('edits', () => {
  it('counts a swap of neighbouring letters as one edit', () => {
    expect(edits('circel', 'circle', true)).toBe(1);
    expect(edits('titel', 'title', true)).toBe(1);
  });

  it('counts a changed letter, when strict, only when its key is next to the right one', () => {
    expect(edits('cpnsult', 'consult', true)).toBe(1);
    expect(edits('marked', 'market', true)).toBe(Number.POSITIVE_INFINITY);
    expect(edits('marked', 'market', false)).toBe(1);
    // One vowel for another in a long word is a learner's slip; in a short one it makes another word.
    expect(edits('denominater', 'denominator', true)).toBe(1);
    expect(edits('stoge', 'stage', true)).toBe(Number.POSITIVE_INFINITY);
  });

  it('counts a changed letter that sounds the same as one edit, as learners spell', () => {
    expect(edits('consentric', 'concentric', true)).toBe(1);
    expect(edits('cirkle', 'circle', true)).toBe(1);
    expect(edits('cirble', 'circle', true)).toBe(Number.POSITIVE_INFINITY);
    // "-sion" for "-tion", but an "s" for a "t" elsewhere is no slip of sound ("master", "matter").
    expect(edits('consultasion', 'consultation', true)).toBe(1);
    expect(edits('mastered', 'mattered', true)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('mendAsking', () => {
  it('reads "dose" after a question word as "does" and "rote" after "who" as "wrote", and leaves a dose alone', () => {
    expect(mendAsking('what dose the introduction introduce')).toBe('what does the introduction introduce');
    expect(mendAsking('explane contracion of the cirle')).toBe('explain contracion of the cirle');
    expect(mendAsking('How dose it end?')).toBe('How does it end?');
    expect(mendAsking('a dose of medicine')).toBe('a dose of medicine');
    expect(mendAsking('who rote this?')).toBe('who wrote this?');
    expect(mendAsking('learnt by rote')).toBe('learnt by rote');
  });

  it('mends slips in the small words of a question, and "summery"', () => {
    expect(mendAsking('whcih chapter is about consultation')).toBe('which chapter is about consultation');
    expect(mendAsking('yr it came out?')).toBe('year it came out?');
    expect(mendAsking('wen was it posted')).toBe('when was it posted');
    expect(mendAsking('summery of chapter one pls')).toBe('summary of chapter one please');
    // Chat shorthand for the small words.
    expect(mendAsking('which chapter talks abt that cuz i need it')).toBe('which chapter talks about that because i need it');
    expect(mendAsking('the wench and the wherry')).toBe('the wench and the wherry');
  });

  it('knows the words readers ask about a thesis with', () => {
    expect(['wrote', 'title', 'supervisor', 'introduction', 'argument'].every((w) => ASKING_WORDS.has(w))).toBe(true);
  });
});
