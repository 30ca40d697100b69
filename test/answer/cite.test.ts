import { describe, expect, it } from 'vitest';
import { readable, tagOf, withTags } from '../../src/answer/cite.ts';

describe('cite', () => {
  it('tags sections briefly', () => {
    expect(['chapter-4', 'introduction', 'overview', 'conclusion', 'metadata'].map((s) => tagOf(s as never))).toEqual(['[Ch. 4]', '[Intro]', '[Overview]', '[Conclusion]', '[Metadata]']);
  });

  it('restores lost spaces for reading without touching the quote', () => {
    expect(readable('city,and the "circle";then')).toBe('city, and the "circle"; then');
    const c = { section: 'chapter-1' as const, label: 'Chapter 1', title: 't', quote: 'a,b.', start: 0, end: 4, score: 1 };
    expect(withTags([c])).toBe('a, b. [Ch. 1]');
    expect(c.quote).toBe('a,b.');
  });
});
