import type { Hit, Passage } from '../retrieval/search.ts';
import { contentStems } from '../retrieval/terms.ts';
import { citeSentence, readable, scoreAmong, tagOf } from './cite.ts';
import { itemAsked, namedThing } from './enumeration.ts';
import type { Answer } from './types.ts';

/** Two things named by count: "two functions of contraction and expansion", "both stability and flexibility". */
const PAIR = /\b(?:two|both)\s+(?:\p{L}+\s+of\s+)?([\p{L}-]+(?:\s+[\p{L}-]+){0,2})\s+and\s+([\p{L}-]+(?:\s+[\p{L}-]+){0,2})(?=\s*[,;.]|\s*$)/iu;

/** How many of the best hits may hold the pair asked about. */
const PAIR_HITS = 3;

/** The two things a sentence names as a pair, with where each starts in it, or undefined. */
export function pairIn(text: string): Array<{ item: string; at: number }> | undefined {
  const m = PAIR.exec(text);
  if (!m?.[1] || !m[2]) return undefined;
  const first = m.index + m[0].indexOf(m[1]);
  return [{ item: m[1], at: first }, { item: m[2], at: m.index + m[0].lastIndexOf(m[2]) }];
}

/**
 * "Explain the first one", "and the second?" of a sentence naming two things ("has two
 * functions of contraction and expansion"): that thing, quoted where the pair names it, then
 * the sentence of the same section that speaks of it without the other ("Through the
 * contraction of the circle, the power… is gathered"). Undefined when no pair is near the top.
 */
export function answerPairItem(question: string, hits: readonly Hit[], passages: readonly Passage[]): Answer | undefined {
  const place = itemAsked(question);
  if (place === undefined || place > 2) return undefined;
  const list = hits.slice(0, PAIR_HITS).find((h) => pairIn(h.passage.text))?.passage;
  const pair = list && pairIn(list.text);
  // "The first condition" is none of the "two functions": a pair of other things is no answer.
  const thing = namedThing(question);
  if (!list || !pair || (thing && !list.stems.has(thing.stem))) return undefined;
  const asked = pair[place === 1 ? 0 : 1];
  const other = pair[place === 1 ? 1 : 0];
  if (!asked || !other) return undefined;
  const mine = contentStems(asked.item);
  const theirs = contentStems(other.item).filter((t) => !mine.includes(t));
  const about = passages.find((p) => p.section === list.section && p !== list && mine.every((t) => p.stems.has(t)) && !theirs.some((t) => p.stems.has(t)));
  const start = list.start + asked.at;
  const citations = [citeSentence(list.section, { text: asked.item, start, end: start + asked.item.length }, scoreAmong(hits, list))];
  if (about) citations.push(citeSentence(about.section, about, scoreAmong(hits, about)));
  const named = `${asked.item.replace(/^\p{Ll}/u, (c) => c.toUpperCase())}. ${tagOf(list.section.id)}`;
  const told = about ? ` ${readable(about.text)} ${tagOf(about.section.id)}` : '';
  return { question, answer: `${named}${told}`, abstained: false, citations, nearest: [] };
}
