import type { Hit, Passage } from '../retrieval/search.ts';
import { type Token, tokenize } from '../retrieval/terms.ts';
import { citeSentence, readable, scoreAmong, tagOf } from './cite.ts';
import { firstPlural, inlineItems, introduces, itemAsked, namedThing } from './enumeration.ts';
import type { Answer, Citation } from './types.ts';
import { keptItems } from './list-aside.ts';

/** Words that draw together items given before: "through the above four paths". */
const RECAP_WORDS = new Set(['above', 'these', 'those', 'foregoing', 'preceding', 'aforementioned']);

/** Whether a sentence draws together items by the name asked for ("the above four paths" for "path"). */
function recaps(text: string, thing: Token): boolean {
  const tokens = tokenize(text);
  return tokens.some((t, i) => RECAP_WORDS.has(t.word.toLowerCase()) && tokens.slice(i + 1, i + 3).some((u) => u.stem === thing.stem));
}

/** A sentence listing items within itself, and the sentence after it that names them, if one does. */
export interface InlineList {
  readonly list: Passage;
  readonly recap?: Passage | undefined;
}

/**
 * The sentence whose inline items a question asks about by place: the best hit, when it lists
 * items after words naming what is asked ("four basic experiences: …; …"), or the sentence
 * before one that draws them together by that name ("…; …; …. Through the above four paths…").
 */
export function inlineListFor(question: string, hits: readonly Hit[], passages: readonly Passage[]): InlineList | undefined {
  const thing = namedThing(question);
  const list = listingHit(hits, thing);
  if (list) return { list };
  return thing ? recappedList(thing, passages) : undefined;
}

/** Hits at most, and share of the best score at least, that may hold the list asked for. */
const LIST_HITS = { count: 3, share: 0.7 };

/**
 * The best hit that lists items within itself after naming them as `thing`s. The best hit
 * first; one just behind it may be the list when the best only mentions the words apart ("the
 * four experiences" against "the above four paths … valuable experience").
 */
function listingHit(hits: readonly Hit[], thing: Token | undefined): Passage | undefined {
  const best = hits[0]?.score ?? 0;
  const lists = (h: Hit, i: number) => (i === 0 || (thing !== undefined && h.score >= LIST_HITS.share * best)) && inlineItems(h.passage.text).length > 0 && introduces(h.passage.text, thing);
  return hits.slice(0, LIST_HITS.count).find(lists)?.passage;
}

/** The sentence of inline items that the sentence after it draws together as `thing`s, with that sentence. */
function recappedList(thing: Token, passages: readonly Passage[]): InlineList | undefined {
  const recap = passages.find((p) => {
    const before = passages[p.index - 1];
    return before?.section === p.section && recaps(p.text, thing) && inlineItems(before.text).length > 0;
  });
  const list = recap ? passages[recap.index - 1] : undefined;
  return list ? { list, recap } : undefined;
}

/**
 * "What are the four basic experiences?", "list the four paths": the items a sentence lists
 * within itself, when the question's first plural names what they are (just before the colon
 * that opens them, or in the sentence after that draws them together). Each item is quoted
 * alone, numbered, after `opening`.
 */
export function answerInlineList(question: string, hits: readonly Hit[], passages: readonly Passage[], aside?: ReadonlySet<number>, opening = ''): Answer | undefined {
  const found = listOfPlural(question, hits, passages);
  if (!found) return undefined;
  const all = inlineItems(found.list.text).map((item) => itemCitation(found.list, item, hits));
  // Each item keeps its number when some are set aside ("besides the first…"): 2, 3, 4.
  const kept = keptItems(question, all, (c) => c.quote, aside);
  if (aside && !kept) return undefined;
  const items = kept ?? all;
  const told = items.map((c) => `${all.indexOf(c) + 1}. ${sentenceOf(c.quote)} ${tagOf(c.section)}`);
  const recap = found.recap ? citeSentence(found.recap.section, found.recap, scoreAmong(hits, found.recap)) : undefined;
  const answer = opening + [...told, ...(recap ? [`${readable(recap.quote)} ${tagOf(recap.section)}`] : [])].join('\n');
  // The citations by relevance, as for a list given item by item.
  const citations = [...items, ...(recap ? [recap] : [])].sort((a, b) => b.score - a.score);
  return { question, answer, abstained: false, citations, nearest: [] };
}

/** The sentence listing within itself what the question's first plural names ("the four basic experiences", "the paths"). */
function listOfPlural(question: string, hits: readonly Hit[], passages: readonly Passage[]): InlineList | undefined {
  const thing = firstPlural(question);
  if (!thing) return undefined;
  const list = listingHit(hits, thing);
  return list ? { list } : recappedList(thing, passages);
}

/** How many items the sentence answerInlineList would list has, or undefined when there is none. */
export function inlineItemCount(question: string, hits: readonly Hit[], passages: readonly Passage[]): number | undefined {
  const found = listOfPlural(question, hits, passages);
  return found ? inlineItems(found.list.text).length : undefined;
}

/** An item of a list inside a sentence, cited at its own offsets. */
function itemCitation(list: Passage, item: string, hits: readonly Hit[]): Citation {
  const start = list.start + list.text.indexOf(item);
  return citeSentence(list.section, { text: item, start, end: start + item.length }, scoreAmong(hits, list));
}

/** An item as a sentence of the answer: readable, capitalised, with a full stop. */
function sentenceOf(item: string): string {
  return `${readable(item).replace(/^\p{Ll}/u, (c) => c.toUpperCase())}.`;
}

/**
 * "What is the third path?" of items listed within one sentence: that item alone, quoted at
 * its own place in the text, then the sentence naming the items when there is one. Undefined
 * when no such list is found or it is shorter.
 */
export function answerInlineItem(question: string, hits: readonly Hit[], passages: readonly Passage[]): Answer | undefined {
  const place = itemAsked(question);
  if (place === undefined) return undefined;
  const found = inlineListFor(question, hits, passages);
  if (!found) return undefined;
  const items = inlineItems(found.list.text);
  const item = place === 0 ? items.at(-1) : items[place - 1];
  if (!item) return undefined;
  const citations = [itemCitation(found.list, item, hits)];
  if (found.recap) citations.push(citeSentence(found.recap.section, found.recap, scoreAmong(hits, found.recap)));
  const recap = found.recap ? ` ${readable(found.recap.text)} ${tagOf(found.recap.section.id)}` : '';
  return { question, answer: `${sentenceOf(item)} ${tagOf(found.list.section.id)}${recap}`, abstained: false, citations, nearest: [] };
}
