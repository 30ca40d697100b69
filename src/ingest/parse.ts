import { ThesisBotError } from '../errors.ts';
import type { ParsedThesis, Sentence } from '../types.ts';
import { readPage } from './page.ts';
import { splitSections } from './sections.ts';
import { splitSentences } from './sentences.ts';

/**
 * Parses the corpus text into metadata and sections. Pure: the caller reads the file.
 * @throws ThesisBotError CORPUS_UNREADABLE when the text holds no prose at all.
 */
export function parseThesis(raw: string): ParsedThesis {
  if (raw.includes('\u0000')) {
    throw new ThesisBotError('CORPUS_UNREADABLE', 'The corpus file looks binary, not text. Point CORPUS_PATH at a UTF-8 text file.');
  }
  const page = readPage(raw);
  const headingStarts = new Set(page.headings.map((h) => h.start));
  // A heading is one unit even when it holds a full stop ("Chapter 2. The Towns").
  const sentences: Sentence[] = page.body.flatMap((span) =>
    headingStarts.has(span.start) ? [{ text: raw.slice(span.start, span.end), start: span.start, end: span.end, heading: true }] : splitSentences(raw, span.start, span.end),
  );
  if (sentences.length === 0) {
    throw new ThesisBotError('CORPUS_UNREADABLE', 'The corpus file holds no prose to index (no line of running text was found).');
  }
  const sections = splitSections(sentences, headingStarts);
  const warnings: string[] = [];
  if (sections.every((s) => s.id === 'overview')) {
    warnings.push('No chapters were recognised in the corpus; everything is indexed as one "overview" section.');
  }
  return { metadata: page.metadata, metadataSpans: page.metadataSpans, sections, warnings };
}
