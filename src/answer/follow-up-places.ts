import { contentStems, stem } from '../retrieval/terms.ts';
import { askedOrdinal, firstPlural } from './enumeration.ts';
import { ownWords } from './follow-up-forms.ts';

/**
 * The question before, asking for another place in its list: "what's the first reason (…)"
 * with "third" becomes "what's the third reason (…)". A fragment before it that only asked a
 * place ("the second (what's the first…)") is dropped first. Undefined when it asked no place.
 */
export function anotherPlace(previous: string, place: string): string | undefined {
  const base = withoutPlaces(previous);
  const old = askedOrdinal(ownWords(base));
  return old ? base.replace(new RegExp(`\\b${old}\\b`, 'iu'), place) : undefined;
}

/** The question before without the fragments that only asked a place in it ("the second (…)"). */
function withoutPlaces(previous: string): string {
  let base = previous.trim();
  for (let own = ownWords(base); own !== base && askedOrdinal(own) && contentStems(own).every((t) => t === stem(askedOrdinal(own) ?? '')); own = ownWords(base)) {
    base = base.slice(own.length + 2).replace(/\)\s*$/u, '');
  }
  return base;
}

/** The list question before a question that only asked a place in it, or undefined when it asked no place. */
export function placeless(previous: string): string | undefined {
  const base = withoutPlaces(previous);
  return base !== previous.trim() ? base : undefined;
}

/** "What are they?", "which are those?", "name them": the things just counted, themselves. */
const THEM_ASKED = /^\s*(?:(?:and|so|ok(?:ay)?)[\s,]+)?(?:(?:what|which)\s+(?:are|were)\s+(?:they|those|these|them)|(?:name|list)\s+(?:them|those|these)|what\s+are\s+their\s+names)(?:\s+then)?\s*[?？!.]*\s*$/iu;

/**
 * "What are they?" after "how many stages are there in chapter 2?": "what are the stages (in
 * Chapter 2)", a list question, not the count asked again. `labels` are the labels of the
 * sections the question before named. Undefined for any other message.
 */
export function thingsCounted(previous: string, current: string, labels: readonly string[]): string | undefined {
  const counted = /\bhow\s+many\s+(.+)$/isu.exec(previous)?.[1];
  const things = counted && THEM_ASKED.test(current) ? firstPlural(counted) : undefined;
  if (!things) return undefined;
  return `what are the ${things.word}${labels.length > 0 ? ` (in ${labels.join(' and ')})` : ''}`;
}
