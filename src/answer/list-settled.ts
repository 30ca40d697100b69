import { CARDINALS } from '../ingest/ordinals.ts';
import { escapeRegExp } from '../ingest/words.ts';
import type { Hit, Passage } from '../retrieval/search.ts';
import { isStopword, tokenize } from '../retrieval/terms.ts';
import { asksForOthers } from './exclusion.ts';
import { askedOrdinal, firstPlural, inlineItems, itemAsked, listMentions, namesList } from './enumeration.ts';
import { answerInlineList, inlineItemCount, inlineListFor } from './inline-item.ts';
import { listAnswer, nearList } from './list-answer.ts';
import { COUNTED, namedInTop, namedOnly } from './named-only.ts';
import { unspecified } from './unlisted.ts';
import type { Answer } from './types.ts';
import { unnamedOne } from './which-one.ts';
import { unrankedOne } from './ranked-one.ts';

/** A sentence that puts one thing first: "at the top of the four dangers", "foremost among". */
export const RANKS_FIRST = /\b(?:at\s+the\s+top|top\s+of|foremost|first\s+of|first\s+among|heads?\s+(?:the|of))\b/iu;

/**
 * Why an item asked for by its place is not there ("the fifth basic experience" of four): the
 * list near the best hits, or in the best sentence, is shorter, or the thesis only names the
 * things ("the first of the six stages"). Undefined when it is there.
 */
export function beyondList(question: string, hits: readonly Hit[], passages: readonly Passage[]): string | undefined {
  const place = itemAsked(question);
  const [top] = hits;
  // "The last" is place 0: it is asked, and is in any list, but not in one only named.
  if (place === undefined || !top) return undefined;
  const list = nearList(hits, passages, true, true);
  const inline = inlineListFor(question, hits, passages);
  const count = list && namesList(question, list) ? list.items.length : inline ? inlineItems(inline.list.text).length : undefined;
  const word = askedOrdinal(question) ?? '';
  // "The first of the six stages" of a thesis that only names the six stages: it cannot say,
  // unless the sentence puts one of them first ("at the top of the four dangers").
  const ranksFirst = place === 1 && RANKS_FIRST.test(top.passage.text);
  // "The second most important danger" of a sentence that puts one "at the top" and lists none.
  if (count === undefined && place > 1 && !COUNTED.test(question) && RANKS_FIRST.test(top.passage.text)) return `It puts one first but ranks no others, so it does not say which is the ${word}.`;
  // "The sixth stage" counts nothing itself: the best sentence's "six stages" does.
  const things = count === undefined && !ranksFirst ? (namedOnly(question, hits, passages) ?? namedInTop(question, hits, passages)) : undefined;
  if (things) return `It names the ${things} but does not list them, so it does not say which is the ${word}.`;
  if (count === undefined || place <= count) return undefined;
  return `It lists only ${CARDINALS[count] ?? count}; there is no ${word}.`;
}

/**
 * "How many reasons are given…": a list near the best hits that names what is counted (in a
 * sentence of it, or leading into it or drawing it together), or one sentence listing them
 * within itself, answers with its length and items.
 */
export function countFromList(question: string, hits: readonly Hit[], passages: readonly Passage[], nouns: readonly string[]): Answer | undefined {
  const gives = (count: number) => `The thesis gives ${CARDINALS[count] ?? count}. `;
  const list = nearList(hits, passages, true);
  if (list && listMentions(list, nouns, true)) return listAnswer(question, list, hits, gives(list.items.length));
  // "How many paths…" of items listed within one sentence ("…; …; …. Through the above four
  // paths…"), when the thesis counts them by that name itself: the items of "four basic
  // experiences of Urumqi Community Governance: …" are no count of communities.
  const count = inlineItemCount(question, hits, passages);
  const thing = firstPlural(question)?.word;
  if (count === undefined || !thing) return undefined;
  const counted = new RegExp(`\\b(?:${CARDINALS[count] ?? count}|${count})\\s+(?:[\\p{L}-]+\\s+){0,2}?${escapeRegExp(thing)}\\b`, 'iu');
  // Its numbered items each start a line, the count too.
  const inline = answerInlineList(question, hits, passages, undefined, `${gives(count).trim()}\n`);
  const where = new Set(inline?.citations.map((c) => c.section));
  return inline && passages.some((p) => where.has(p.section.id) && counted.test(p.text)) ? inline : undefined;
}

/**
 * What a list the thesis gives settles before the usual answer: an item past its end, or one
 * thing asked for by name that the thesis never names or by a rank it never gives (the reason to refuse, as a string), or "how many…" of what it lists when `counted` holds the
 * counted nouns (the answer). Undefined when it settles nothing.
 */
export function settledByList(question: string, hits: readonly Hit[], passages: readonly Passage[], counted?: readonly string[]): Answer | string | undefined {
  return othersUnlisted(question, hits, passages) ?? pickedFromUnlisted(question, hits, passages) ?? unspecified(question, hits, passages) ?? unnamedOne(question, hits) ?? unrankedOne(question, hits) ?? beyondList(question, hits, passages) ?? (counted ? countFromList(question, hits, passages, counted) : undefined);
}

/** "Which two of the four dangers…", "which one of the styles…": some picked out of a set. */
const PICKED = /\bwhich\s+(?:one|two|three|four|five|\d+)\s+of\s+(?:the|its|these|those)\b/iu;

/** Why "which two of the four dangers are economic?" cannot be answered when the thesis only names them. */
function pickedFromUnlisted(question: string, hits: readonly Hit[], passages: readonly Passage[]): string | undefined {
  const things = PICKED.test(question) ? namedInTop(question, hits, passages) : undefined;
  const top = hits[0]?.passage;
  if (!things || !top) return undefined;
  // "Which one of the three fine styles is close contact?" is answered by the sentence naming it.
  const named = new Set(tokenize(things).map((t) => t.stem));
  const asked = tokenize(question).filter((t) => !isStopword(t.word) && !named.has(t.stem) && !/^\d+$/u.test(t.stem));
  return asked.every((t) => top.stems.has(t.stem)) ? undefined : `It names the ${things} but does not list them, so it does not say which.`;
}

/**
 * "What are the other three dangers?", "the fine styles besides close contact": the rest of
 * things the best sentence only names ("one of the three fine styles"), whatever count the
 * question puts on them, is not in the thesis. Undefined when the question asks no such thing
 * or the things are listed.
 */
export function othersUnlisted(question: string, hits: readonly Hit[], passages: readonly Passage[]): string | undefined {
  if (!asksForOthers(question)) return undefined;
  const things = namedInTop(question, hits, passages);
  return things ? `It names the ${things} but does not say what the others are.` : undefined;
}
