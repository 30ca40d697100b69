import { CARDINALS } from '../ingest/ordinals.ts';
import { isStopword, stem, tokenize } from '../retrieval/terms.ts';
import { type PatternExpectation, futureAsked, givesKind, patternKindOf, tellsFuture } from './pattern-kinds.ts';
import { countAsked } from './count-asked.ts';
import { BEGUN_ACTIVITY } from './asking-frames.ts';
import { namesAsked, namesOfCounted, namesNear, namesPerson, peopleAsked } from './name-asked.ts';
import { type Post, namesHolder, namesPost, personAsked } from './post-asked.ts';

/**
 * What kind of answer a question asks for, when the kind can be checked in a sentence:
 * a figure ("how many interviews", "what budget"), a time ("in which year", "how long", "how
 * often"), the
 * names of things ("the names of the six stages"), a person holding a post ("who is the
 * party secretary") or people of a calling ("which scholars"). A sentence that matches the
 * topic but holds none does not answer it.
 */
export type Expectation =
  | { kind: 'count'; nouns: readonly string[]; future?: readonly string[] }
  | { kind: 'amount'; noun?: string; money?: boolean; part?: boolean }
  | { kind: 'date' }
  | { kind: 'duration'; nouns?: readonly string[] }
  | PatternExpectation
  | { kind: 'money' }
  | { kind: 'names'; nouns: readonly string[] }
  | { kind: 'person'; post: Post }
  | { kind: 'people' }
  | { kind: 'agent' }
  | { kind: 'future'; nouns: readonly string[] };

/** An amount of money is asked for: "how much did it cost", "what budget", "how much are they paid", "what do they earn" (not "earn their trust" or "earn the title"), "how are they taxed". */
const MONEY = /\b(?:costs?|costing|(?:earn|earns|earned|earning)(?!\s+(?:the\s+|their\s+|its\s+|his\s+|her\s+)?(?:trust|respect|support|confidence|loyalty|hearts?|goodwill|backing|title|name|reputation|role|status|place|praise)\b)|earnings|spend|spends|spent|spending|budgets?|fund(?:s|ing|ed)?|financ(?:e|es|ed|ing|ial|ially)|prices?|pay|paid|salar(?:y|ies)|wages?|money|expenses?|expenditures?|invest(?:ed|ment|ments)?|income|tax(?:es|ed|ing|ation)?)\b/iu;
/** A sentence gives money in a currency: "5 million yuan", "$200". */
const CURRENCY = /[¥$€£]|\b(?:yuan|rmb|renminbi|cny|dollars?|usd|euros?|pounds?)\b/iu;

/** Nouns whose value is a figure: asked with "what", the answer is a number; "how old" asks one too. */
const FIGURE_NOUNS = /\b(?:what|which)\s+(?:was\s+|is\s+)?(?:the\s+)?(?:budget|amount|number|percentage|proportion|share|sum|cost|price|population|salary|income|total|sample\s+size|size\s+of\s+the\s+sample|(?:average\s+)?age)\b|\bhow\s+old\b|\bhow\s+(?:large|big|sizeable|sizable)\s+(?:is|was|are|were)\b/iu;

/** A part of a whole is asked for: "what percentage", "what share", "what proportion". */
const PART_NOUNS = /\b(?:percentage|proportion|share|fraction|ratio)\b/iu;

/**
 * A time asked for: "in which year", "when did…", "when?" of the question before (in brackets),
 * "xi jinping visit urumqi date" typed as keywords;
 * in the present or future only of an event ("when does the next congress take place?"), as
 * "when does the circle contract?" asks for a condition.
 */
