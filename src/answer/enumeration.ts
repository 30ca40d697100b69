import { CARDINALS, numberOf } from '../ingest/ordinals.ts';
import type { Hit, Passage } from '../retrieval/search.ts';
import { isStopword, tokenize, type Token } from '../retrieval/terms.ts';
import { wordCount } from '../ingest/words.ts';
import { citeSentence, withTags } from './cite.ts';
import type { Answer } from './types.ts';

/** "First,", "Secondly,", "Third:" opening a sentence, or "…as follows: first," inside one: the item's number. */
function ordinalAt(text: string): number | undefined {
  const m = /^(?:.*?[:：]\s*)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?:ly)?\s*[,，:：]/iu.exec(text);
  return m?.[1] ? numberOf(m[1]) : undefined;
}

/** "Based on the above three points", "these reasons": a sentence drawing the items together. */
const RECAP = /\b(?:above|these|those|foregoing|preceding)\s+(?:\p{L}+\s+)?(?:points|reasons|aspects|factors|grounds|considerations)\b/iu;

/** How many sentences may part one item from the next (an item's own explanation). */
const MAX_GAP = 8;

/** Items a text lists one sentence each ("first, … Second, … Third, …"), with the sentences around them. */
export interface Enumeration {
  readonly items: readonly Passage[];
  /** The sentence that leads into the list ("…which is why X is chosen."), if any. */
  readonly lead?: Passage | undefined;
  /** The sentence that draws the items together after them ("Based on the above three points…"), if any. */
  readonly recap?: Passage | undefined;
}

/** The lists a section's sentences hold, found by their ordinal openers, in document order. */
export function findEnumerations(passages: readonly Passage[]): Enumeration[] {
  const found: Enumeration[] = [];
  passages.forEach((p, i) => {
    if (ordinalAt(p.text) !== 1) return;
    const items = [p];
    let at = i;
    for (let j = i + 1; j < passages.length && j - at <= MAX_GAP; j++) {
      const next = passages[j];
      if (!next || next.section !== p.section) break;
      const n = ordinalAt(next.text);
      if (n === 1) break;
      if (n === items.length + 1) {
        items.push(next);
        at = j;
      }
    }
    if (items.length < 2) return;
    const same = (q: Passage | undefined) => (q?.section === p.section ? q : undefined);
    const after = passages.slice(at + 1, at + 1 + MAX_GAP).filter((q) => q.section === p.section);
    found.push({ items, lead: same(passages[i - 1]), recap: after.find((q) => RECAP.test(q.text)) });
  });
  return found;
}

/** Questions whose answer is a list: "What are the reasons…", "list the…", "the three points". */
const LIST_QUESTION =
  /\b(?:what|which)\s+(?:are|were)\b|\b(?:list|enumerate|name|give)\b|\b(?:two|three|four|five|six|seven|[2-7])\s+\p{L}+s\b|\b(?:reasons|grounds|points)\b|\bjustif(?:y|ies|ied|ication)\b/iu;

/** "Why…": its answer may be a list of reasons, when the best hits speak of the list as a whole. */
const WHY_QUESTION = /\bwhy\b/iu;

/** How close to the best a hit must score to count as near the top. */
const NEAR_TOP = 0.6;

/**
 * The list the best hit belongs to, if any: for a "why", the best hit speaks of the list as a
 * whole; for a list question, it does, or it is an item with another of the list's sentences
 * near; for `oneItem` asked by its place, any of its sentences will do.
 */
function nearList(hits: readonly Hit[], passages: readonly Passage[], listed: boolean, oneItem = false): Enumeration | undefined {
  const [top] = hits;
  if (!top) return undefined;
  const near = new Set(hits.filter((h) => h.score >= NEAR_TOP * top.score).slice(0, 3).map((h) => h.passage.start));
  return findEnumerations(passages.filter((p) => p.section === top.passage.section)).find((e) => {
    const whole = [e.lead, e.recap].filter((p) => p !== undefined).map((p) => p.start);
    const items = e.items.map((p) => p.start);
    // A "why" is answered by the list only when the best hit speaks of it as a whole; "Why is
    // the party-masses relationship central?" is answered by one item.
    if (!listed) return whole.includes(top.passage.start);
    // The best hit must belong to the list and, unless one item is asked for by its place,
    // another of its sentences be near it.
    if (!whole.includes(top.passage.start) && !items.includes(top.passage.start)) return false;
    return oneItem || whole.includes(top.passage.start) || [...whole, ...items].filter((start) => near.has(start)).length >= 2;
  });
}

/** The list's items in order, then the sentence drawing them together; the citations by relevance. */
function listAnswer(question: string, list: Enumeration, hits: readonly Hit[], opening = ''): Answer {
  const scoreOf = (p: Passage) => hits.find((h) => h.passage.start === p.start)?.score ?? 0;
  const reading = [...list.items, ...(list.recap ? [list.recap] : [])].map((p) => citeSentence(p.section, p, scoreOf(p)));
  const citations = [...reading].sort((a, b) => b.score - a.score);
  return { question, answer: `${opening}${withTags(reading)}`, abstained: false, citations, nearest: [] };
}

/**
 * For a question asking for a list or for reasons, when the best hits speak of a list as a
 * whole (the sentence leading into it, or the one drawing it together) or, for a list, hold
 * two of its items, the answer is the list: each item in order, then the sentence drawing
 * them together. A question answered by one item ("what is the core of…") is left to the
 * usual answer.
 */
