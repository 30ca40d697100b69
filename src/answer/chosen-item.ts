import { contentStems } from '../retrieval/terms.ts';
import type { Section } from '../types.ts';
import { ordinalWord } from '../ingest/ordinals.ts';
import type { Turn } from './conversation.ts';
import { itemAsked } from './enumeration.ts';
import { topicWords } from './frame-words.ts';
import { inReadingOrder, spanText } from './quoted-span.ts';

/**
 * "Which one involves consultation?", "which of them is about party branches?", "and the party
 * one?": one of the things just quoted, chosen by its words.
 */
const WHICH_ONE = /^\s*(?:(?:and|so|ok(?:ay)?)[\s,]+)?which\s+(?:one|ones|of\s+(?:them|these|those|the\s+\p{L}+))\b/iu;
const THE_X_ONE = /^\s*(?:(?:and|so|ok(?:ay)?|what\s+about|how\s+about)[\s,]+)?the\s+(?:[\p{L}-]+\s+){1,2}one\s*[?？!.]*\s*$/iu;

/**
 * After an answer quoting two or more things (the four paths), "which one involves
 * consultation?" asks for the one whose words hold the topic: it is asked for by its place in
 * reading order ("the first (what are the four paths?)"), as "and the first?" would. Undefined
 * when no one thing holds more of the topic than the rest.
 */
export function chosenItem(typed: string, before: Turn | undefined, sections: readonly Section[]): string | undefined {
  const place = chosenPlace(typed, before, sections);
  return place && before ? `the ${ordinalWord(place)} (${before.question.trim()})` : undefined;
}

/** Where the quote stands that "which one involves consultation?" chose (see chosenItem). */
export function chosenSpan(typed: string, before: Turn | undefined, sections: readonly Section[]): { start: number; end: number } | undefined {
  const place = chosenPlace(typed, before, sections);
  return place ? inReadingOrder(before)[place - 1] : undefined;
}

function chosenPlace(typed: string, before: Turn | undefined, sections: readonly Section[]): number | undefined {
  const quotes = inReadingOrder(before);
  // "The second one?" asks by place, not by the word "second" an item may hold.
  const named = WHICH_ONE.test(typed) || (THE_X_ONE.test(typed) && itemAsked(typed) === undefined);
  if (!before || quotes.length < 2 || !named) return undefined;
  const asked = topicWords(typed);
  const held = quotes.map((q) => {
    const stems = new Set(contentStems(spanText(q, sections) ?? ''));
    return asked.filter((t) => stems.has(t)).length;
  });
  const best = Math.max(0, ...held);
  const places = held.flatMap((h, i) => (h === best ? [i + 1] : []));
  return best > 0 && places.length === 1 ? places[0] : undefined;
}
