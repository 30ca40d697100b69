import type { Hit } from '../retrieval/search.ts';
import { quotedTerms } from './question.ts';

/** Words only, in small letters, one space apart: "go to the masses" as written in "…,go to the masses,…". */
const bare = (text: string) => ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;

/**
 * "Explain the 'go to the masses' experience": a phrase of several words put in quotes asks
 * for where it is written, so the hits whose text holds it word for word come first, in the
 * order they had. Its small words ("go", "to", "the") count for nothing in search, so without
 * this a sentence holding only "masses" may outrank it. Hits stay as they are when no quoted
 * phrase is written in any.
 */
export function quotedFirst(question: string, hits: readonly Hit[]): readonly Hit[] {
  const phrases = quotedTerms(question).map(bare).filter((p) => p.trim().includes(' '));
  if (phrases.length === 0) return hits;
  const holding = new Set(hits.filter((h) => {
    const text = bare(h.passage.text);
    return phrases.some((p) => text.includes(p));
  }));
  return holding.size > 0 ? [...holding, ...hits.filter((h) => !holding.has(h))] : hits;
}
