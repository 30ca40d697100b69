/**
 * Kinds of thing a question asks for by a word of their own (a judgement, a measurement, a
 * procedure), which the thesis either writes of or does not: where it never names the kind, it
 * cannot tell of it, whatever else the question names.
 */

/**
 * "What are the failures of the mass line?", "its weaknesses", "the criticisms" (or the
 * "counterarguments" and "objections" it answers), "what problems remain unsolved?": a judgement of
 * the work's subject. When the thesis never uses the word, it does not judge its subject so.
 */
const JUDGEMENT =
  /\b(?:failures?|failings?|weakness(?:es)?|shortcomings?|flaws?|drawbacks?|limitations?|criticisms?|critiques?|critics?|downsides?|disadvantages?|pitfalls?|deficienc(?:y|ies)|defects?|mistakes?|weak\s+points?|cons|counter[-\s]?arguments?|counter[-\s]?points?|objections?|rebuttals?|unsolved|unresolved|(?:remaining|outstanding|lingering|open)\s+(?:problems|issues|questions))\b/iu;

/** "Has the mass line failed?": the same judgement as a verb, named by its noun. */
const FAILED = /\bfail(?:s|ed|ing)?\b/iu;

/**
 * "How does the thesis measure stability?", "how was trust quantified?", "how is the common
 * denominator calculated?": a measurement asked for. When the thesis never writes of
 * measuring or calculating, it measures nothing.
 */
const MEASURED = /\bhow\s+(?:does|do|did|is|are|was|were|can|could)\s+(?:[\p{L}'’]+\s+){0,7}?(measur(?:e|es|ed|ing)|quantif(?:y|ies|ied)|gauge[sd]?|calculat(?:e|es|ed|ing)|comput(?:e|es|ed|ing))\b/iu;

/** "Computed numerically", "tested statistically", "like in numbers", "measurable outcomes": a measurement asked for by its manner. */
const COUNTED_BY = /\b(numerically|statistically|quantitatively)\b|\bin\s+(numbers|figures|statistics)\b|\b(measurable|quantifiable|quantified|measured)\s+(?:outcomes?|results?|effects?|impacts?|gains?|improvements?|changes?|success)\b/iu;

/**
 * "Why do some groups resist consultation?", "who opposed it?", "the masses who refused to take
 * part": opposition to the work's
 * subject, named by its noun. When the thesis never writes of it, it reports none.
 */
const OPPOSED: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bresist(?:s|ed|ing|ance)?\b/iu, 'resistance'],
  // Not two things of the text set against each other ("are stability and flexibility opposed?"):
  // a relation the thesis may speak to, not people resisting it.
  [/\boppos(?:e|es|ed|ing|ition)\b(?<!\b(?:are|were)\s+(?:[\p{L}'’]+\s+){1,4}?and\s+(?:[\p{L}'’]+\s+){1,4}?opposed)(?!\s+to\s+(?:each\s+other|one\s+another))/iu, 'opposition'],
  [/\b(?:distrust|mistrust)(?:s|ed|ing)?\b/iu, 'distrust'],
  [/\bprotest(?:s|ed|ing|ers?)?\b/iu, 'protest'],
  // Not "reject": a reader's word for how the thesis sets Western pluralism apart too.
  [/\b(?:refus(?:e|es|ed|ing|al|als)|boycott(?:s|ed|ing)?)\b/iu, 'refusal'],
];

/**
 * "What recommendations does it make to the central government?", "the author's suggestions":
 * advice asked for by its noun. The thesis describes and argues; where it never writes of
 * recommending, a word it shares with the question ("central") does not make it advise.
 */
const ADVICE = /\b(?:recommendations?|suggestions?|advice|prescriptions?)\b/iu;

/** The judgement or advice a question asks for ("failures", "weaknesses", "resistance", "recommendations"), as typed or by its noun, or undefined. */
export function askedJudgement(question: string): string | undefined {
  return JUDGEMENT.exec(question)?.[0] ?? ADVICE.exec(question)?.[0] ?? (FAILED.test(question) ? 'failure' : OPPOSED.find(([re]) => re.test(question))?.[1]);
}

/**
 * "How were the secretaries elected?", "how do members vote?", "by election or appointment?": a
 * procedure for choosing, paying or sanctioning people, by its noun. Where the thesis never
 * names one, it does not describe it; handling in general ("how are branches restructured?")
 * may be told in other words, so it is left to the search (a rule on every unknown participle
 * lost 7 questions for 4).
 */
const PROCEDURES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\belect(?:s|ed|ing|ions?|oral)?\b/iu, 'elections'],
  [/\bvot(?:e|es|ed|ing|ers?)\b/iu, 'voting'],
  [/\b(?:appoint(?:s|ed|ing|ments?)?|nominat(?:e|es|ed|ing|ions?))\b/iu, 'appointments'],
  [/\b(?:hir(?:e|es|ed|ing)|recruit(?:s|ed|ing|ment)?)\b/iu, 'recruitment'],
  [/\b(?:dismiss(?:es|ed|ing|al)?|fired|punish(?:es|ed|ing|ment)?|arrest(?:s|ed)?|sentenced|violat(?:e|es|ed|ing|ions?))\b/iu, 'sanctions'],
  [/\b(?:regist(?:er|ers|ered|ering|ration)|licen[cs](?:e|es|ed|ing))\b/iu, 'registration'],
  [/\baudit(?:s|ed|ing|ors?)?\b/iu, 'audits'],
  // Not after a choosing the thesis tells of: "how are secretaries chosen and trained?" is half answered.
  [/(?<!\b(?:chosen|selected|picked|educated|managed|supervised)\s+and\s+)\btrain(?:s|ed|ing|ings|ers?|ees?)?\b/iu, 'training'],
  // People or work evaluated ("how are secretaries evaluated?", "who assesses it?", "what are
  // members tested on?"), not the author assessing something, which the thesis does
  // throughout, nor a thing "examined" or "tested" in the study.
  [/\b(?:(?:are|is|were|was|get|gets|got|be|been)\s+(?:\p{L}+\s+){0,2}?(evaluated|assessed|appraised|graded|rated)|who\s+(evaluates|assesses|appraises|grades|rates)|(?:members|secretaries|cadres|workers|officials|leaders|staff|volunteers)\s+(tested|examined))\b/iu, 'evaluations'],
];

