import { describe, expect, it } from 'vitest';
import { withChapterOfEach, withoutEachWhere } from '../../src/answer/each-chapter.ts';
import type { Answer } from '../../src/answer/types.ts';
import { testCore } from '../helpers.ts';

describe('withoutEachWhere', () => {
  it('takes "which chapter covers each?" off a question that asks for a list', () => {
    expect(withoutEachWhere('What are the four paths, and which chapter covers each?')).toBe('What are the four paths?');
    expect(withoutEachWhere('list the four paths and which chapters discuss them')).toBe('list the four paths?');
    expect(withoutEachWhere('What are the four paths? Where is each discussed?')).toBe('What are the four paths?');
  });

  it('leaves other questions alone', () => {
    expect(withoutEachWhere('Which chapter covers consultation?')).toBeUndefined();
    expect(withoutEachWhere('which chapter covers each?')).toBeUndefined();
  });
});

describe('withChapterOfEach', () => {
  it('leaves an answer that is no numbered list from the overview as it is', async () => {
    const plain: Answer = { question: 'q', answer: 'One sentence. [Ch. 2]', abstained: false, citations: [], nearest: [] };
    expect(await withChapterOfEach(plain, () => Promise.reject(new Error('not asked')))).toBe(plain);
  });

  it('says which chapter treats each of the four paths, citing each chapter', async () => {
    const a = await (await testCore('none')).ask('What are the four paths, and which chapter covers each?');
    // Keywords alone ("thousands of clues" against chapter 4's "hundreds of clues") only come near
    // chapter 4 for the second path: it is named as the nearest, with no quote.
    expect(a.answer).toMatch(/\nWhere each is treated: 1\. Chapter 3 \[Ch\. 3\]; 2\. nearest Chapter 4; 3\. Chapter 5 \[Ch\. 5\]; 4\. Chapter 6 \[Ch\. 6\]\.$/u);
    expect(['chapter-3', 'chapter-5', 'chapter-6'].every((id) => a.citations.some((c) => c.section === id))).toBe(true);
    expect(a.question).toBe('What are the four paths, and which chapter covers each?');
  });
});
