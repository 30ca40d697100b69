import { wordCount } from '../ingest/words.ts';
import type { Hit, Passage } from '../retrieval/search.ts';
import { citeSentence, scoreAmong, withTags } from './cite.ts';
import { type Enumeration, findEnumerations, inlineItems, itemAsked, namedThing, namesList } from './enumeration.ts';
import { answerInlineItem, answerInlineList } from './inline-item.ts';
import { answerPairItem } from './pair-item.ts';
import { keptItems, withoutAside } from './list-aside.ts';
import type { Answer, Citation } from './types.ts';

/**
 * Questions whose answer is a list: "What are the reasons…", "list the…", "tell me the
 * experiences…", "the three points", "which basic experiences did it yield?".
 */
const LIST_QUESTION =
  /\b(?:what|which)\s+(?:are|were)\b|^\s*(?:which|what)\s+(?:[\p{L}-]+\s+)?[\p{L}-]+[^s\s'’]s\s+(?:did|does|do|have|has|had|were|are)\b|\b(?:list|enumerate|give)\b|^\s*(?:please\s+)?(?:tell|show)\s+(?:me|us)\s+(?:all\s+)?(?:the|its)\s+(?:[\p{L}-]+\s+)?[\p{L}-]+[^s\s'’]s\b|(?<!\b(?:the|a|its)\s+)\bname\b(?!\s+of\b)|\b(?:reasons|grounds|points)\b|\bjustif(?:y|ies|ied|ication)\b/iu;

/** "The three points", "four experiences": a count of things, which asks for them unless the question asks how or why. */
const COUNTED_THINGS = /\b(?:two|three|four|five|six|seven|[2-7])\s+(?:\p{L}+\s+)?\p{L}+s\b/iu;

/** "How does the author get the four experiences?", "in which chapter are the four paths?": asks the way or the place, not the things. */
const MANNER_QUESTION = /^\s*(?:how|why|when|where)\b|^\s*(?:in\s+)?(?:which|what)\s+(?:chapters?|sections?|parts?)\b/iu;

/** Whether a question asks for the items of a list. */
function asksForList(question: string): boolean {
  return LIST_QUESTION.test(question) || (COUNTED_THINGS.test(question) && !MANNER_QUESTION.test(question));
}

/** "Why…": its answer may be a list of reasons, when the best hits speak of the list as a whole. */
const WHY_QUESTION = /\bwhy\b/iu;

/** How much of a "why" question's topic the sentence speaking of a whole list must hold. */
const WHY_COVERAGE = 0.9;

/** Words by which a sentence announces a list it begins: "as follows", "the following", "…: first". */
const ANNOUNCES = /\bas\s+follows\b|\bthe\s+following\b|:\s*first\b/iu;

/** How close to the best a hit must score to count as near the top. */
const NEAR_TOP = 0.6;

/**
 * The list the best hit belongs to, if any: for a "why", the best hit speaks of the list as a
 * whole; for a list question, it does, or it is an item with another of the list's sentences
 * near; for `oneItem` asked by its place, any of its sentences will do.
 */
export function nearList(hits: readonly Hit[], passages: readonly Passage[], listed: boolean, oneItem = false): Enumeration | undefined {
  const [top] = hits;
  if (!top) return undefined;
  const near = new Set(hits.filter((h) => h.score >= NEAR_TOP * top.score).slice(0, 3).map((h) => h.passage.start));
  return findEnumerations(passages.filter((p) => p.section === top.passage.section)).find((e) => {
    const whole = [e.lead, e.recap].filter((p) => p !== undefined).map((p) => p.start);
    const items = e.items.map((p) => p.start);
    // A "why" is answered by the list only when the best hit speaks of it as a whole and of all
    // the question asks: "Why is the party-masses relationship central?" is answered by one
    // item, and "why choose Urumqi?" is not answered by the reasons for choosing a framework.
    if (!listed) return whole.includes(top.passage.start) && top.coverage >= WHY_COVERAGE;
    // The best hit must belong to the list and, unless one item is asked for by its place,
    // another of its sentences be near it.
    if (!whole.includes(top.passage.start) && !items.includes(top.passage.start)) return false;
    // "The reasons are as follows: first, …": a first item that announces the list speaks of it whole.
    const announces = items[0] === top.passage.start && ANNOUNCES.test(top.passage.text);
    return oneItem || announces || whole.includes(top.passage.start) || [...whole, ...items].filter((start) => near.has(start)).length >= 2;
  });
}

