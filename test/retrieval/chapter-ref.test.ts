import { describe, expect, it } from 'vitest';
import { takeChapterRefs } from '../../src/retrieval/chapter-ref.ts';

/** The chapter numbers a text names in a thesis of six chapters, and what is left of it. */
function read(text: string): { numbers: number[]; rest: string } {
  const numbers: number[] = [];
  const rest = takeChapterRefs(text, 6, (n) => numbers.push(n));
  return { numbers, rest: rest.replace(/\s+/gu, ' ').trim() };
}

describe('takeChapterRefs', () => {
  it('reads chapters by number, list, range, place and in Chinese', () => {
    expect(read('what does chapter four say').numbers).toEqual([4]);
    // A possessive typed without its apostrophe goes with the name.
    expect(read('whats chapter 3s main claim')).toEqual({ numbers: [3], rest: 'whats main claim' });
    expect(read('How many parts is the thesis divided into?').numbers).toEqual([]);
    expect(read('chapters 2-4 and consultation').numbers).toEqual([2, 3, 4]);
    expect(read('the first two chapters').numbers).toEqual([1, 2]);
    expect(read('the penultimate chapter').numbers).toEqual([5]);
    expect(read('the middle chapters').numbers).toEqual([3, 4]);
    expect(read('which chapter is in the middle of the body?').numbers).toEqual([3, 4]);
    expect(read('what is in the middle of chapter 2?').numbers).toEqual([2]);
    expect(read('the last chapter').numbers).toEqual([6]);
    // The possessive goes with the name, leaving nothing of it to search for.
    expect(read("What is the last chapter's main argument?")).toEqual({ numbers: [6], rest: 'What is main argument?' });
    expect(read('第三章讲了什么').numbers).toEqual([3]);
    expect(read('what does chapter no. 4 say').numbers).toEqual([4]);
    expect(read('chapter #3?').numbers).toEqual([3]);
    expect(read('summarize chapter number 2').numbers).toEqual([2]);
  });

  it('leaves counts of chapters and "part one of my question" alone', () => {
    expect(read('all six chapters')).toEqual({ numbers: [], rest: 'all' });
    expect(read('part one of my question').numbers).toEqual([]);
    expect(read('if I read only one chapter').numbers).toEqual([]);
    expect(read('chapter 3 and i am lost')).toEqual({ numbers: [3], rest: 'and i am lost' });
  });
});
