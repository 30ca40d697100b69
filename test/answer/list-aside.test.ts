import { describe, expect, it } from 'vitest';
import { keptItems, withoutAside } from '../../src/answer/list-aside.ts';

const items = [
  { text: 'the towns plan early', start: 0 },
  { text: 'they build small roads', start: 30 },
  { text: 'they stay near the river', start: 60 },
  { text: 'they share markets', start: 90 },
];
const textOf = (item: (typeof items)[number]) => item.text;
const texts = (kept: ReturnType<typeof keptItems<(typeof items)[number]>>) => kept?.map(textOf);

describe('keptItems', () => {
  it('sets aside the items a question names by their place', () => {
    expect(texts(keptItems('What are the lessons, apart from the first one?', items, textOf))).toEqual(['they build small roads', 'they stay near the river', 'they share markets']);
    expect(texts(keptItems('Other than the first two, what are the lessons?', items, textOf))).toEqual(['they stay near the river', 'they share markets']);
    expect(texts(keptItems('What are the lessons besides the last?', items, textOf))).toEqual(['the towns plan early', 'they build small roads', 'they stay near the river']);
  });

  it('sets aside the items holding every word the question names', () => {
    expect(texts(keptItems('Besides small roads, what are the lessons?', items, textOf))).toEqual(['the towns plan early', 'they stay near the river', 'they share markets']);
  });

  it('sets aside what a conversation has just shown', () => {
    expect(texts(keptItems('What are the lessons?', items, textOf, new Set([0, 90])))).toEqual(['they build small roads', 'they stay near the river']);
  });

  it('keeps the list whole when nothing, or everything, is set aside', () => {
    expect(keptItems('What are the lessons?', items, textOf)).toBeUndefined();
    expect(keptItems('Besides chapter 2, what are the lessons?', items, textOf)).toBeUndefined();
    expect(keptItems('What are the lessons?', items, textOf, new Set([0, 30, 60, 90]))).toBeUndefined();
  });
});

describe('withoutAside', () => {
  it('drops the words setting something aside, so their place is not the one asked for', () => {
    expect(withoutAside('What are the lessons, other than the first?')).not.toMatch(/first/);
    expect(withoutAside('What is the first lesson?')).toBe('What is the first lesson?');
  });
});
