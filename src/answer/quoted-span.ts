import type { Section } from '../types.ts';
import type { Turn } from './conversation.ts';

/** The section and the place in it of the sentence that holds a span of the thesis, or undefined. */
export function sentenceHolding(span: { start: number; end: number }, sections: readonly Section[]): { section: Section; at: number } | undefined {
  for (const section of sections) {
    const at = section.sentences.findIndex((x) => x.start <= span.start && span.end <= x.end);
    if (at >= 0) return { section, at };
  }
  return undefined;
}

/** How much of its sentence an item must be to be that sentence ("Second, the key…" less its "Second,"). */
const OWN_SENTENCE = 0.8;

/** Whether a span is (nearly) the whole of its sentence, not one part of a sentence listing several. */
export function isWholeSentence(span: { start: number; end: number }, sections: readonly Section[]): boolean {
  const held = sentenceHolding(span, sections);
  const sentence = held?.section.sentences[held.at];
  return sentence !== undefined && span.end - span.start >= OWN_SENTENCE * (sentence.end - sentence.start);
}

/** The words of a span of the thesis, from the sentence that holds it. */
export function spanText(span: { start: number; end: number }, sections: readonly Section[]): string | undefined {
  const held = sentenceHolding(span, sections);
  const sentence = held?.section.sentences[held.at];
  return sentence?.text.slice(span.start - sentence.start, span.end - sentence.start);
}

/** The passages a turn quoted, in reading order: the places "the first", "the third" count in. */
export function inReadingOrder(before: Turn | undefined): { start: number; end: number }[] {
  return [...(before?.quotes ?? [])].sort((a, b) => a.start - b.start);
}
