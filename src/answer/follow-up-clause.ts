/**
 * "And when it contracts?", "what about if they disagree?": a new condition alone, asked in
 * place of the one the question before set ("what happens when the circle expands?"). "And
 * when was it posted?" asks a time.
 */
const CLAUSE_ALONE = /^\s*(?:(?:and|but|so|ok(?:ay)?)[\s,]+|(?:what|how)\s+about\s+)?(when|if|after|once|whenever)\s+(?!(?:is|are|was|were|did|does|do|has|have|had|will|would|can|could|should)\b)(.+?)\s*[?？!.]*\s*$/iu;

/** The condition at the end of a question: "when the circle expands", its subject then its verb. */
const CLAUSE_AT_END = /\b(when|if|after|once|whenever)\s+((?:(?:the|its|their|a|an)\s+)?(?:"?[\p{L}-]+"?\s+){0,2}?"?[\p{L}-]+"?)\s+(\p{L}+)(\s*[?？!.]*\s*)$/iu;

/** "It", "they": the new condition's subject is the one before. */
const PRONOUN_SUBJECT = /^(?:it|they|this|that)\b/iu;

/**
 * "What happens when the circle expands?" then "and when it contracts?": the question before,
 * with the new condition in place of its own ("what happens when the circle contracts?"), the
 * pronoun standing for the subject before. Undefined when either has no such condition.
 */
export function swappedClause(previous: string, current: string): string | undefined {
  const now = CLAUSE_ALONE.exec(current);
  const before = CLAUSE_AT_END.exec(previous.trim());
  if (!now || !before) return undefined;
  const [, word, clause] = now;
  const [, , subject] = before;
  if (!word || !clause || !subject) return undefined;
  const stated = clause.replace(PRONOUN_SUBJECT, subject);
  return previous.trim().replace(CLAUSE_AT_END, `${word} ${stated}$4`);
}