const DATE_QUESTION = /\btimelines?\b|^(?!\s*(?:what|which|how|why|who|where|when|is|are|was|were|does|do|did)\b)[^?]*\s(?:dates?|year)\s*[?？!.]*\s*$|\b(?:what|which)\s+(?:years?|dates?|months?|decades?|century)\b|\bdates?\s+(?:of|for)\b|['’]s?\s+dates\b|\b(?:their|its|with)\s+dates\b|\b(?:start(?:ing)?|end(?:ing)?|begin(?:ning)?)\s+(?:and\s+\p{L}+\s+)?(?:years?|dates?)\b|\bin\s+(?:what|which)\s+(?:year|period)\b|\bsince\s+when\b|\bwhen\s+(?:did|was|were|had)\b|^\s*(?:(?:and|but|so)\s+)?when\s*\(|\bwhen\s+(?:does|do|is|are|will)\b[^?]*\b(?:take\s+place|happen|happens|held|start|starts|begin|begins|open|opens|convene|convenes)\b/iu;
const DURATION_QUESTION = /\bhow\s+long\b|\bfor\s+how\s+many\s+(?:years|months)\b/iu;
/** The words that ask for a span, not what it is the span of. */
const SPAN_WORDS = /\bhow\s+long\b|\bfor\s+how\s+many\s+(?:years|months)\b|\b(?:take|takes|took|taken|last|lasts|lasted|go\s+on|went\s+on|been|going|gone|is|are|was|were|did|does|do|has|have)\b/giu;
/** How many words after a span ("20 years of community development") may name what it is the span of. */
const SPAN_REACH = 4;
/** Who did something to run a thing: "who ran it?", "who organised the campaign?", "who leads everything?". */
const AGENT_QUESTION = /\bwho\s+(?:(?:has|have|had|did|does|do)\s+)?(run|runs|ran|organi[sz]e[sd]?|lead|leads|led|launch(?:e[sd])?|carr(?:y|ies|ied)\s+out|deploy(?:s|ed)?|implement(?:s|ed)?|start(?:s|ed)?|initiate[sd]?|manage[sd]?|conduct(?:s|ed)?|oversee[sn]?|oversaw|coordinate[sd]?|direct(?:s|ed)?|establish(?:es|ed)?|set\s+up)\b/iu;
/** The verb of "who ran it?" as typed ("started"), or undefined when no one doing is asked. */
export function agentVerb(question: string): string | undefined {
  return AGENT_QUESTION.exec(question)?.[1];
}

/**
 * "Who came up with the visiting activity?", "who devised 'visiting the people…'?": an activity
 * (named, quoted, or told by what is done) begun by whoever deployed it, which a body may be;
 * an idea's inventor ("who invented the concentric circle theory?") is still a person asked for.
 */
const CREATED_ACTIVITY = new RegExp(String.raw`\bwho\s+(?:first\s+|originally\s+)?(?:invented|designed|devised|created|conceived|came\s+up\s+with|thought\s+up|originated)\s+${BEGUN_ACTIVITY}`, 'iu');
/** A sentence telling who runs a thing does it in so many words ("deployed and carried out the activity", "the party leads everything"). */
const AGENT_DONE = /\b(?:run|runs|ran|organi[sz]\p{L}*|lead\p{L}*|led|launch\p{L}*|carr(?:y|ies|ied)\s+out|deploy\p{L}*|implement\p{L}*|start\p{L}*|initiat\p{L}*|manag\p{L}*|conduct\p{L}*|overs\p{L}*|coordinat\p{L}*|direct\p{L}*|mobili[sz]\p{L}*|select\p{L}*|establish\p{L}*)\b/iu;


/** A number as a text writes it: a figure, a number word, a scale ("millions"). */
export const NUMERAL = new RegExp(`^(?:\\d[\\d,.]*|${CARDINALS.slice(1).join('|')}|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozens?|hundreds?|thousands?|millions?|billions?)$`, 'iu');
/** A figure for an amount ("how much", "what budget"): digits or a scale, not "one of" or "four paths". */
const FIGURE = /^(?:\d[\d,.]*|hundreds?|thousands?|millions?|billions?|percent|yuan|dollars?)$/iu;
const SCALE = /^(?:dozens|hundreds|thousands|millions|billions)$/iu;
/** A part of a whole: "two thirds of disputes", "half of the seats", "40 percent of members". */
const FRACTION = /^(?:half|halves|thirds|quarters|fifths|tenths|percent)$/iu;
/** A proportion written out: "one seat in five", "one in every ten", "two-thirds", "40%". */
const PROPORTION = /\b(?:one|two|three|four|\d+)\s+(?:\p{L}+\s+)?in\s+(?:every\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b|\b(?:one|two|three)[-\s](?:half|thirds?|quarters?|fifths?)\b|\d\s*%|\bper\s?cent\b/iu;
const TIME_UNIT = /^(?:years?|months?|days?|weeks?|decades?|centur(?:y|ies))$/iu;
// Capitalised, so the modal "may" is not read as the month.
const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/u;

/** Reads the kind of answer a question expects, if it is one that can be checked. */
export function expectationOf(question: string): Expectation | undefined {
  // How often is asked before any span or count ("how many times a year…"); the other kinds
  // told by a pattern after them.
  const patterned = patternKindOf(question);
  if (patterned === 'frequency' || patterned === 'pace') return { kind: patterned };
  if (DURATION_QUESTION.test(question)) {
    // "How long did community development take?": the span must be that of community development.
    const nouns = tokenize(question.replace(SPAN_WORDS, ' ')).filter((t) => !isStopword(t.word)).map((t) => t.stem);
    return nouns.length > 0 ? { kind: 'duration', nouns } : { kind: 'duration' };
  }
  // "What are they called (how many stages are there?)" asks names, not the count asked before.
  const called = namesOfCounted(question);
  if (called) return { kind: 'names', nouns: called };
  const counted = countAsked(question, MONEY.test(question));
  // "How many stages will the theory go through in future?": a count still to come.
  const toCome = counted?.kind === 'count' ? futureAsked(question) : undefined;
  if (counted?.kind === 'count' && toCome) return { ...counted, future: toCome };
  if (counted) return counted;
  if (patterned) return { kind: patterned };
  // "What will happen to the theory?": the sentence must say what will come of the theory.
  const future = futureAsked(question);
  if (future) return { kind: 'future', nouns: future };
  if (FIGURE_NOUNS.test(question)) return { kind: 'amount', money: MONEY.test(question), ...(PART_NOUNS.test(question) ? { part: true } : {}) };
  // "Who ran it?" of an activity asks who did the running, which a body may do ("who chairs the
  // committee?" asks a person, and "who is the party secretary?" names a post).
  // Asked in the message's own words: "when (who deployed the activity?)" asks a time.
  const own = question.split('(')[0] ?? question;
  if ((AGENT_QUESTION.test(own) || CREATED_ACTIVITY.test(own)) && !namesPost(question)) return { kind: 'agent' };
  // "The name of the party secretary" asks for the holder of a post, not for any name near its words.
  const post = personAsked(question);
  if (post) return { kind: 'person', post };
  const named = namesAsked(question);
  if (named) return { kind: 'names', nouns: named };
  if (peopleAsked(question)) return { kind: 'people' };
  if (DATE_QUESTION.test(question)) return { kind: 'date' };
  // "How is the joint force funded?": about money, answered only where the text speaks of it.
  if (MONEY.test(question)) return { kind: 'money' };
  return undefined;
}

/** A time named as a period, not a date: "in the new era". */
const ERA = /\b(?:in|during|since)\s+the\s+(?:new|current|present|reform)\s+(?:era|period|age)\b/iu;

/**
 * Whether a sentence holds the kind of answer expected: a number counting the asked noun
 * ("six stages" for "how many stages"), a figure for an amount, a year, date or era, or a span.
 */
export function satisfies(expectation: Expectation, sentence: string): boolean {
  const words = tokenize(sentence).map((t) => t.word);
  const numeral = (i: number) => NUMERAL.test(words[i] ?? '');
  if (expectation.kind === 'money') return MONEY.test(sentence) || CURRENCY.test(sentence);
  if (expectation.kind === 'frequency' || expectation.kind === 'pace' || expectation.kind === 'criteria' || expectation.kind === 'condition' || expectation.kind === 'seat') return givesKind(expectation.kind, sentence);
  if (expectation.kind === 'agent') return AGENT_DONE.test(sentence);
  if (expectation.kind === 'future') return tellsFuture(sentence, expectation.nouns);
  if (expectation.kind === 'names') return namesNear(sentence, expectation.nouns);
  if (expectation.kind === 'person') return namesHolder(sentence, expectation.post);
  if (expectation.kind === 'people') return namesPerson(sentence);
  if (expectation.kind === 'date') return words.some((w) => /^(?:1[5-9]|20)\d\d$/u.test(w) || MONTH.test(w)) || ERA.test(sentence);
  if (expectation.kind === 'duration') {
    const stems = tokenize(sentence).map((t) => t.stem);
    // "The 20 years of community development" is a span of what follows it, close by.
    const spanOf = (i: number) => !expectation.nouns || stems.slice(i + 1, i + 1 + SPAN_REACH).some((t) => expectation.nouns?.includes(t));
    return words.some((w, i) => TIME_UNIT.test(w) && (numeral(i - 1) || numeral(i - 2)) && spanOf(i));
  }
  // "How much money": a figure, in a sentence about money.
  if (expectation.kind === 'amount') {
    const { noun, money, part } = expectation;
    // A share is a proportion ("two thirds", "one in five", "40%"), not a count ("millions of members").
    const share = PROPORTION.test(sentence) || words.some((w) => FRACTION.test(w));
    const figure = part ? share : words.some((w) => FIGURE.test(w)) || (!money && PROPORTION.test(sentence));
    return figure && (!noun || words.some((w) => stem(w) === noun)) && (!money || CURRENCY.test(sentence));
  }
  // "six stages", "four basic experiences", "millions of Party members", "two thirds of
  // disputes"; not "20 years of community".
  const part = (i: number) => SCALE.test(words[i] ?? '') || FRACTION.test(words[i] ?? '');
  // "One" is seldom a count ("national unity and one family", "one of the styles").
  const counted = (i: number) => numeral(i) && words[i]?.toLowerCase() !== 'one';
  const counts = (i: number) => counted(i - 1) || counted(i - 2) || (words[i - 2] === 'of' && part(i - 3)) || (words[i - 1] === 'of' && part(i - 2));
  const nouns = new Set(expectation.nouns);
  return words.some((w, i) => nouns.has(stem(w)) && counts(i)) && (!expectation.future || tellsFuture(sentence, expectation.future));
}
