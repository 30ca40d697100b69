import type { Hit } from '../retrieval/search.ts';
import { quotedTerms } from './question.ts';
import { tokenize } from '../retrieval/terms.ts';

/** Words only, in small letters, one space apart: "go to the masses" as written in "…,go to the masses,…". */
const asTyped = (text: string) => ` ${tokenize(text).map((t) => t.word.toLowerCase()).join(' ')} `;
/** The same as stems: "run through" as in "runs through" (and "last mile" as "last kilometer", a synonym). */
const asStems = (text: string) => ` ${tokenize(text).map((t) => t.stem).join(' ')} `;

/**
 * "Explain the 'go to the masses' experience": a phrase of several words put in quotes asks
 * for where it is written, so the hits whose text holds it word for word come first, in the
 * order they had, or, when none does, those holding it in another inflection ("'run
 * through'" in "runs through"), each part between its commas in turn. Its small words ("go",
 * "to", "the") count for nothing in search, so without this a sentence holding only "masses"
 * may outrank it. Hits stay as they are when no quoted phrase is written in any.
 */
export function quotedFirst(question: string, hits: readonly Hit[]): readonly Hit[] {
  const quoted = quotedTerms(question).filter((p) => p.trim().includes(' '));
  if (quoted.length === 0) return hits;
  // "'From the masses, to the masses'" is held by "come from the masses, go to the masses": each
  // part between commas, word for word.
  const parts = (p: string) => p.split(/[,;]/u).map((part) => part.trim()).filter(Boolean);
  const holding = (read: (text: string) => string) => hits.filter((h) => quoted.some((p) => parts(p).every((part) => read(h.passage.text).includes(read(part)))));
  const literal = holding(asTyped);
  const first = literal.length > 0 ? literal : holding(asStems);
  return first.length > 0 ? [...first, ...hits.filter((h) => !first.includes(h))] : hits;
}
