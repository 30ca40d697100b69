import { PLACE_WORD, numberOf } from '../ingest/ordinals.ts';
import { contentStems } from '../retrieval/terms.ts';
import { excludedPart } from './exclusion.ts';

/** "The first", "the last", "the 2nd": one place in a list, as a word. */
const PLACE = new RegExp(String.raw`\b(${PLACE_WORD}|last|final|[1-9](?:st|nd|rd|th))\b(?:\s+(two|three|four|five|2|3|4|5)\b)?`, 'giu');

/** The places ("the first", "the first two", "the last") a set-aside phrase names; 0 is the last. */
function placesIn(part: string): Set<number> {
  const places = new Set<number>();
  for (const m of part.matchAll(PLACE)) {
    const word = (m[1] ?? '').toLowerCase();
    const place = word === 'last' || word === 'final' ? 0 : (numberOf(word) ?? -1);
    // "The first two" sets aside two places from the first on.
    const run = m[2] ? (numberOf(m[2]) ?? 1) : 1;
    for (let i = 0; i < run && place >= 0; i++) places.add(place === 0 ? 0 : place + i);
  }
  return places;
}

/**
 * The question without what it sets aside: "What are the reasons, other than the first?" asks
 * for reasons, not for the first one.
 */
export function withoutAside(question: string): string {
  const part = excludedPart(question);
  return part ? question.replace(part, ' ') : question;
}

/**
 * The items a reader still wants of a list: without those the question sets aside by place
 * ("apart from the first one") or by what they say ("besides consultation democracy"), and
 * without those a conversation has just shown (`shown`, by where they start); `textOf` gives
 * what an item says. Undefined when
 * nothing is set aside, or everything is (then the set-aside words were not about the items).
 */
export function keptItems<T extends { readonly start: number }>(question: string, items: readonly T[], textOf: (item: T) => string, shown?: ReadonlySet<number>): T[] | undefined {
  const part = excludedPart(question);
  const places = part ? placesIn(part) : new Set<number>();
  // Words that name an item, with place words and "one" not among them.
  const words = part && places.size === 0 ? contentStems(part) : [];
  const aside = (item: T, i: number) =>
    places.has(i + 1) || (places.has(0) && i === items.length - 1) || (words.length > 0 && words.every((w) => contentStems(textOf(item)).includes(w))) || (shown?.has(item.start) ?? false);
  const kept = items.filter((item, i) => !aside(item, i));
  return kept.length === items.length || kept.length === 0 ? undefined : kept;
}
