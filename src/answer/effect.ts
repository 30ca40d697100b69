import type { Hit } from '../retrieval/search.ts';
import { tokenize } from '../retrieval/terms.ts';

/**
 * "What happens when the circle contracts?", "what is contraction used for?", "what does the
 * expansion lead to?", "what does contraction produce?", "the results of consultation", "the
 * point of expanding the circle": what something brings about is asked.
 */
const EFFECT_ASKED =
  /\bwhat\s+(?:happens|happened|will\s+happen|would\s+happen)\s+(?:when|if|after|once|with|to)\b|\bused\s+for\b|\bwhat\s+(?:(?:outcomes?|results?|effects?|consequences?)\s+)?(?:does|do|did|can|will)\s+.+?\s+(?:lead\s+to|bring\s+about|result\s+in|achieve|accomplish|produce|yield|generate)\b|\b(?:results?|effects?|outcomes?|consequences?|benefits?|purpose|point|uses?)\s+of\b|\bwhat\s+(?:is|are)\s+.+?\s+for\s*[?.!]*$/iu;

/** A sentence that opens with what brings its result about: "Through the contraction of…, …", "With the expansion of…, …". */
const INSTRUMENT = /^(?:through|with|by\s+means\s+of|by|via)\s+([^,;]+)[,;]/iu;

/** How close to the best a sentence saying what the thing brings about must score to open the answer. */
const NEAR_TOP = 0.8;

/**
 * For a question asking what something brings about, moves a sentence whose opening names it
 * as the means ("Through the contraction of the circle, the power of the people is gathered")
 * to the front, when it scores nearly as well as the best. `topic` are the question's topic stems.
 */
export function effectFirst(question: string, hits: readonly Hit[], topic: readonly string[]): readonly Hit[] {
  const [top] = hits;
  if (!top || !EFFECT_ASKED.test(question)) return hits;
  const stems = new Set(topic);
  const bringsAbout = (h: Hit) => {
    const means = INSTRUMENT.exec(h.passage.text)?.[1];
    return means !== undefined && tokenize(means).some((t) => stems.has(t.stem));
  };
  const effect = hits.find((h) => h.score >= NEAR_TOP * top.score && bringsAbout(h));
  return effect && effect !== top ? [effect, ...hits.filter((h) => h !== effect)] : hits;
}
