import { CARDINALS } from '../ingest/ordinals.ts';
import type { Hit, Passage } from '../retrieval/search.ts';
import { askedOrdinal, inlineItems, itemAsked, listMentions, namesList } from './enumeration.ts';
import { inlineListFor } from './inline-item.ts';
import { listAnswer, nearList } from './list-answer.ts';
import type { Answer } from './types.ts';

/**
 * Why an item asked for by its place is not there ("the fifth basic experience" of four): the
 * list near the best hits, or in the best sentence, is shorter. Undefined when it is not.
 */
export function beyondList(question: string, hits: readonly Hit[], passages: readonly Passage[]): string | undefined {
  const place = itemAsked(question);
  const [top] = hits;
  if (!place || !top) return undefined;
  const list = nearList(hits, passages, true, true);
  const inline = inlineListFor(question, hits, passages);
  const count = list && namesList(question, list) ? list.items.length : inline ? inlineItems(inline.list.text).length : undefined;
  if (count === undefined || place <= count) return undefined;
  const word = askedOrdinal(question) ?? '';
  return `It lists only ${CARDINALS[count] ?? count}; there is no ${word}.`;
}

/**
 * "How many reasons are given…": a list near the best hits that names what is counted (in a
 * sentence of it, or leading into it or drawing it together) answers with its length and items.
 */
export function countFromList(question: string, hits: readonly Hit[], passages: readonly Passage[], nouns: readonly string[]): Answer | undefined {
  const list = nearList(hits, passages, true);
  if (!list || !listMentions(list, nouns)) return undefined;
  return listAnswer(question, list, hits, `The thesis gives ${CARDINALS[list.items.length] ?? list.items.length}. `);
}

/**
 * What a list the thesis gives settles before the usual answer: an item past its end (the
 * reason to refuse, as a string), or "how many…" of what it lists when `counted` holds the
 * counted nouns (the answer). Undefined when it settles nothing.
 */
export function settledByList(question: string, hits: readonly Hit[], passages: readonly Passage[], counted?: readonly string[]): Answer | string | undefined {
  return beyondList(question, hits, passages) ?? (counted ? countFromList(question, hits, passages, counted) : undefined);
}
