import { describe, expect, it } from 'vitest';
import { fieldsByCue } from '../../src/answer/record-cues.ts';

describe('fieldsByCue', () => {
  it.each([
    ['Which scholar produced this dissertation?', ['author']],
    ['What qualification was the thesis submitted for?', ['degree']],
    ['What is the date on the record?', ['datePosted']],
    ['Headline of the thesis?', ['title']],
    ['What is this document?', ['type']],
    ['How is the thesis tagged?', ['keywords']],
    ['What is Wang’s field?', ['subject']],
    // As a learner of English may ask.
    ['this thesis write by who', ['author']],
    ['thesis publish which year', ['datePosted']],
    // What the field is needed for names no topic.
    ['I need the subject for my bibliography.', ['subject']],
    ['show me the author line', ['author']],
  ])('reads %s as asking for %j', (q, fields) => {
    expect(fieldsByCue(q, 'Y L Wang')).toEqual(fields);
  });

  it('leaves a question that also names a topic to the text', () => {
    expect(fieldsByCue('What is the title of the activity in chapter four?', 'Y L Wang')).toEqual([]);
    expect(fieldsByCue('Who created the concentric circle?', 'Y L Wang')).toEqual([]);
    // "His title" is a person's rank, not the work's.
    expect(fieldsByCue("what's his title?", 'Y L Wang')).toEqual([]);
    expect(fieldsByCue("what's their field?", 'Y L Wang')).toEqual(['subject']);
    expect(fieldsByCue('who came up with it?', 'Y L Wang')).toEqual([]);
    // Who carries out what was just named is no author; who did the work still is.
    expect(fieldsByCue('who does it?', 'Y L Wang')).toEqual([]);
    expect(fieldsByCue('who did it?', 'Y L Wang')).toEqual(['author']);
    expect(fieldsByCue('why did the author write this thesis?', 'Y L Wang')).toEqual([]);
    expect(fieldsByCue('Which one does the thesis name?', 'Y L Wang')).toEqual([]);
    expect(fieldsByCue('What year range does community development cover?', 'Y L Wang')).toEqual([]);
  });
});
