import { describe, expect, it } from 'vitest';
import { deriveTitle } from '../../src/ingest/titles.ts';

describe('deriveTitle', () => {
  it.each([
    ['The second chapter introduces the history and current situation of Urumqi community governance.', 'The history and current situation of Urumqi community governance'],
    ['In the third chapter,the author discusses how to find the largest common denominator.', 'How to find the largest common denominator'],
    ['Chapter five is the "last kilometer" connecting the people closely.', 'The "last kilometer" connecting the people closely'],
    ['The introduction part mainly introduces the reason and significance of the topic,research status.', 'The reason and significance of the topic'],
    ['第三章讨论了协商民主。', '讨论了协商民主'],
  ])('%s', (opening, title) => {
    expect(deriveTitle(opening)).toBe(title);
  });

  it('never returns an empty title', () => {
    expect(deriveTitle('Chapter 2.')).toBe('Untitled');
  });
});
