import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMPARES, nameBoth, nameSections, placeOfThem, whichOfThem } from '../../src/answer/section-pointers.ts';
import { parseThesis } from '../../src/ingest/parse.ts';

const { sections } = parseThesis(readFileSync('data/thesis.txt', 'utf8'));

describe('nameSections', () => {
  it('names "that chapter", "the next chapter" and the "it" of "summarize it" by the section the conversation is on', () => {
    expect(nameSections('summarize that chapter', 'chapter-3', sections)).toBe('summarize Chapter 3');
    expect(nameSections('summarize all that', 'chapter-6', sections)).toBe('summarize Chapter 6');
    expect(nameSections('sum it all up', 'chapter-6', sections)).toBe('sum up Chapter 6');
    expect(nameSections('what is it about?', 'chapter-6', sections, true)).toBe('what is Chapter 6 about?');
    expect(nameSections('and what does it cover', 'chapter-6', sections, true)).toBe('and what does Chapter 6 cover');
    expect(nameSections("what's the first sentence of it?", 'chapter-5', sections, true)).toBe("what's the first sentence of Chapter 5?");
    expect(nameSections('how does it end?', 'chapter-5', sections, true)).toBe('how does Chapter 5 end?');
    // "It" is the section only when the last question named it.
    expect(nameSections('what is it about?', 'chapter-6', sections)).toBe('what is it about?');
    expect(nameSections('and the next chapter?', 'chapter-3', sections)).toBe('and Chapter 4?');
    expect(nameSections('the previous one?', 'chapter-3', sections)).toBe('Chapter 2?');
    expect(nameSections('and the one before it?', 'chapter-3', sections)).toBe('and Chapter 2?');
    expect(nameSections('what about the chapter after that?', 'chapter-3', sections)).toBe('what about Chapter 4?');
    expect(nameSections('tl;dr this', 'chapter-6', sections)).toBe('tl;dr Chapter 6');
    expect(nameSections("what's its title?", 'chapter-3', sections, true)).toBe("what's the title of Chapter 3?");
    expect(nameSections('what is it called', 'chapter-3', sections, true)).toBe('what is the title of Chapter 3');
    // The overview is the thesis as a whole: its title is the thesis's. After a question on a
    // term that chapter 3 answered, "it" is the term.
    expect(nameSections("what's its title?", 'overview', sections, true)).toBe("what's its title?");
    expect(nameSections('what is it called', 'chapter-3', sections)).toBe('what is it called');
    // There is no chapter after the last.
    expect(nameSections('and the next chapter?', 'chapter-6', sections)).toBe('and the next chapter?');
  });
});

describe('nameBoth', () => {
  const turn = { question: 'and chapter 5?', cited: [], section: 'chapter-5', earlier: 'chapter-3' } as const;

  it('names the last two sections for "compare them", and leaves other messages alone', () => {
    expect(nameBoth('compare them', turn, sections)).toBe('compare them (Chapter 3 and Chapter 5)');
    expect(nameBoth('compare them with chapter 6', turn, sections)).toBe('compare them with chapter 6');
    expect(nameBoth('what else?', turn, sections)).toBe('what else?');
    expect(nameBoth('compare them', { ...turn, earlier: undefined }, sections)).toBe('compare them');
  });

  it('knows the words that compare', () => {
    expect(['how do they differ', 'versus', 'how does it relate to', 'what links them'].every((t) => COMPARES.test(t))).toBe(true);
    expect(COMPARES.test('what else')).toBe(false);
  });
});

describe('whichOfThem', () => {
  it('reads "which one" after a question about the chapters as which chapter, and nothing else', () => {
    expect(whichOfThem('which one is about party branches?', 'how many chapters are there?')).toBe('which chapter is about party branches?');
    expect(whichOfThem('which of them covers history?', 'list the sections')).toBe('which section covers history?');
    expect(whichOfThem('which one is first?', 'what are the four dangers')).toBeUndefined();
    expect(whichOfThem('what is in it?', 'how many chapters are there?')).toBeUndefined();
    expect(whichOfThem('which is the longest?', 'what are the chapters')).toBe('which chapter is the longest?');
  });
});

describe('placeOfThem', () => {
  it('reads a place alone after a question about the chapters as that chapter', () => {
    expect(placeOfThem("what's in the third?", 'what are the chapters')).toBe("what's in the third chapter?");
    expect(placeOfThem('the last one?', 'which chapter is the shortest?')).toBe('the last chapter?');
    expect(placeOfThem('ok summarize the 2nd', 'what chapters are there')).toBe('ok summarize the 2nd chapter');
    expect(placeOfThem('the third?', 'what are the four paths')).toBeUndefined();
    // After one chapter asked of whole, a bare place is another chapter.
    expect(placeOfThem('and the sixth?', 'and chapter 5?')).toBe('and the sixth chapter?');
    expect(placeOfThem('and the sixth?', 'what does chapter 4 say?')).toBe('and the sixth chapter?');
    expect(placeOfThem('and the sixth?', 'what does chapter 4 say about the corps?')).toBeUndefined();
    expect(placeOfThem('the third path?', 'what are the chapters')).toBeUndefined();
  });
});
