/**
 * "What do critics say about…", "How did residents react to…": a question about what someone
 * said or did, whose answer depends on who that is. Returns who, as typed.
 */
const SOURCE_QUESTION = /\b(?:what|how)\s+(?:do|does|did)\s+(.+?)\s+(?:say|think|argue|claim|believe|write|feel|react|respond)\b/iu;

/** The speaker a question asks about ("critics", "the interviewees"), or undefined. */
export function askedSource(question: string): string | undefined {
  return SOURCE_QUESTION.exec(question)?.[1]?.trim();
}

/**
 * "What are the failures of the mass line?", "its weaknesses", "the criticisms": a judgement of
 * the work's subject. When the thesis never uses the word, it does not judge its subject so.
 */
const JUDGEMENT =
  /\b(?:failures?|failings?|weakness(?:es)?|shortcomings?|flaws?|drawbacks?|limitations?|criticisms?|critiques?|downsides?|disadvantages?|pitfalls?|deficienc(?:y|ies)|defects?|mistakes?|weak\s+points?|cons)\b/iu;

/** The judgement a question asks for ("failures", "weaknesses"), as typed, or undefined. */
export function askedJudgement(question: string): string | undefined {
  return JUDGEMENT.exec(question)?.[0];
}
