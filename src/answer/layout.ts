import type { Answer } from './types.ts';

/**
 * "In bullet points", "as a list", "numbered", "point by point", "one per line": the reader
 * asks for the answer's form, not for more of it. "Bullet" and "list" alone are enough: the
 * thesis has no bullets, and "list" asks for items, which lines show best.
 */
const LAYOUT_ASKED = /\bbullet(?:ed|s)?\b|\bbullet[-\s]?points?\b|\b(?:as|in(?:to)?)\s+(?:a\s+)?(?:numbered\s+|bulleted\s+)?list(?:\s+form)?\b|\bnumbered\b|\bpoint[-\s]by[-\s]point\b|\bone\s+(?:per|a)\s+line\b|\bitemi[sz]e[ds]?\b/iu;

/** Whether a question asks for its answer's form: bullets, a list, numbered lines. */
export function asksForLayout(question: string): boolean {
  return LAYOUT_ASKED.test(question);
}

/** The space after a citation tag that ends one of the answer's sentences. */
const AFTER_TAG = /(?<=\[(?:Ch\. \d+|Intro|Overview|Conclusion|Metadata|[a-z-]+)\])\s+(?=\S)/u;

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
