import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_CHUNK_WORDS, chunkSections } from '../../src/ingest/chunk.ts';
import { parseThesis } from '../../src/ingest/parse.ts';
import { wordCount } from '../../src/ingest/words.ts';

const thesis = readFileSync('data/thesis.txt', 'utf8');
const parsed = parseThesis(thesis);
const chunks = chunkSections(thesis, parsed.sections);

describe('chunkSections', () => {
  it('keeps each chunk inside one section and checkable at its offsets', () => {
    for (const chunk of chunks) {
      expect(thesis.slice(chunk.start, chunk.end)).toBe(chunk.text);
      const section = parsed.sections.find((s) => s.id === chunk.sectionId);
      expect(section?.sentences.some((s) => s.start === chunk.start)).toBe(true);
      expect(section?.sentences.some((s) => s.end === chunk.end)).toBe(true);
      expect(section?.label).toBe(chunk.label);
    }
  });

  it('sizes chunks for a sentence-embedding model unless one sentence is longer', () => {
    for (const chunk of chunks) {
      const sentences = parsed.sections.flatMap((s) => s.sentences).filter((s) => s.start >= chunk.start && s.end <= chunk.end);
      if (sentences.length > 1) expect(wordCount(chunk.text)).toBeLessThanOrEqual(MAX_CHUNK_WORDS * 1.5);
    }
    const median = chunks.map((c) => wordCount(c.text)).sort((a, b) => a - b)[Math.floor(chunks.length / 2)] ?? 0;
    expect(median).toBeGreaterThanOrEqual(40);
    expect(median).toBeLessThanOrEqual(MAX_CHUNK_WORDS);
  });

  it('overlaps neighbouring chunks of a section by one sentence where room allows', () => {
    const ch1 = chunks.filter((c) => c.sectionId === 'chapter-1');
    expect(ch1.length).toBeGreaterThan(2);
    for (let i = 1; i < ch1.length; i++) expect((ch1[i]?.start ?? 0) < (ch1[i - 1]?.end ?? 0)).toBe(true);
  });

  it('covers every sentence and numbers chunks in document order', () => {
    for (const sentence of parsed.sections.flatMap((s) => s.sentences)) {
      expect(chunks.some((c) => c.start <= sentence.start && sentence.end <= c.end)).toBe(true);
    }
    expect(chunks.map((c) => c.position)).toEqual(chunks.map((_, i) => i));
  });

  it('does not join the two runs of the overview into one chunk', () => {
    const overview = chunks.filter((c) => c.sectionId === 'overview');
    const intro = chunks.find((c) => c.sectionId === 'introduction');
    for (const c of overview) expect(c.end <= (intro?.start ?? 0) || c.start >= (intro?.end ?? 0)).toBe(true);
  });
});
