import { isStopword, tokenize } from '../retrieval/terms.ts';

/**
 * Kinds of answer that a pattern in the question asks for and a pattern in a sentence gives:
 * how often, how fast, by what criteria, on what condition, where a thing is based. Each is tried in this order.
 */
const KINDS = {
  /** "How often do cadres visit?", "how many times a year…"; given as "every month", "twice a year", "regularly". */
  frequency: {
    asked: /\bhow\s+(?:often|frequently|regularly)\b|\bhow\s+many\s+times\b|\bat\s+what\s+(?:frequency|intervals?)\b|\bwith\s+what\s+frequency\b/iu,
    given: /\b(?:daily|weekly|monthly|yearly|annually|quarterly|regularly|frequently|often|once|twice|every\s+(?:day|week|month|year|season|\d+|two|three|four|few|other)|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+times|(?:per|a|each)\s+(?:day|week|month|year))\b/iu,
  },
  /** "How fast does the circle change?", "at what pace…"; given as "gradually", "rapidly", "step by step". */
  pace: {
    asked: /\bhow\s+(?:fast|quickly|rapidly|slowly|speedily|swiftly)\b|\bat\s+what\s+(?:pace|speed|rate)\b|\bhow\s+(?:quick|slow)\s+(?:is|was|are|were)\b/iu,
    given: /\b(?:fast|faster|quick(?:ly)?|rapid(?:ly)?|slow(?:ly)?|gradual(?:ly)?|swift(?:ly)?|speed|pace|immediately|overnight|step\s+by\s+step|continuous(?:ly)?|constantly)\b/iu,
  },
  /** "What criteria are used to select secretaries?", "which requirements must cadres meet?"; given as such. */
  criteria: {
    asked: /\b(?:what|which)\s+(?:(?:are|were|is|was)\s+the\s+)?(?:(?:selection|assessment|evaluation)\s+)?(?:criteria|criterion|standards|requirements|qualifications|benchmarks|indicators|metrics)\b|\b(?:the|any|its)\s+(?:(?:selection|assessment|evaluation)\s+)?(?:criteria|criterion)\s+(?:for|of|used)\b/iu,
    given: /\b(?:criteri\p{L}*|standards?|requirements?|require[sd]?|qualifi\p{L}*|benchmarks?|indicators?|metrics?|conditions?|premise)\b/iu,
  },
  /** "Under what conditions…", "what preconditions…", "when can they happen?", "what must hold (be in place)…", "what's needed for it to…"; given as "only under the premise of…". */
  condition: {
    asked: /\bunder\s+what\s+(?:conditions?|circumstances|premises?)\b|\bwhat\s+(?:are\s+the\s+)?(?:pre-?conditions?|prerequisites?|conditions?)\b|\bwhen\s+(?:can|could|may)\s+(?:they|it|this|that|the\s+\p{L}+(?:\s+\p{L}+)?)\s+(?:happen|occur|take\s+place|change|be\s+\p{L}+ed)\b|\bwhat\s+(?:must|has\s+to|needs?\s+to|should)\s+(?:hold|be\s+(?:true|met|in\s+place|satisfied))\b|\bwhat(?:['’]s|\s+is|\s+are)\s+(?:needed|required)\s+(?:before|if|to\s+\p{L}+|for\s+(?:both|each|it|them|that|this)\b|for\s+(?:\p{L}+\s+){1,4}?to\s+\p{L}+)/iu,
    given: /\b(?:only|premise|pre-?conditions?|conditions?|unconditional|prerequisites?|unless|provided\s+that|as\s+long\s+as)\b/iu,
  },
  /** "Where is the corps based?", "where is it headquartered?" (not where the study is set); given as "based in", "the capital city of". */
  seat: {
    asked: /\bwhere\b(?!\s+(?:is|was|are|were)\s+(?:the\s+|this\s+|its\s+)?(?:thesis|dissertation|research|study|paper|work|fieldwork|case|author|writer)\b)[^?]*\b(?:based|headquartered|located|situated|stationed|seated|housed)\b|\bheadquarters?\b|\b(?:what|which)\s+(?:city|town|place)\s+is\s+.+?\s+(?:based|located|in)\b/iu,
    given: /\b(?:based|headquartered|located|situated|stationed|seated|housed)\s+(?:in|at)\b|\bheadquarters\b|\bcapital\s+(?:city\s+)?of\b/iu,
  },
} as const;

/** A kind of answer told by patterns alone. */
export type PatternKind = keyof typeof KINDS;
/** The expectation of each such kind, one object type per kind so that checks narrow. */
export type PatternExpectation = { [K in PatternKind]: { kind: K } }[PatternKind];

/** The kind of answer the question asks for by its pattern, if any. */
export function patternKindOf(question: string): PatternKind | undefined {
  return (Object.keys(KINDS) as PatternKind[]).find((kind) => KINDS[kind].asked.test(question));
}

/** The stems of the words that ask for the kind ("how fast"), which name nothing asked about. */
export function kindWords(question: string): string[] {
  const kind = patternKindOf(question);
  const asking = kind ? KINDS[kind].asked.exec(question)?.[0] : undefined;
  return asking ? tokenize(asking).map((t) => t.stem) : [];
}

/** Whether a sentence gives the kind of answer asked for. */
export function givesKind(kind: PatternKind, sentence: string): boolean {
  return KINDS[kind].given.test(sentence);
}

/** When to come, said as a time ("in the future", "going forward") or of a thing ("the future of…", "the theory's future"): shared with the frames (frames.ts). */
export const FUTURE_TIME = String.raw`\b(?:in\s+(?:the\s+)?future|going\s+forward|in\s+(?:the\s+)?(?:years|decades|time)\s+(?:ahead|to\s+come)|from\s+now\s+on|in\s+the\s+long\s+run|(?:the\s+)?future\s+of|(?<=['’]s\s+|\bits\s+)future|(?<=\bwhat\s+)future(?=\s+(?:does|do|did|is|will|would|can|could|may|might|lies|awaits)\b))\b`;
/** What is to come: "what will happen to the theory in future?", "what does it hope will happen…", "where does it go from here?", "will it develop further?", "what should the government do next?". */
const FUTURE_QUESTION = new RegExp(String.raw`${FUTURE_TIME}|\bwhat\s+(?:\p{L}+\s+){0,5}?will\s+(?:happen|become)\b|\bwhere\s+(?:does|will)\s+(?:it|the\s+\p{L}+)\s+go\s+from\s+here\b|\b(?:will|would)\s+(?:go|come|happen)\s+next\b|\bwhat(?:['’]s|\s+is|\s+comes)\s+next\b|(?<=\b(?:should|must|ought\s+to|will|would|could|needs?\s+to|has\s+to|have\s+to)\s+(?:\p{L}+\s+){0,3}?)do\s+next\b|\bnext\s+steps?\b|^\s*(?:and\s+|so\s+|but\s+)?will(?=\s+(?:it|they|this|that|(?:the\s+|its\s+)?\p{L}+(?:\s+\p{L}+)?)\s+(?:be\s+)?(?:\p{L}+ly\s+)?(?:develop|developed|grow|change|changed|improve|improved|continue|keep|last|evolve|evolved|spread|survive|succeed)\b)`, 'iu');
/** Words that ask what is to come, and name none of it. */
/** "In the long run" of a question told in the past ("what has it built up, in the long run?") asks what lasts, not what will come. */
const LONG_RUN = /\bin\s+the\s+long\s+run\b/giu;
const TOLD_IN_THE_PAST = /\b(?:has|have|had|did|was|were)\b|['’]ve\b/iu;
const FUTURE_WORDS = new Set('will do next step steps should must happen become look like think expect hope anticipate predict see sees foresee foresees thesis paper author'.split(' '));

/**
 * The stems of what a question asks the future of ("the theory" of "what will happen to the
 * theory in future?"), or undefined when it asks nothing of what is to come.
 */
export function futureAsked(question: string): string[] | undefined {
  if (!FUTURE_QUESTION.test(question)) return undefined;
  if (TOLD_IN_THE_PAST.test(question) && !FUTURE_QUESTION.test(question.replace(LONG_RUN, ' '))) return undefined;
  const rest = question.replace(new RegExp(FUTURE_QUESTION.source, 'giu'), ' ');
  return tokenize(rest).filter((t) => !isStopword(t.word) && !FUTURE_WORDS.has(t.word.toLowerCase())).map((t) => t.stem);
}

/**
 * Whether a sentence says what will come of what `nouns` name (of any thing, when none are
 * asked): at least half of them, so "the future of social governance in Xinjiang" is not told
 * by what will come of a theory applied in Xinjiang.
 */
export function tellsFuture(sentence: string, nouns: readonly string[]): boolean {
  const stems = new Set(tokenize(sentence).map((t) => t.stem));
  return /\b(?:will|shall|future)\b/iu.test(sentence) && nouns.filter((n) => stems.has(n)).length * 2 >= nouns.length;
}