/** A sentence cited with its score among the hits (0 when it was not one). */
function citeFrom(hits: readonly Hit[]): (p: Passage) => Citation {
  return (p) => citeSentence(p.section, p, scoreAmong(hits, p));
}

/** The list's items in order, then the sentence drawing them together; the citations by relevance. */
export function listAnswer(question: string, list: Enumeration, hits: readonly Hit[], opening = '', items = list.items): Answer {
  const reading = [...items, ...(list.recap ? [list.recap] : [])].map(citeFrom(hits));
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
export function answerFromList(question: string, hits: readonly Hit[], passages: readonly Passage[], shown?: ReadonlySet<number>, aside?: ReadonlySet<number>): Answer | undefined {
  // "Other than the first, what are the reasons?" asks for the reasons, not for the first.
  const asked = itemAsked(withoutAside(question));
  // "What else?" after one item: the rest of its list comes from the question asked before.
  if (asked !== undefined && aside) return undefined;
  if (asked !== undefined) {
    const fits = (item: Answer | undefined) => (item && (namedThing(question) || !shown || shownNear(item, passages, shown)) ? item : undefined);
    const of = (found: readonly Hit[]) => fits(answerItem(question, asked, found, passages)) ?? fits(answerInlineItem(question, found, passages)) ?? fits(answerPairItem(question, found, passages));
    // "The third one" after a list: the list just shown, when the best hits are of another.
    // Of the sentences just shown, one that lists items within itself comes first.
    const listing = (h: Hit) => (inlineItems(h.passage.text).length > 0 ? 0 : 1);
    return of(hits) ?? (shown ? of(hits.filter((h) => holds(h.passage, shown)).sort((a, b) => listing(a) - listing(b))) : undefined);
  }
  const listed = asksForList(question);
  if (!listed && !WHY_QUESTION.test(question)) return undefined;
  const list = nearList(hits, passages, listed);
  // Of a list, the items not set aside by the question or already shown; after "what else?"
  // only a list with some of it shown and some left is the answer.
  const kept = list ? keptItems(question, list.items, (p) => p.text, aside) : undefined;
  if (list) return aside && !kept ? undefined : listAnswer(question, list, hits, '', kept ?? list.items);
  if (listed) return answerInlineList(question, hits, passages, aside);
  return aside ? undefined : explainedItem(question, hits, passages);
}

/**
 * "Why is the party's leadership the core of community governance?" when the best hit is one
 * item of a list of reasons: the item alone states the claim, the sentences after it say why.
 */
function explainedItem(question: string, hits: readonly Hit[], passages: readonly Passage[]): Answer | undefined {
  const [top] = hits;
  if (!top || top.coverage < WHY_COVERAGE) return undefined;
  const list = findEnumerations(passages.filter((p) => p.section === top.passage.section)).find((e) => e.items.some((p) => p.start === top.passage.start));
  const item = list?.items.find((p) => p.start === top.passage.start);
  return list && item ? itemAnswer(question, list, item, hits, passages) : undefined;
}

/** Whether a passage holds something quoted (a sentence, or an item within one) from `starts`. */
function holds(p: Passage, starts: ReadonlySet<number>): boolean {
  return [...starts].some((start) => start >= p.start && start < p.end);
}

/** How far, in characters, a sentence just shown may be from a list for "the second one" to mean it. */
const LIST_REACH = 1500;

/**
 * Whether the conversation has just shown a sentence near the item found: "the second one"
 * names nothing, so in a conversation it is of a list just shown, not of one elsewhere.
 */
function shownNear(item: Answer, passages: readonly Passage[], shown: ReadonlySet<number>): boolean {
  const near = passages.filter((p) => holds(p, shown));
  return item.citations.some((c) => near.some((p) => p.section.id === c.section && Math.abs(p.start - c.start) < LIST_REACH));
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
  return itemAnswer(question, list, item, hits, passages);
}

/** One item of a list, with the sentences after it that explain it, up to the next item. */
function itemAnswer(question: string, list: Enumeration, item: Passage, hits: readonly Hit[], passages: readonly Passage[]): Answer {
  const next = list.items[list.items.indexOf(item) + 1];
  const reading = [item];
  let words = wordCount(item.text);
  for (const p of passages.slice(passages.indexOf(item) + 1)) {
    if (p === next || p === list.recap || p.section !== item.section || words + wordCount(p.text) > MAX_ITEM_WORDS) break;
    reading.push(p);
    words += wordCount(p.text);
  }
  const citations = reading.map(citeFrom(hits));
  return { question, answer: withTags(citations), abstained: false, citations, nearest: [] };
}
