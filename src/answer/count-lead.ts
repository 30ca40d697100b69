import { OMITTED } from './in-section.ts';
import { CARDINALS, numberOf } from '../ingest/ordinals.ts';
import { capitalized } from '../ingest/words.ts';
import { stem, tokenize } from '../retrieval/terms.ts';
import { countAsked } from './count-asked.ts';
import { offeredCounts, openingNumber } from './recount.ts';
import { NUMERAL } from './answer-type.ts';
import { readable } from './cite.ts';
import { saysNot } from './refusal.ts';
import type { Answer } from './types.ts';

/** Words that hedge a number ("about two thirds", "more than 300"): said with it, or the count is overstated. */
const HEDGE_WORD = String.raw`(?:about|around|nearly|almost|over|some|roughly|approximately|(?:more|fewer|less)\s+than)`;
const HEDGE = new RegExp(String.raw`(?:\b${HEDGE_WORD}\s+)$`, 'iu');

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
      if (!n || !NUMERAL.test(n.word)) continue;
      const hedge = HEDGE.exec(sentence.slice(0, n.start))?.[0] ?? '';
      return sentence.slice(n.start - hedge.length, t.end);
    }
  }
  return undefined;
}

/** A question word of its own, asking something a count does not answer. */
const OWN_ASKING = /\b(?:what|which|who|whom|why|where|when|how(?!\s+many|\s+much))\b/iu;

/**
 * "How many stages…?" answered by a sentence that says "six stages" somewhere in its length:
 * the count is said first ("Six stages."), so the reader need not search the quote for it.
 * An answer that already opens with its count, or one that gives none, is left as it is.
 */
export function withCountLead(answer: Answer, question: string): Answer {
  // "What happens in them (how many stages?)" asks what happens: the count was the question before's.
  const own = question.replace(/\s*\(.*\)\s*$/su, '');
  const asked = answer.abstained || (own !== question && OWN_ASKING.test(own) && !countAsked(own, false)) ? undefined : countAsked(question, false);
  const quote = answer.citations[0]?.quote;
  if (asked?.kind !== 'count' || !quote || answer.citations[0]?.section === 'metadata') return answer;
  const count = countIn(quote, asked.nouns);
  if (count && EXACT_ASKED.test(own) && VAGUE.test(count)) return noExactCount(answer, count);
  if (!count || answer.answer.toLowerCase().startsWith(count.toLowerCase()) || /^The thesis gives\b/u.test(answer.answer)) return answer;
  return { ...answer, answer: `${capitalized(count)}. ${answer.answer}` };
}

/** "How many…, exactly?", "the exact number of…": a figure, not a round word for one. */
const EXACT_ASKED = /\b(?:exactly|precisely|exact|precise)\b/iu;
/** A count that is no figure: "hundreds of clues", "millions of Party members". */
const VAGUE = new RegExp(String.raw`^(?:${HEDGE_WORD}\s+)?(?:dozens|hundreds|thousands|millions|billions)\b`, 'iu');

/** "How many clues exactly?" of a text that says "hundreds of clues": it gives no figure, and says what it does give. */
function noExactCount(answer: Answer, count: string): Answer {
  const [first] = answer.citations;
  const nearest = first ? [{ section: first.section, label: first.label, title: first.title }] : [];
  // "Millions of Party members" opening its sentence is no name: it is quoted in the middle of ours.
  const said = count.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());
  return saysNot(answer.question, `It gives no exact figure, only “${said}”.`, nearest);
}

/** "Is the thesis divided into three parts?", "does chapter 2 give six stages?": a count asked to be confirmed. */
const COUNT_CONFIRMED = new RegExp(String.raw`^\s*(?:(?:and|so|but|wait)[\s,]+)?(?:is|are|was|were|does|do|did|has|have|had)\b.*?\b(\d{1,3}|${CARDINALS.slice(2).join('|')})\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+s)\b`, 'iu');

/**
 * "Is the thesis divided into three parts?" answered by a sentence that says "three parts":
 * "Yes." first. (A count the thesis gives otherwise is answered "No: …" before this is reached.)
 */
export function withCountConfirmed(answer: Answer, question: string): Answer {
  const m = answer.abstained ? null : COUNT_CONFIRMED.exec(question);
  const quote = answer.citations[0]?.quote;
  // Only an answer that opens with the quote: "Chapter 5 does not say; elsewhere…" is no yes.
  if (!m?.[1] || !m[2] || !quote || !answer.answer.startsWith(readable(quote).slice(0, 20))) return answer;
  const said = countIn(quote, [stem(m[2])]);
  const number = openingNumber(said);
  // "Six stages or five?" offers two counts: a "Yes" would not say which, so the count is said.
  const offered = offeredCounts(question);
  if (said && offered.length > 0 && [numberOf(m[1]), ...offered].includes(number)) return { ...answer, answer: `${capitalized(said)}. ${answer.answer}` };
  const same = said !== undefined && number === numberOf(m[1]);
  // "Does chapter 2 skip the six stages?" is answered the other way round.
  return same ? { ...answer, answer: `${OMITTED.test(question) ? 'No' : 'Yes'}. ${answer.answer}` } : answer;
}
