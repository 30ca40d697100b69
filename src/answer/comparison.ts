import type { Hit } from '../retrieval/search.ts';

/** "Than" that compares ("harder than", "more than"), not "other than" or "rather than", which exclude. */
const COMPARING_THAN = /\b(?<!\bother\s)(?<!\brather\s)than\b/iu;

/** A question that compares: "harder than", "how does X differ from Y", "compared with", "X versus Y". */
const COMPARING_QUESTION = new RegExp(String.raw`${COMPARING_THAN.source}|\bdiffer(?:s|ed|ent)?\b.*\bfrom\b|\bcompar(?:e|es|ed|ing|ison)\b|\bversus\b|\bvs\b`, 'iu');

/** How close to the best a comparing sentence must score to open the answer. */
const NEAR_TOP = 0.55;

/**
 * For a question that compares ("what makes governance harder than service?", "how does it
 * differ in difficulty from construction?"), moves a sentence
 * that compares too ("…is more difficult to achieve than the first two…") to the front, when it
 * covers as much of the question as the best hit and scores near it: a sentence that only names
 * the things compared does not answer how they compare.
 */
export function comparisonFirst(question: string, hits: readonly Hit[]): readonly Hit[] {
  const [top] = hits;
  if (!top || !COMPARING_QUESTION.test(question) || COMPARING_THAN.test(top.passage.text)) return hits;
  const compares = hits.find((h) => h.score >= NEAR_TOP * top.score && h.coverage >= top.coverage && COMPARING_THAN.test(h.passage.text));
  return compares ? [compares, ...hits.filter((h) => h !== compares)] : hits;
}
