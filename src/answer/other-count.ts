import { CARDINALS } from '../ingest/ordinals.ts';
import type { Retriever } from '../retrieval/search.ts';
import { formStem } from '../retrieval/stem.ts';
import { isStopword, tokenize } from '../retrieval/terms.ts';

/** Words a question may stand between a count and its noun: "the two main paths", up to three. */
const COUNTED_RUN = 3;

/** Nouns too loose to hold a count to ("three elements of the party's style"), read as their own forms. */
const LOOSE_NOUNS = new Set('element thing point aspect way factor kind type part item feature component issue question respect'.split(' ').map(formStem));

/** Units of time whose count changes with the unit: "two decades" are the thesis's "20 years". */
const SPANS = /^(?:decades?|centur(?:y|ies)|years?|yrs?|months?)$/iu;

/** A count placed in a sequence ("two stages before…", "two earlier phases"): part of a set, not its size. */
const PART_AFTER = /^\S+\s+(?:\S+\s+){0,3}?(?:before|after|precede[sd]?|preceding|earlier|later|previous|prior|following|leading\s+up)\b/iu;

/** A count of part of a set ("the other two", "the first three", "the earlier two"): not the size of the set. */
const PART_OF = /^(?:other|remaining|rest|first|last|top|next|another|final|these|those|of|earlier|previous|former|preceding|prior|latter|later)$/iu;

/** The number a word or figure counts ("four", "4"), from two up; "one" is too often no count. */
function countOf(word: string): number | undefined {
  if (/^\d{1,3}$/u.test(word)) return Number(word) >= 2 ? Number(word) : undefined;
  const n = CARDINALS.indexOf(word.toLowerCase());
  return n >= 2 ? n : undefined;
}

/** A word counted in a text: the count, where the count starts, the word's own stem and where it ends. */
interface Counted {
  count: number;
  start: number;
  stem: string;
  end: number;
}

/** Each counted word of a text ("four basic experiences": basic, experiences, by 4). */
function countedWords(text: string): Counted[] {
  const tokens = tokenize(text);
  const out: Counted[] = [];
  tokens.forEach((t, i) => {
    const count = countOf(t.word);
    if (count === undefined || PART_OF.test(tokens[i - 1]?.word ?? '')) return;
    // "Divided into three parts": a whole split by a count holds even a loose noun to it.
    const split = /\binto\s*$/iu.test(text.slice(0, t.start));
    let prev = t;
    for (const next of tokens.slice(i + 1, i + 1 + COUNTED_RUN)) {
      // The run ends at a stopword or any mark between words ("three parts: introduction…").
      // Split "into three parts", the plural right after the count counts though it is a stopword.
      const splitInto = split && prev === t && /s$/iu.test(next.word);
      if ((isStopword(next.word.toLowerCase()) && !splitInto) || /\S/u.test(text.slice(prev.end, next.start))) break;
      // A span of years counts in any unit ("two decades", "20 years"), and counts no noun after
      // it ("20 years' experiences" are not twenty experiences).
      if (SPANS.test(next.word)) break;
      // Own forms, not synonyms.
      if (split || !LOOSE_NOUNS.has(formStem(next.word))) out.push({ count, start: t.start, stem: formStem(next.word), end: next.end });
      prev = next;
    }
  });
  return out;
}

/** What the thesis counts, read once per retriever. */
const writtenCounts = new WeakMap<Retriever, Counted[]>();

/**
 * "What are the five dangers?" when the thesis counts four: the counted thing, as typed ("the
 * five dangers"), when the thesis counts it by another number and never by this one.
 */
export function otherCount(question: string, retriever: Retriever): string | undefined {
  const written = writtenCounts.get(retriever) ?? retriever.passages.flatMap((p) => countedWords(p.text));
  writtenCounts.set(retriever, written);
  // "The two stages before governance", "two earlier phases": part of a set, not its size.
  const asked = countedWords(question).filter((a) => !PART_AFTER.test(question.slice(a.start)));
  const countedThere = (a: Counted) => written.filter((w) => w.stem === a.stem).map((w) => w.count);
  const other = asked.find((a) => countedThere(a).length > 0 && !countedThere(a).includes(a.count));
  if (!other) return undefined;
  // The phrase as far as the words the thesis counts ("the five basic experiences", not "… come").
  const end = Math.max(...asked.filter((a) => a.start === other.start && countedThere(a).length > 0).map((a) => a.end));
  return `the ${question.slice(other.start, end)}`;
}
