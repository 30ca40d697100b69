import { CARDINALS } from '../ingest/ordinals.ts';
import { tokenize } from '../retrieval/terms.ts';
import { countAsked } from './count-asked.ts';
import type { Answer } from './types.ts';

/** Numbers as the thesis writes them before what it counts: "six", "20", "millions of". */
const NUMBER = new RegExp(`^(?:\\d{1,6}|${CARDINALS.slice(1).join('|')}|hundreds|thousands|millions|dozens)$`, 'iu');

/** Words that hedge a number ("about two thirds", "more than 300"): said with it, or the count is overstated. */
const HEDGE = /(?:\b(?:about|around|nearly|almost|over|some|roughly|approximately|(?:more|fewer|less)\s+than)\s+)$/iu;

/** How many words may stand between the number and the thing counted ("four basic experiences", "millions of party members"). */
const MAX_BETWEEN = 2;

/**
 * The count the first quote gives of what `nouns` name, as the thesis writes it ("six stages",
 * "four basic experiences", "millions of Party members"); undefined when it gives none.
 */
export function countIn(sentence: string, nouns: readonly string[]): string | undefined {
  const tokens = tokenize(sentence);
  for (const [i, t] of tokens.entries()) {
    if (!nouns.includes(t.stem)) continue;
    for (let j = i - 1; j >= Math.max(0, i - 1 - MAX_BETWEEN); j--) {
      const n = tokens[j];
      if (!n || !NUMBER.test(n.word)) continue;
      const hedge = HEDGE.exec(sentence.slice(0, n.start))?.[0] ?? '';
      return sentence.slice(n.start - hedge.length, t.end);
    }
  }
  return undefined;
}

/**
 * "How many stages…?" answered by a sentence that says "six stages" somewhere in its length:
 * the count is said first ("Six stages."), so the reader need not search the quote for it.
 * An answer that already opens with its count, or one that gives none, is left as it is.
 */
export function withCountLead(answer: Answer, question: string): Answer {
  const asked = answer.abstained ? undefined : countAsked(question, false);
  const quote = answer.citations[0]?.quote;
  if (asked?.kind !== 'count' || !quote || answer.citations[0]?.section === 'metadata') return answer;
  const count = countIn(quote, asked.nouns);
  if (!count || answer.answer.toLowerCase().startsWith(count.toLowerCase()) || /^The thesis gives\b/u.test(answer.answer)) return answer;
  return { ...answer, answer: `${count.charAt(0).toUpperCase()}${count.slice(1)}. ${answer.answer}` };
}
