import { numberOf } from '../ingest/ordinals.ts';
import type { Hit, Passage } from '../retrieval/search.ts';
import { type Token, isStopword, stem, tokenize } from '../retrieval/terms.ts';
import { inlineItems, introduces } from './enumeration.ts';
import { nearList } from './list-answer.ts';

/** "The four dangers", "3 styles", "hundreds of clues": a count of things a question names. */
export const COUNTED = /\b(two|three|four|five|six|seven|eight|nine|ten|[2-9]|dozens|hundreds|thousands|millions)\s+(?:\p{L}+\s+)?(\p{L}+s)\b/iu;
/** What follows a count of things that spells them out: "of contraction and expansion", ": a, b and c". */
const SPELT_OUT = /^\s*(?:of|:|：|,?\s*namely|,?\s*including|\()\s*[^.;]*?\b(?:and|or)\b/iu;

/** Things named before their count: "The party and the masses are the two elements". */
const SPELT_BEFORE = /\band\b[^,;:.]*\b(?:are|were|form|constitute)\b[^,;:.]*$/iu;

/**
 * The things the best sentence counts and only names ("the three fine styles"), when the
 * question asks of that noun, whatever count it puts on it or none; undefined otherwise.
 */
export function namedInTop(question: string, hits: readonly Hit[], passages: readonly Passage[]): string | undefined {
  const top = hits[0]?.passage;
  if (!top) return undefined;
  const asked = new Set(tokenize(question).map((t) => t.stem));
  for (const m of top.text.matchAll(new RegExp(COUNTED, 'giu'))) {
    // "Chapter five is…" counts nothing: "is" is no noun.
    const things = m[2] && !isStopword(m[2]) && asked.has(stem(m[2])) ? namedOnly(`what are the ${m[0]}`, hits, passages) : undefined;
    if (things) return things;
  }
  return undefined;
}

/**
 * The things a question counts ("the four dangers") as the best sentence names them, when it
 * only names them and no list of them is near; undefined otherwise.
 */
export function namedOnly(question: string, hits: readonly Hit[], passages: readonly Passage[]): string | undefined {
  const [phrase, count = '', noun = ''] = COUNTED.exec(question) ?? [];
  const top = hits[0]?.passage;
  if (!phrase || !top) return undefined;
  const tokens = tokenize(top.text);
  // "Hundreds" is no number: it counts as itself.
  const counts = (t: Token | undefined) => t !== undefined && (numberOf(count) === undefined ? t.word.toLowerCase() === count.toLowerCase() : numberOf(t.word) === numberOf(count));
  const at = tokens.findIndex((t, i) => t.stem === stem(noun) && (counts(tokens[i - 1]) || counts(tokens[i - 2])));
  const named = tokens[at];
  const from = counts(tokens[at - 1]) ? tokens[at - 1] : tokens[at - 2];
  if (!named || !from || nearList(hits, passages, true)) return undefined;
  // "Through the above four paths": named after they were given, in the sentences before.
  if (GIVEN_BEFORE.test(top.text.slice(0, from.start))) return undefined;
  // "two functions of contraction and expansion", "three parts: introduction, body and
  // conclusion", "the party and the masses are the two elements", or items in the sentence
  // after words naming them: listed after all.
  if (spelledOut(top.text, named, named) || (inlineItems(top.text).length > 0 && introduces(top.text, named))) return undefined;
  // In the thesis's words: "the three fine styles", though asked for "3 good styles".
  return top.text.slice(from.start, named.end).toLowerCase();
}

/** "The above four paths", "these factors": named after they were given, in the sentences before. */
export const GIVEN_BEFORE = /\b(?:above|these|those|foregoing|preceding|aforementioned|said)\s*(?:\p{L}+\s+)?$/iu;

/** Whether a sentence spells out the things it names from `from` to `named`, after them or before. */
export function spelledOut(text: string, from: Token, named: Token): boolean {
  return SPELT_OUT.test(text.slice(named.end)) || SPELT_BEFORE.test(text.slice(0, from.start));
}
