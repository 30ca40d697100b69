/**
 * "What do critics say about…", "How did residents react to…": a question about what someone
 * said or did, whose answer depends on who that is. Returns who, as typed.
 */
const SOURCE_QUESTION = /\b(?:what|how)\s+(?:do|does|did)\s+(.+?)\s+(?:say|think|argue|claim|believe|write|feel|react|respond)\b/iu;

/** The speaker a question asks about ("critics", "the interviewees"), or undefined. */
export function askedSource(question: string): string | undefined {
  return SOURCE_QUESTION.exec(question)?.[1]?.trim();
}
