import type { Hit } from '../retrieval/search.ts';
import { quotedTerms } from './question.ts';
import { tokenize } from '../retrieval/terms.ts';

/**
 * Words only, as stems, one space apart: "go to the masses" as written in "…,go to the masses,…",
 * and "run through" as in "runs through".
 */
const bare = (text: string) => ` ${tokenize(text).map((t) => t.stem).join(' ')} `;

/**
 * "Explain the 'go to the masses' experience": a phrase of several words put in quotes asks
 * for where it is written, so the hits whose text holds it word for word, in any inflection,
 * come first, in the order they had. Its small words ("go", "to", "the") count for nothing in search, so without
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
