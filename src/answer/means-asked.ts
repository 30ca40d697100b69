/** "Does the party use social media to reach the masses?": the means a question asks about, before what it is for. */
const MEANS_USED = /\b(?:use|uses|used|using|utili[sz]e[sd]?|rel(?:y|ies|ied)\s+on|employ(?:s|ed)?)\s+((?!(?:it|them|this|that)\b)[^?.!,;]+?)\s+(?:to|for|in\s+order\s+to)\b/iu;

/** "Does the thesis use interviews (with community workers)?": a method the study is asked to use, up to what it is of or with. */
const STUDY_USES = /\b(?:does|do|did)\s+(?:the\s+)?(?:thesis|author|study|paper|dissertation|research|writer|candidate)\s+(?:use|employ|conduct|include|draw\s+on|rely\s+on|make\s+use\s+of)\s+((?!(?:it|them|this|that)\b)[^?.!,;]+?)(?=\s+(?:with|of|to|for|in|from|on|about|among)\b|\s*[?.!]*\s*$)/iu;

/** "What software does the community use for consultation?": the kind of means asked for, before its verb. */
const MEANS_ASKED = /^\s*(?:what|which)\s+(?:kinds?\s+of\s+|sorts?\s+of\s+|types?\s+of\s+)?([\p{L}-]+(?:\s+[\p{L}-]+)?)\s+(?:does|do|did)\s+.+?\s+(?:use|rely\s+on|employ)\b/iu;

/** Words that ask how a thing is done, not which thing does it: "what tool", "which method". */
const HOW_WORDS = /^(?:tools?|means|methods?|ways?|mechanisms?|instruments?|approach(?:es)?|strateg(?:y|ies)|techniques?|devices?|channels?|forms?|kinds?|sorts?|types?)$/iu;

/** The means a "what X does Y use" question names, by its head word ("software" of "what software…"). */
function meansAsked(question: string): string | undefined {
  const head = MEANS_ASKED.exec(question)?.[1]?.split(/\s+/u).at(-1);
  return head && !HOW_WORDS.test(head) ? head : undefined;
}

/**
 * The means a question asks the thesis's actors, or the study, to have used ("social media",
 * "interviews"), when `unwritten`
 * says the thesis never writes a word of it: what the thesis says of the end ("reaching the
 * masses") does not say that it was reached so.
 */
export function unwrittenMeans(question: string, unwritten: (words: string) => boolean): string | undefined {
  const means = (MEANS_USED.exec(question)?.[1] ?? STUDY_USES.exec(question)?.[1] ?? meansAsked(question))?.trim().replace(/^(?:the|a|an|any)\s+/iu, '');
  return means && unwritten(means) ? means : undefined;
}
