import type { Passage } from '../retrieval/passages.ts';
import { describes } from './definition.ts';

/**
 * "How does the thesis define X?", "the definition of X", "explain the term X": a definition
 * itself is asked for ("what is meant by X" asks for sense, which a description gives).
 */
const DEFINITION_ASKED = /\b(?:define[sd]?|definitions?\s+of|defining)\b|\bthe\s+(?:term|phrase|expression)\b/iu;
/** A sentence that says where or that a thing is defined ("…and other related concepts are defined", "the meaning of concentric circle"). */
const DEFINING_WORDS = /\b(?:defin\p{L}*|concepts?|meaning)\b/iu;

/**
 * The note that opens the answer to "how does the thesis define X?" when no sentence defines X:
 * the sentences that follow show how it uses X, or where it is defined, not a definition, and
 * a reader citing them must know that. Undefined when the thesis does define it, or the
 * question asks for no definition. `stemsOf` gives a text's topic stems as passages hold them.
 */
export function undefinedTermNote(question: string, term: string | undefined, passages: readonly Passage[], stemsOf: (text: string) => string[]): string | undefined {
  // "The circle's center" is a part of a thing, described however the thesis says it.
  if (!term || !DEFINITION_ASKED.test(question) || /\p{L}['’]s?\s/u.test(term)) return undefined;
  const stems = stemsOf(term);
  if (stems.length === 0) return undefined;
  // "Consultative democracy, as an important way of democracy…, has been…" says what it is.
  if (passages.some((p) => describes(p.text, term))) return undefined;
  // "…the community, urban community governance and other related concepts are defined" says
  // where it is defined, not what the definition is: an abstract names what its chapters do.
  const where = passages.find((p) => DEFINING_WORDS.test(p.text) && stems.every((s) => p.stems.has(s)));
  if (where) return `${where.section.label} defines “${term}”, but the text we have does not give the definition; this is what it says.`;
  return `It does not define “${term}” in so many words; this is how it speaks of it.`;
}
