import type { Answer } from './types.ts';

/** A citation tag closing a sentence of an answer: "[Ch. 4]", "[Intro]", "[Overview]". */
const TAG = /\[[^\]\n]+\]/gu;

/**
 * The answer cut to its first `count` cited sentences, with their citations: what "in one
 * sentence", "in two sentences" or "shorter, please" asks of an answer that quotes more. A
 * note said before them ("The thesis names the four dangers but does not list them.") stays;
 * a numbered list, whose items are the answer, and a refusal are left whole.
 */
export function firstSentencesOnly(answer: Answer, count = 1): Answer {
  const tags = [...answer.answer.matchAll(TAG)];
  const last = tags[count - 1];
  if (answer.abstained || !last || /^\s*1\.\s/mu.test(answer.answer)) return answer;
  return { ...answer, answer: answer.answer.slice(0, last.index + last[0].length), citations: answer.citations.slice(0, count) };
}
