import { wordCount } from '../ingest/words.ts';
import { tokenize } from '../retrieval/terms.ts';

/** A sentence longer than this, in words, is a run of clauses a reader should not have to search. */
const LONG_SENTENCE = 50;

/** The shortest clause worth marking, in words; and the largest share of the sentence, beyond which it is no focus. */
const MIN_CLAUSE = 5;
const MAX_SHARE = 1 / 3;

/**
 * Marks in bold the one clause of a long sentence that holds the question's topic ("…;
 * **through the continuous sinking of the ruling center of gravity, "point-to-point" style…**;
 * …"), so the answer stays the whole sentence, verbatim, but the reader sees where it answers.
 * Clauses are the parts between semicolons and colons. Nothing is marked when the sentence is
 * short, when no single clause holds every topic word the sentence holds, or when two do, or
 * when the clause is a third of the sentence or more.
 */
export function emphasise(text: string, topic: ReadonlySet<string>): string {
  if (topic.size === 0 || wordCount(text) <= LONG_SENTENCE) return text;
  // The sentence's own full stop stays outside the mark.
  const clauses = text.split(/(?<=[;:])/u).map((c) => c.replace(/[;:.!?。]+$/u, '').trim());
  if (clauses.length < 3) return text;
  const held = (t: string) => new Set(tokenize(t).map((x) => x.stem).filter((s) => topic.has(s))).size;
  const scores = clauses.map(held);
  const best = Math.max(...scores);
  const clause = clauses[scores.indexOf(best)];
  if (!clause || best === 0 || best < held(text) || scores.filter((s) => s === best).length > 1) return text;
  const size = wordCount(clause);
  if (size < MIN_CLAUSE || size > MAX_SHARE * wordCount(text)) return text;
  return text.replace(clause, `**${clause}**`);
}