/** The word a measurement is asked for by ("measured", "numerically", "figures"), as typed, or undefined. */
export function measurementAsked(question: string): string | undefined {
  const counted = COUNTED_BY.exec(question);
  return MEASURED.exec(question)?.[1] ?? counted?.[1] ?? counted?.[2] ?? counted?.[3];
}

/** The noun of a procedure a question asks of ("elections", "voting") whose word `unwritten` says the thesis never writes, or undefined. */
export function procedureAsked(question: string, unwritten: (word: string) => boolean): string | undefined {
  const unnamed = ([re]: readonly [RegExp, string]) => {
    const m = re.exec(question);
    const word = m ? (m.slice(1).find((w) => w !== undefined) ?? m[0]) : undefined;
    return word !== undefined && unwritten(word);
  };
  return PROCEDURES.find(unnamed)?.[1];
}

/**
 * "How many party members live in Urumqi?": a population, asked by where people live. A count
 * of those who went somewhere ("millions … have entered communities") does not give it.
 */
const RESIDING = /\bhow\s+many\s+(?:[\p{L}'’-]+\s+){1,6}?(live|lives|living|reside|resides|residing|dwell|dwells|inhabit|inhabits)\b/iu;

/** The verb by which a population is asked for ("live", "reside"), as typed, or undefined. */
export function residenceCounted(question: string): string | undefined {
  return RESIDING.exec(question)?.[1];
}

/**
 * A record the thesis never keeps: a procedure by its noun when the question does not name the
 * thing more closely ("any elections"), or a population counted by where people live.
 */
export function unrecordedAct(question: string, unwritten: (word: string) => boolean): string | undefined {
  const procedure = procedureAsked(question, unwritten);
  if (procedure) return `any ${procedure}`;
  const residing = residenceCounted(question);
  return residing && unwritten(residing) ? 'who lives where' : undefined;
}

/**
 * "Who are the weakest links?", "what is the cheapest way…", "the smallest circle": a ranking
 * asked for by a superlative. Words that end so without ranking ("interest", "protest",
 * "honest") are not superlatives.
 */
const SUPERLATIVE = /\b(?!(?:interest|request|suggest|protest|forest|honest|modest|manifest|harvest|contest|invest|arrest|digest|conquest|earnest|attest|detest|infest|ingest|molest|unrest|behest|bequest|priest|tempest|midwest|northwest|southwest|northeast|southeast)\b)(\p{L}{2,}est)\b(?:\s+(?!(?:of|in|on|to|for|and|or|is|are|was|were)\b)(\p{L}+))?/iu;

/**
 * The ranking a question asks for by a superlative the thesis never writes ("the weakest
 * links"), or undefined: it ranks things by "largest" and "most important", not by every
 * measure a reader may think of.
 */
export function unwrittenRanking(question: string, unwritten: (word: string) => boolean): string | undefined {
  const found = SUPERLATIVE.exec(question);
  const word = found?.[1];
  if (!word || word.length < 6 || !unwritten(word)) return undefined;
  return `the ${[word, found[2]].filter(Boolean).join(' ').toLowerCase()}`;
}

/** "What would happen if the party stopped mass work?": a case put to the thesis, by its clause. */
const HYPOTHETICAL = /\bwhat\s+(?:would|could|might)\s+(?:happen|have\s+happened|be\s+the\s+(?:result|consequence|effect)s?)\s+if\s+([^?.!]+)/iu;

/**
 * The case a question supposes ("if the party stopped doing mass work"), when `unwritten` says
 * the thesis never writes a word of it: the thesis says what is, and puts no such case.
 */
export function unwrittenCase(question: string, unwritten: (words: string) => boolean): string | undefined {
  const clause = HYPOTHETICAL.exec(question)?.[1]?.trim();
  return clause && unwritten(clause) ? `what would happen if ${clause}` : undefined;
}

/** "If the circle contracts too much", "overly strict", "excessive control": a thing taken too far. */
const EXCESS = /\b(too\s+(?:much|far|many|little|few|fast|quickly|slowly|often|long|late|early|slow|hard|difficult|costly|expensive|strict|strong|weak|big|small|large|tight|loose|narrow|wide))\b|\b(overly\s+\p{L}+|excessive(?:ly)?(?:\s+\p{L}+)?)\b/iu;

/**
 * The excess a question asks about ("too much"), as typed, when the thesis never writes of
 * anything taken too far (`writes` tells its words): it says what the circle does, not what
 * happens past a limit.
 */
export function unwrittenExcess(question: string, writes: (word: string) => boolean): string | undefined {
  const m = EXCESS.exec(question);
  const typed = m?.[1] ?? m?.[2];
  if (!typed || ['too', 'overly', 'excessive', 'excess', 'excessively'].some(writes)) return undefined;
  return `“${typed.toLowerCase()}”`;
}
