import type { Hit, Passage } from '../retrieval/search.ts';
import { type Token, tokenize } from '../retrieval/terms.ts';
import { citeSentence, readable, tagOf } from './cite.ts';
import { inlineItems, introduces, itemAsked, namedThing } from './enumeration.ts';
import type { Answer } from './types.ts';

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
  const top = hits[0]?.passage;
  if (top && inlineItems(top.text).length > 0 && introduces(top.text, thing)) return { list: top };
  if (!thing) return undefined;
  const recap = passages.find((p) => {
    const before = passages[p.index - 1];
    return before?.section === p.section && recaps(p.text, thing) && inlineItems(before.text).length > 0;
  });
  const list = recap ? passages[recap.index - 1] : undefined;
  return list ? { list, recap } : undefined;
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
  const start = found.list.start + found.list.text.indexOf(item);
  const score = (p: Passage) => hits.find((h) => h.passage.start === p.start)?.score ?? 0;
  const citations = [citeSentence(found.list.section, { text: item, start, end: start + item.length }, score(found.list))];
  if (found.recap) citations.push(citeSentence(found.recap.section, found.recap, score(found.recap)));
  const told = readable(item).replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  const recap = found.recap ? ` ${readable(found.recap.text)} ${tagOf(found.recap.section.id)}` : '';
  return { question, answer: `${told}. ${tagOf(found.list.section.id)}${recap}`, abstained: false, citations, nearest: [] };
}
