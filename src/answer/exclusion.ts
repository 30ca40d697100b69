/**
 * "Besides consultation, what paths…", "the four dangers apart from separation": what the asker
 * already has and wants no more of. It runs to a comma or the end, or to the question's own
 * asking when the phrase opens it.
 */
const EXCLUDED = /\b(?:besides|beside|apart\s+from|aside\s+from|other\s+than|except(?:\s+for)?|excluding|ignoring|(?:leaving|setting|putting)\s+aside|in\s+addition\s+to)\s+(.+?)(?=\s*[,;?!.]|\s+(?:what|which|who|how|where|why|when|does|do|did|is|are|was|were|can|could)\b|$)/iu;

/**
 * "The other three dangers", "what else besides…", "the remaining styles", "the rest": the rest
 * of a set is asked for. How many are left ("the other three") goes with it: no topic.
 */
export const OTHERS = /\b(?:(?:others?|remaining)(?:\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+))?|rest\s+of|the\s+rest)\b/iu;

/** The words of a question that name what it sets aside ("consultation" in "besides consultation, …"), or undefined. */
export function excludedPart(question: string): string | undefined {
  return EXCLUDED.exec(question)?.[1]?.trim() || undefined;
}

/** Whether a question asks for the rest of something: "the other three…", "besides X…". */
export function asksForOthers(question: string): boolean {
  return OTHERS.test(question) || excludedPart(question) !== undefined;
}
