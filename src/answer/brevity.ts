import type { Answer } from './types.ts';

/** A citation tag closing a sentence of an answer: "[Ch. 4]", "[Intro]", "[Overview]". */
const TAG = /\[[^\]\n]+\]/u;

/**
 * The answer cut to its first cited sentence, with that sentence's citation: what "in one
 * sentence" or "shorter, please" asks of an answer that quotes several. A note said before it
 * ("The thesis names the four dangers but does not list them.") stays; a numbered list, whose
 * items are the answer, and a refusal are left whole.
 */
export function firstSentenceOnly(answer: Answer): Answer {
  const tag = TAG.exec(answer.answer);
  const [first] = answer.citations;
  if (answer.abstained || !tag || !first || /^\s*1\.\s/mu.test(answer.answer)) return answer;
  return { ...answer, answer: answer.answer.slice(0, tag.index + tag[0].length), citations: [first] };
}
