import { TAG } from './cite.ts';
import type { Answer } from './types.ts';

/**
 * The words that ask for the answer's form: "in bullet points", "as a (numbered) list", "three
 * key bullets", "numbered", "point by point", "one per line", "itemized", "as a table". Said
 * here once for the three readers of them: the question answered (laid out), a follow-up that is
 * nothing else ("as bullet points?") and the search (form words are no topic). "List" alone
 * ("list the four paths") asks for the items, so it counts only after "as" or "in".
 */
export const LAYOUT_WORDS = String.raw`(?:\b(?:as|in(?:to)?)\s+(?:a\s+)?)?\b(?:(?:two|three|four|five|\d)\s+)?(?:(?:key|main)\s+)?bullet(?:ed|s)?(?:[-\s]?(?:points?|pointed|list))?\b|\b(?:(?:as|in(?:to)?)\s+(?:a\s+)?(?:(?:numbered|bulleted)\s+)?(?:list(?:\s+form)?|table|points)|(?:a\s+)?numbered\s+list)\b|\bnumbered\b|\bpoint[-\s]by[-\s]point\b|\bone\s+(?:per|a)\s+line\b|\bitemi[sz](?:e[ds]?|ing)\b`;

const LAYOUT_ASKED = new RegExp(LAYOUT_WORDS, 'iu');

/** Whether a question asks for its answer's form: bullets, a list, numbered lines. */
export function asksForLayout(question: string): boolean {
  return LAYOUT_ASKED.test(question);
}

/** The space after a citation tag that ends one of the answer's sentences. */
const AFTER_TAG = new RegExp(String.raw`(?<=${TAG})\s+(?=\S)`, 'u');

/**
 * The answer with each cited sentence on a line of its own, bulleted (or numbered when the
 * question says so), when the question asks for that form and the answer has two sentences or
 * more. A refusal, a single sentence and an answer laid out already keep their form.
 */
export function laidOut(question: string, answer: Answer): Answer {
  if (answer.abstained || answer.answer.includes('\n') || !asksForLayout(question)) return answer;
  const lines = answer.answer.split(AFTER_TAG);
  if (lines.length < 2) return answer;
  const numbered = /\bnumbered\b/iu.test(question);
  return { ...answer, answer: lines.map((line, i) => `${numbered ? `${i + 1}.` : '-'} ${line}`).join('\n') };
}
