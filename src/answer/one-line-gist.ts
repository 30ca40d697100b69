/**
 * "Quote the key sentence", "one quote that sums it up", "which part is most important?", "the
 * main point": the one sentence that best says what a section does. The thesis ranks none of its own sentences,
 * but a reader asking this wants the gist, not a sentence with "key" or "important" in it.
 */
const ONE_LINE_GIST: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:the\s+|a\s+|one\s+)?(?:key|central|core|crucial|defining|most\s+important|single\s+most\s+important)\s+(?:sentence|quote|quotation|passage|line)\b/giu, 'the gist in one sentence'],
  // One main point (several "main points" are a summary's).
  [/\b(?:the\s+|its\s+|their\s+|a\s+|one\s+)?(?:main|central|core|overall|big)\s+(?:point|idea|argument|message|thrust|takeaway)\b/giu, 'the gist in one sentence'],
  [/\b(?:one|a\s+single|a)\s+(?:quote|quotation|sentence|line|passage)\s+that\s+(?:sums?|summ(?:ed|ing))\s+(?:(?:it|this|that)\s+)?up\b/giu, 'the gist in one sentence of'],
  [/\b(?:which|what)\s+(?:part|bit|sentence|passage)\s+of\s+([^?.!,;]{1,40}?)\s+(?:is|was)\s+(?:the\s+)?(?:most\s+important|most\s+central|key|crucial)\b/giu, 'what is the gist in one sentence of $1'],
  [/\b(?:which|what)\s+(?:part|bit|sentence|passage)\s+(?:is|was)\s+(?:the\s+)?(?:most\s+important|most\s+central|key|crucial)\b/giu, 'what is the gist in one sentence'],
];

/** The question with a request for a section's one key sentence asked as its gist in one sentence. */
export function withOneLineGist(question: string): string {
  return ONE_LINE_GIST.reduce((text, [asked, plain]) => text.replace(asked, plain), question);
}
