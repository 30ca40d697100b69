import { escapeRegExp } from '../ingest/words.ts';

/**
 * The work itself by the names readers give it ("the thesis", "this paper", "the text"), shared
 * by the questions about its layout (outline.ts), its record (metadata.ts) and its voice
 * (source.ts), so that each knows the same work by the same names.
 */
export const WORK_NOUN = String.raw`(?:thesis|dissertation|paper|study|work|text|abstract|book|document|doc|manuscript)`;

/**
 * The parts of the author's name on the record that readers call them by ("Wang" of "Y L
 * Wang"), three letters or more, escaped for a pattern: shared by the record's questions
 * (metadata.ts) and those about the author's feelings (stance.ts).
 */
export function authorNameParts(author: string | undefined): string[] {
  return (author ?? '').split(/\s+/u).filter((w) => w.length >= 3).map(escapeRegExp);
}
