import { contentStems, stem } from '../retrieval/terms.ts';
import { askedOrdinal } from './enumeration.ts';
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
