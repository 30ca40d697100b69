import { describe, expect, it } from 'vitest';
import { readEdges, textEdge } from '../../src/retrieval/edges.ts';

describe('readEdges', () => {
  it('reads the first or last sentence, thing or words asked for, and takes them out', () => {
    expect(readEdges('What is the first sentence?', false)).toMatchObject({ fromEnd: false, oneSentence: true, rest: expect.not.stringMatching(/first|sentence/) });
    expect(readEdges('What are the last words?', false)).toMatchObject({ fromEnd: true, oneSentence: false });
  });

  it('reads what a section "says first" or "mentions last"', () => {
    expect(readEdges('What does   say first?', true)).toMatchObject({ fromEnd: false, oneSentence: true, rest: expect.not.stringMatching(/first/) });
    expect(readEdges('what comes first in  ?', true)).toMatchObject({ fromEnd: false, oneSentence: true, rest: expect.not.stringMatching(/first|comes/) });
    expect(readEdges('what comes last in  ?', true)).toMatchObject({ fromEnd: true, oneSentence: true });
    // "Which stage comes first: …?" compares, it asks for no edge.
    expect(readEdges('Which stage comes first: service or governance?', false)).toMatchObject({ oneSentence: false });
    expect(readEdges('what does it mention last', false)).toMatchObject({ fromEnd: true, oneSentence: true });
  });

  it('reads how the work itself begins or ends', () => {
    expect(readEdges('How does the abstract end?', false)).toMatchObject({ fromEnd: true, oneSentence: false });
    expect(readEdges('How does the thesis begin?', false)).toMatchObject({ fromEnd: false, oneSentence: true });
    expect(readEdges('What is community, according to the opening of the abstract?', false)).toMatchObject({ fromEnd: false, oneSentence: true, rest: expect.not.stringMatching(/opening|abstract/) });
    // "Per the opening" closing a question is the text's opening too; "the opening chapter" is a chapter, and a named section keeps its own.
    expect(readEdges("What's the relationship between party building and governance, per the opening?", false)).toMatchObject({ oneSentence: true, rest: expect.not.stringMatching(/opening/) });
    expect(readEdges('what does the opening chapter define?', false).oneSentence).toBe(false);
    expect(readEdges('what does it say on consultation, per the opening?', true).oneSentence).toBe(false);
  });

  it('reads "end" and "begin" as edges only of a section the question names', () => {
    expect(readEdges('how does   end', true)).toMatchObject({ fromEnd: true, rest: expect.not.stringMatching(/end/) });
    expect(readEdges('Where does community governance begin?', false).rest).toMatch(/begin/);
  });

  it('reads "at the end" and "at the beginning" as where to look, named or not', () => {
    expect(readEdges('what does the author confirm at the end?', false)).toMatchObject({ fromEnd: true, rest: expect.not.stringMatching(/end/) });
    expect(readEdges('what the author conclude at last', false)).toMatchObject({ fromEnd: true, rest: expect.not.stringMatching(/last/) });
    expect(readEdges('what is at the last kilometer?', false)).toMatchObject({ fromEnd: false });
    expect(readEdges('what is said at the very beginning', false)).toMatchObject({ fromEnd: false, rest: expect.not.stringMatching(/beginning/) });
  });

  it('names an edge of the text by a noun, with or without "at"', () => {
    expect('what is at the close of the abstract?'.replace(textEdge('end|close'), '#')).toBe('what is #?');
    expect(textEdge('end|close').test('the end of the thesis')).toBe(false);
  });
});
