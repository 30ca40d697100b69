import type { Retriever } from '../retrieval/search.ts';
import { isStopword, stem, tokenize } from '../retrieval/terms.ts';

/** "The 18th congress", "the 3rd plenum": a numbered thing, its number and the words that follow. */
const NUMBERED = /\b(?:the\s+)?(\d{1,3})\s*(st|nd|rd|th)\s+((?:[\p{L}'’-]+\s*){1,3})/iu;

/**
 * "What did the 18th congress report say?" when the thesis names only the 19th: the numbered
 * thing, as typed ("the 18th congress"), when the thesis never writes that number but writes
 * the thing after another. Numbers it writes of the thing are left to the search.
 */
export function otherNumbered(question: string, retriever: Retriever): string | undefined {
  const m = NUMBERED.exec(question);
  const number = m?.[1];
  const words = tokenize(m?.[3] ?? '').filter((t) => !isStopword(t.word));
  const thing = words[0];
  if (!m || !number || !thing || numbers(number, words.map((t) => t.stem), retriever)) return undefined;
  const numbered = retriever.passages.some((p) => p.stems.has(thing.stem) && [...p.stems].some((s) => /^\d{1,3}$/u.test(s)));
  // A name runs on while capitalised ("the 21st National Congress").
  const lower = words.findIndex((t) => !/^\p{Lu}/u.test(t.word));
  const name = lower === 0 ? thing.word : words.slice(0, lower < 0 ? undefined : lower).map((t) => t.word).join(' ');
  return numbered ? `the ${number}${m[2]?.toLowerCase() ?? 'th'} ${name}` : undefined;
}

/**
 * Whether the thesis writes this number of the thing: just before one of its words ("19 th
 * National Congress"). "In the 20 years of…" numbers no "20th Party Congress".
 */
function numbers(number: string, thing: readonly string[], retriever: Retriever): boolean {
  return retriever.passages.some((p) => {
    const tokens = tokenize(p.text);
    return tokens.some((t, i) => t.word === number && tokens.slice(i + 1, i + 4).some((next) => thing.includes(next.stem)));
  });
}

const TIME_ORDER = /^(?:older|newer|earlier|later|younger|sooner|recent)$/u;

/** "Cheaper than", "more popular than": a comparison by an adjective, as typed. */
const COMPARED = /\b(?:(more|less)\s+([\p{L}-]+)|([\p{L}]{3,}er))\s+than\b/iu;

/**
 * "What makes governance cheaper than service?": a comparison by a quality the thesis never
 * writes of ("cheap", "cheaper"), as "which is cheaper"; a quality it does write of ("more
 * difficult", "harder", by its word families) is left to the search.
 */
export function unwrittenComparison(question: string, retriever: Retriever): string | undefined {
  const m = COMPARED.exec(question);
  if (!m) return undefined;
  const typed = m[3] ?? m[2] ?? '';
  const word = typed.toLowerCase();
  // Order in time ("older", "earlier") is told by what develops from what, not by the word.
  if (isStopword(word) || TIME_ORDER.test(word)) return undefined;
  // "Cheaper" may be written "cheap", "bigger" "big", "easier" "easy", "wider" "wide", "stronger" "strongest".
  const bases = m[3] ? [word, word.slice(0, -2), word.slice(0, -3), `${word.slice(0, -3)}y`, `${word.slice(0, -2)}e`, `${word.slice(0, -2)}est`] : [word];
  if (bases.some((w) => w.length >= 3 && (retriever.vocabulary.knows(w) || retriever.passages.some((p) => p.stems.has(stem(w)))))) return undefined;
  return `which is ${m[1] ? `${m[1].toLowerCase()} ` : ''}${typed}`;
}

/** "Which worked better, consultation or visiting?", "which is more effective: A or B?": two things weighed against each other. */
const WEIGHED =
  /\bwhich\b(?:\s+(?:one|approach|path|way|method|measure|activity|strategy|of\s+(?:the\s+)?(?:two|them|these|those)))?\s+(?:is|was|(works?|worked)|did|does|proved|seems?|seemed|has\s+been)?\s*(?:the\s+)?((?:more|less|most|least)\s+[\p{L}-]+|better|worse|best|worst|stronger|weaker|easier|harder|cheaper|faster|greater|bigger|larger|smaller)\b[\s,:;–—-]+(?:\p{L}+\s+){0,2}?(.+?)\s+or\s+(.+?)\s*[?？.!]*$/iu;

/** A sentence that weighs one thing against another ("more difficult to achieve than…"). */
const WEIGHING = /\bthan\b|\b(?:better|worse|more|less|most)\b/iu;

/**
 * "Which worked better, consultation or visiting?": which of two things the thesis weighs
 * against each other, as "which of them worked better", when no sentence that names either one
 * weighs anything; one that does ("community governance is more difficult to achieve than the
 * first two") is left to the search.
 */
export function unweighedChoice(question: string, retriever: Retriever): string | undefined {
  const [, verb, quality, one, other] = WEIGHED.exec(question) ?? [];
  if (!quality || !one || !other) return undefined;
  const sides = [one, other].map((side) => tokenize(side).filter((t) => !isStopword(t.word.toLowerCase())).map((t) => t.stem));
  const weighs = retriever.passages.some((p) => WEIGHING.test(p.text) && sides.some((s) => s.length > 0 && s.every((t) => p.stems.has(t))));
  // "Which works better" and "which worked better" keep their tense; any other verb is "is".
  const said = verb === undefined ? 'is' : /ed$/iu.test(verb) ? 'worked' : 'works';
  return weighs ? undefined : `which of them ${said} ${quality.toLowerCase()}`;
}

/**
 * A part of a book asked for by its name: "the references", "its bibliography", "the list of
 * footnotes", "the acknowledgements", "does it have an appendix". "Reference" otherwise frames
 * a question ("with reference to"), and "references to Xi" are mentions of him, so only the
 * part, after a determiner, counts.
 */
const BOOK_PART =
  /\b(?:the|its|their|any|of|what|which|all|have|has|had|include|includes|no)\s+(?:\p{L}+\s+)?(references(?!\s+(?:to|of)\b)|bibliography|footnotes?|endnotes?|appendix|appendices|glossary|works\s+cited|reference\s+list|acknowledge?ments?|table\s+of\s+contents|list\s+of\s+(?:figures|tables|abbreviations)|questionnaires?|interview\s+transcripts?|interviews?|fieldwork)\b/iu;

/** The part of a book a question asks for ("the references") when the thesis never writes that word. */
export function unwrittenPart(question: string, retriever: Retriever): string | undefined {
  const part = BOOK_PART.exec(question)?.[1];
  if (!part || retriever.vocabulary.writes(part.split(/\s+/u)[0] ?? part)) return undefined;
  return `the ${part.toLowerCase()}`;
}

/** "Who was the General Secretary before Xi Jinping?": the holder of a post before or after one named. */
const OTHER_HOLDER = /\b[Ww]ho\s+(?:was|is|were|will\s+be|became)\s+(?:the\s+)?((?:\p{L}+\s+){0,3}?\p{L}+)\s+(before|after|prior\s+to|preceding|following)\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)/u;

/**
 * "Who was the General Secretary before Xi Jinping?": another holder of a post than the one the
 * thesis names, as typed ("the General Secretary before Xi Jinping"); the thesis names each
 * holder once, by their own name, and says nothing of who came before or after.
 */
export function otherHolder(question: string): string | undefined {
  const m = OTHER_HOLDER.exec(question);
  return m?.[1] && m[2] && m[3] ? `the ${m[1]} ${m[2]} ${m[3]}` : undefined;
}
