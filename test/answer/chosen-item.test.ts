import { describe, expect, it } from 'vitest';
import { chosenItem, chosenSpan } from '../../src/answer/chosen-item.ts';
import type { Section } from '../../src/types.ts';
import { converse, testCore } from '../helpers.ts';

const text = 'It runs through consultation; it runs through the last kilometer.';
const overview: Section = { id: 'overview', label: 'Overview', title: 'o', sentences: [{ text, start: 10, end: 10 + text.length }] };

describe('chosenItem', () => {
  const first = { start: 10, end: 40 };
  const second = { start: 40, end: 10 + text.length };
  const before = { question: 'What are the two paths?', cited: [10, 40], quotes: [second, first] };

  it('asks "which one…" of the item just quoted whose words hold the topic, by its place in reading order', () => {
    expect(chosenItem('which one is about the last kilometer?', before, [overview])).toBe('the second (What are the two paths?)');
    expect(chosenItem('and which of them involves consultation?', before, [overview])).toBe('the first (What are the two paths?)');
    // "And the consultation one?": the item named by a word before "one".
    expect(chosenItem('and the consultation one?', before, [overview])).toBe('the first (What are the two paths?)');
  });

  it('leaves a topic no item or every item holds, and other messages, alone', () => {
    expect(chosenItem('which one is about elections?', before, [overview])).toBeUndefined();
    expect(chosenItem('which one runs through?', before, [overview])).toBeUndefined();
    expect(chosenItem('what about the last kilometer?', before, [overview])).toBeUndefined();
  });

  it('leaves "which one…" after a question about the chapters to the chapter search', async () => {
    const [, which] = await converse(await testCore('none'), ['how many chapters are there?', 'which one is about consultation?']);
    expect(which?.answer).toMatch(/^Chapter 3, /);
  });

  it('answers with the path that holds the topic, after the four paths', async () => {
    const [, chosen] = await converse(await testCore('none'), ['What are the four paths?', 'which of them is about party branches?']);
    expect(chosen?.answer).toMatch(/^Through improving the construction quality of the Party branch/);
  });

  it('gives where the chosen item stands, so "tell me more" is asked of it', async () => {
    expect(chosenSpan('which one is about the last kilometer?', before, [overview])).toBe(second);
    expect(chosenSpan('which one is about elections?', before, [overview])).toBeUndefined();
    const [, , more] = await converse(await testCore('none'), ['What are the four paths?', 'which one involves consultation?', 'tell me more']);
    expect(more?.citations[0]?.section).toBe('chapter-3');
    expect(more?.answer).toMatch(/common denominator/);
  });
});
