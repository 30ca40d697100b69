import type { Expectation } from './answer-type.ts';
import { isStopword, stem, tokenize } from '../retrieval/terms.ts';
import { leanedOn } from './follow-up-forms.ts';

/** Words that end the noun phrase after "how many": the verb or auxiliary of the question. */
const VERBS = new Set('are is was were did do does have has had can could will would should may might must there in of'.split(' '));

/** "Does chapter 5 give the number of…", "does it state a figure for…": a count asked of the text. */
const GIVES_NUMBER = /\b(?:give|gives|given|state|states|stated|report|reports|reported|provide|provides|provided|mention|mentions|mentioned|say|says|list|lists|cite|cites)\s+(?:the|a|any)\s+(number)\s+of\b(.*)$/iu;

/** "Number of platforms?", "Chapter 3: number of platforms?", "what's the number of stages?": the number itself asked. */
const NUMBER_ASKED = /(?:^\s*|[:–—-]\s*|\bwhat(?:['’]s|\s+is|\s+was)\s+the\s+)(number)\s+of\b(.*)$/iu;

/** A regular plural ("branches", "stages"), not "process" or "class". */
const PLURAL = /[^s']s$/iu;

/** "The", "its": a phrase that starts so after "how much" asks a degree ("how much the masses trust it"). */
const DETERMINER = /^(?:the|a|an|this|that|these|those|its|their|his|her|our|my)$/iu;

/** "How much party members went…": a learner's "how many", a plural in the phrase's first words. */
function learnersCount(phrase: readonly string[]): boolean {
  return !DETERMINER.test(phrase[0] ?? '') && phrase.slice(0, 3).some((w) => PLURAL.test(w) && !isStopword(w));
}

/** The plurals of the question before that a follow-up carries in brackets ("… (what about branch secretaries?)"). */
function pluralsBefore(question: string): string[] {
  return tokenize(leanedOn(question) ?? '')
    .filter((t) => PLURAL.test(t.word) && !isStopword(t.word))
    .map((t) => t.stem);
}

/**
 * The count or amount a question asks for ("how many stages", "how much money", "the exact
 * number of branches", "does it give the number of members"), with the noun counted where it
 * can be told; undefined when it asks for none. `money` says whether money is asked about.
 */
export function countAsked(question: string, money: boolean): Expectation | undefined {
  // "The exact number of branches", "does it give the number of members", a bare "number of
  // platforms?" ask what "how many branches" does.
  const many = /\bhow\s+(many|much)\b(.*)$/iu.exec(question) ?? /\b(?:exact|precise|total|actual)\s+(number)\s+of\b(.*)$/iu.exec(question) ?? GIVES_NUMBER.exec(question) ?? NUMBER_ASKED.exec(question);
  if (!many) return undefined;
  const phrase: string[] = [];
  // "How many (what does chapter 2 say about stages?)": the question carried in brackets is no
  // part of the phrase, nor is the next question in "how many, and where did they go?".
  for (const { word } of tokenize((many[2] ?? '').split(/[(,;:]/u)[0] ?? '')) {
    if (VERBS.has(word.toLowerCase())) break;
    phrase.push(word);
  }
  const noun = phrase.at(-1);
  // "How many are there (what does chapter 5 say about branch secretaries?)": the things
  // counted are those of the question before, in brackets.
  const before = many[1]?.toLowerCase() === 'many' && !noun ? pluralsBefore(question) : [];
  if (before.length > 0) return { kind: 'count', nouns: before };
  if (!noun) return { kind: 'amount', money };
  if (many[1]?.toLowerCase() === 'much' && !learnersCount(phrase)) return { kind: 'amount', noun: stem(noun), money };
  // Without a tagger the counted noun is not known for sure. The first plural is its head
  // ("how many community party branches", "how many party members went into communities");
  // with none ("how many people"), any content word of the phrase, counted, will do.
  const head = phrase.find((w) => PLURAL.test(w) && !isStopword(w));
  return { kind: 'count', nouns: head ? [stem(head)] : phrase.filter((w) => !isStopword(w)).map(stem) };
}