export function answerFromList(question: string, hits: readonly Hit[], passages: readonly Passage[]): Answer | undefined {
  const asked = itemAsked(question);
  if (asked !== undefined) return answerItem(question, asked, hits, passages);
  const listed = LIST_QUESTION.test(question);
  if (!listed && !WHY_QUESTION.test(question)) return undefined;
  const list = nearList(hits, passages, listed);
  return list ? listAnswer(question, list, hits) : undefined;
}

/** "The second one", "the third reason", "the last point": one item asked for, by its place. */
const ITEM_ASKED = /\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)\b(?!\s+(?:chapter|section|part|half|sentence|paragraph|page|line|time|of\s+all)\b)/iu;

/** The place of the item asked for ("the second one": 2; "the last": 0), or undefined. */
export function itemAsked(question: string): number | undefined {
  const word = ITEM_ASKED.exec(question)?.[1]?.toLowerCase();
  if (!word) return undefined;
  return word === 'last' ? 0 : numberOf(word);
}

/** The word after the ordinal ("the third path": path), unless it is "one". */
function namedThing(question: string): Token | undefined {
  const after = /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)\s+(\p{L}+)/iu.exec(question)?.[1] ?? '';
  return tokenize(after).filter((t) => !isStopword(t.word) && !/^ones?$/iu.test(t.word))[0];
}

/**
 * Whether the thing asked for by its place ("the third path") is what the list lists: its
 * word is in one of the list's sentences ("The reasons are as follows…"). "The second one" or
 * "the third?" names nothing, and fits any list.
 */
function namesList(question: string, list: Enumeration): boolean {
  const word = namedThing(question);
  if (!word) return true;
  return [...list.items, list.lead, list.recap].some((p) => p !== undefined && tokenize(p.text).some((t) => t.stem === word.stem));
}

/** The parts of a sentence between semicolons and colons, without their end marks. */
export function clausesOf(text: string): string[] {
  return text.split(/(?<=[;:：；])/u).map((c) => c.replace(/[;:：；.!?。]+$/u, '').trim());
}

/**
 * The items a sentence lists after a colon ("four basic experiences: …; …; …; …") or, with no
 * colon, between semicolons; fewer than three make no list.
 */
export function inlineItems(text: string): string[] {
  const colon = text.search(/[:：]/u);
  const items = clausesOf(colon >= 0 ? text.slice(colon + 1) : text);
  return items.length >= 3 ? items : [];
}

/** How near the colon the word for what is listed must be: "draws four basic experiences of X:". */
const INTRO_WORDS = 8;

/** Whether the words just before a sentence's colon name `thing` (any thing, when none is named). */
function introduces(text: string, thing: Token | undefined): boolean {
  if (!thing) return true;
  const colon = text.search(/[:：]/u);
  return colon >= 0 && tokenize(text.slice(0, colon)).slice(-INTRO_WORDS).some((t) => t.stem === thing.stem);
}

/**
 * Why an item asked for by its place is not there ("the fifth basic experience" of four): the
 * list near the best hits, or in the best sentence, is shorter. Undefined when it is not.
 */
export function beyondList(question: string, hits: readonly Hit[], passages: readonly Passage[]): string | undefined {
  const place = itemAsked(question);
  const [top] = hits;
  if (!place || !top) return undefined;
  const list = nearList(hits, passages, true, true);
  const inline = inlineItems(top.passage.text);
  const named = namedThing(question);
  const count = list && namesList(question, list) ? list.items.length : inline.length > 0 && introduces(top.passage.text, named) ? inline.length : undefined;
  if (count === undefined || place <= count) return undefined;
  const word = ITEM_ASKED.exec(question)?.[1]?.toLowerCase() ?? '';
  return `It lists only ${CARDINALS[count] ?? count}; there is no ${word}.`;
}

/** Words at most for an item and the sentences that explain it. */
const MAX_ITEM_WORDS = 100;

/**
 * "What's the second one?" of a list near the best hits: that item, with the sentences after
 * it that explain it, up to the next item. Undefined when no list is near or it is shorter.
 */
function answerItem(question: string, place: number, hits: readonly Hit[], passages: readonly Passage[]): Answer | undefined {
  const list = nearList(hits, passages, true, true);
  const item = list ? (place === 0 ? list.items.at(-1) : list.items[place - 1]) : undefined;
  if (!list || !item || !namesList(question, list)) return undefined;
  const next = list.items[list.items.indexOf(item) + 1];
  const reading = [item];
  let words = wordCount(item.text);
  for (const p of passages.slice(item.index + 1)) {
    if (p === next || p === list.recap || p.section !== item.section || words + wordCount(p.text) > MAX_ITEM_WORDS) break;
    reading.push(p);
    words += wordCount(p.text);
  }
  const scoreOf = (p: Passage) => hits.find((h) => h.passage.start === p.start)?.score ?? 0;
  const citations = reading.map((p) => citeSentence(p.section, p, scoreOf(p)));
  return { question, answer: withTags(citations), abstained: false, citations, nearest: [] };
}

/**
 * "How many reasons are given…": a list near the best hits that names what is counted (in the
 * sentence opening it, leading into it or drawing it together) answers with its length and items.
 */
export function countFromList(question: string, hits: readonly Hit[], passages: readonly Passage[], nouns: readonly string[]): Answer | undefined {
  const list = nearList(hits, passages, true);
  const [first] = list?.items ?? [];
  if (!list || !first) return undefined;
  const named = [first, list.lead, list.recap].some((p) => p !== undefined && tokenize(p.text).some((t) => nouns.includes(t.stem)));
  const count = CARDINALS[list.items.length] ?? String(list.items.length);
  return named ? listAnswer(question, list, hits, `The thesis gives ${count}. `) : undefined;
}
