import type { Hit, Passage } from '../retrieval/search.ts';

/** A topic found in at least this share of the sections is the thesis's own subject, not one part's. */
const WIDESPREAD = 0.75;

/** How close to the best an overview sentence must score to open the answer. */
const NEAR_TOP = 0.8;

/**
 * For a question whose every topic word runs through the whole thesis ("what does it argue
 * about Urumqi?"), moves the overview's best sentence to the front when it covers as much as the
 * best hit and scores near it: a chapter's passing mention would answer by chance.
 */
export function overviewFirst(hits: readonly Hit[], topic: readonly string[], passages: readonly Passage[]): readonly Hit[] {
  const [top] = hits;
  if (!top || top.passage.section.id === 'overview' || topic.length === 0) return hits;
  const sections = new Set(passages.map((p) => p.section.id)).size;
  const spread = (t: string) => new Set(passages.filter((p) => p.stems.has(t)).map((p) => p.section.id)).size / sections;
  if (!topic.every((t) => spread(t) >= WIDESPREAD)) return hits;
  const whole = hits.find((h) => h.passage.section.id === 'overview' && h.coverage >= top.coverage && h.score >= NEAR_TOP * top.score);
  return whole ? [whole, ...hits.filter((h) => h !== whole)] : hits;
}
