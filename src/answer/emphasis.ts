import { wordCount } from '../ingest/words.ts';
import { searchTokens } from '../retrieval/terms.ts';
import { clausesOf, inlineItems } from './enumeration.ts';

/** A sentence longer than this, in words, is a run of clauses a reader should not have to search. */
const LONG_SENTENCE = 50;

/** The shortest clause worth marking, in words; and the largest share of the sentence, beyond which it is no focus. */
const MIN_CLAUSE = 5;
const MAX_SHARE = 1 / 3;

/** Wraps `clause` of `text` in bold, when it is long enough to mark and short enough to be a focus. */
function mark(text: string, clause: string | undefined): string {
  const size = clause ? wordCount(clause) : 0;
  if (!clause || size < MIN_CLAUSE || size > MAX_SHARE * wordCount(text)) return text;
  return text.replace(clause, `**${clause}**`);
}

/**
 * Marks in bold the one clause of a long sentence that holds the question's topic ("…;
 * **through the continuous sinking of the ruling center of gravity, "point-to-point" style…**;
 * …"), so the answer stays the whole sentence, verbatim, but the reader sees where it answers.
 * Clauses are the parts between semicolons and colons; each topic word counts by how few clauses
 * hold it. Nothing is marked when the sentence is short, when a topic word found in one clause
 * only lies outside the best one, when two clauses tie, or when the clause is a third of the
 * sentence or more. When an item is asked for by its place
 * (`place`, 0 for the last) and the sentence lists items after a colon or between semicolons
 * ("four basic experiences: …; …; …; …"), that item is marked instead.
 */
export function emphasise(text: string, topic: ReadonlySet<string>, place?: number): string {
  if (wordCount(text) <= LONG_SENTENCE) return text;
  const clauses = clausesOf(text);
  if (clauses.length < 3) return text;
  if (place !== undefined) {
    const items = inlineItems(text);
    return mark(text, place === 0 ? items.at(-1) : items[place - 1]);
  }
  // Search tokens, so a topic that is a hyphenated compound ("point-to-point") is found too.
  const held = clauses.map((c) => new Set(searchTokens(c).map((x) => x.stem).filter((s) => topic.has(s))));
  const spread = (s: string) => held.filter((h) => h.has(s)).length;
  // A topic word in every clause ("community") points to none: each counts by how few hold it.
  const scores = held.map((h) => [...h].reduce((sum, s) => sum + 1 / spread(s), 0));
  const best = Math.max(...scores);
  const only = new Set(held.flatMap((h) => [...h].filter((s) => spread(s) === 1)));
  const focus = held[scores.indexOf(best)];
  if (best === 0 || !focus || [...only].some((s) => !focus.has(s)) || scores.filter((s) => s === best).length > 1) return text;
  return mark(text, clauses[scores.indexOf(best)]);
}
