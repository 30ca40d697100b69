import type { Hit } from '../retrieval/search.ts';
import type { Section } from '../types.ts';
import type { CitedSection, Citation } from './types.ts';

/** The short tag that ends each sentence of an answer: [Ch. 4], [Intro], [Overview]. */
export function tagOf(section: CitedSection): string {
  if (section.startsWith('chapter-')) return `[Ch. ${section.slice('chapter-'.length)}]`;
  const tags: Record<string, string> = { introduction: '[Intro]', overview: '[Overview]', conclusion: '[Conclusion]', metadata: '[Metadata]' };
  return tags[section] ?? `[${section}]`;
}

/** Any tag `tagOf` writes, as a pattern's source, for finding where an answer's sentences end. */
export const TAG = String.raw`\[(?:Ch\. \d+|Intro|Overview|Conclusion|Metadata|[a-z-]+)\]`;

/**
 * Restores the spaces the web copy lost after punctuation ("city,and" → "city, and"), for
 * answer text only: quotes stay verbatim.
 */
export function readable(text: string): string {
  return onOneLine(text).replace(/([,;:])(?=[\p{L}"“])/gu, '$1 ').replace(/\s+/g, ' ').trim();
}

/**
 * A quote as shown to a reader: its words verbatim, but a line break the copy kept inside a
 * sentence (a PDF's hard wrap) is a space, so the quote reads, and stays one block quote.
 */
export function onOneLine(quote: string): string {
  // Chinese puts no space between words, so a break between two Han characters is nothing.
  return quote.replace(/(?<=\p{Script=Han})[ \t]*(?:\r?\n|\r)[ \t]*(?=\p{Script=Han})/gu, '').replace(/[ \t]*(?:\r?\n|\r)[ \t]*/gu, ' ');
}

/** A citation of one sentence of a section. */
export function citeSentence(section: Section, sentence: { text: string; start: number; end: number }, score: number): Citation {
  return { section: section.id, label: section.label, title: section.title, quote: sentence.text, start: sentence.start, end: sentence.end, score: Math.round(score * 1000) / 1000 };
}

/** Joins cited sentences into answer text, each followed by its tag. */
export function withTags(citations: readonly Citation[]): string {
  return citations.map((c) => `${readable(c.quote)} ${tagOf(c.section)}`).join(' ');
}

/** A sentence's score among the hits, or `otherwise` when it was not one of them (a neighbour brought for context). */
export function scoreAmong(hits: readonly Hit[], sentence: { start: number }, otherwise = 0): number {
  return hits.find((h) => h.passage.start === sentence.start)?.score ?? otherwise;
}
