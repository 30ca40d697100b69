import { describe, expect, it } from 'vitest';
import { TAG, onOneLine, readable, scoreAmong, tagOf, withTags } from '../../src/answer/cite.ts';
import type { Hit } from '../../src/retrieval/search.ts';

describe('cite', () => {
  it('tags sections briefly', () => {
    expect(['chapter-4', 'introduction', 'overview', 'conclusion', 'metadata'].map((s) => tagOf(s as never))).toEqual(['[Ch. 4]', '[Intro]', '[Overview]', '[Conclusion]', '[Metadata]']);
  });

  it('finds every tag it writes by its one pattern, not a chapter number in words', () => {
    const whole = new RegExp(`^${TAG}$`, 'u');
    for (const s of ['chapter-12', 'introduction', 'overview', 'conclusion', 'metadata']) expect(tagOf(s as never)).toMatch(whole);
    expect('[Ch. four]').not.toMatch(whole);
  });

  it('restores lost spaces for reading without touching the quote', () => {
    expect(readable('city,and the "circle";then')).toBe('city, and the "circle"; then');
    const c = { section: 'chapter-1' as const, label: 'Chapter 1', title: 't', quote: 'a,b.', start: 0, end: 4, score: 1 };
    expect(withTags([c])).toBe('a, b. [Ch. 1]');
    expect(c.quote).toBe('a,b.');
  });

  it('shows a quote a hard wrap broke on one line, its words untouched', () => {
    expect(onOneLine('roads follow for most of\n  their length,and more')).toBe('roads follow for most of their length,and more');
    expect(onOneLine('以党建引领城市\n社区治理。')).toBe('以党建引领城市社区治理。');
  });

  it("gives a sentence's score among the hits, or the fallback for one that was not a hit", () => {
    const hits = [{ passage: { start: 10 }, score: 0.7 }] as unknown as Hit[];
    expect(scoreAmong(hits, { start: 10 })).toBe(0.7);
    expect(scoreAmong(hits, { start: 20 })).toBe(0);
    expect(scoreAmong(hits, { start: 20 }, 0.4)).toBe(0.4);
  });
});
