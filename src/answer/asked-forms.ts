/**
 * Forms of asking read after the idioms: "make sure that", "how does the circle work?", "why is
 * it called…?", "the link between X and Y", "…and list its sources", "described as", "four
 * experiences: which is the second?". Their words ("sure", "work", "called", "link", "sources")
 * say how a question asks, not what about. Applied in idioms.ts, last and in this order.
 */
export const ASKED_FORMS: ReadonlyArray<readonly [RegExp, string]> = [
  // "Make sure that…" asks how something is done, and says nothing of what.
  [/\b(?:make|makes|made|making)\s+sure(?:\s+that)?\b/giu, ' '],
  // "How does the circle work?" asks how it functions: "work" in the thesis is only ever a noun
  // (mass work), so the verb, read as a frame, would leave the question with its topic alone.
  // "In practice" there asks the same, not about the "practical grasp" of chapter 2.
  [/\b(how\s+(?:does|do|did|will|would|can|could|should)\s+(?:[^?.!]+?)\s+)(?:work|operate|function)(?:\s+in\s+practice)?(?=\s*[?？!.]*\s*$)/giu, '$1function'],
  // "Why is it called a concentric circle?" asks what the name means, for which the thesis gives
  // its meaning, and no reason ("why" would look for one). "Why is leadership called decisive?"
  // asks a reason: a name after a noun comes with its article or quotes.
  [/\bwhy\s+(?:is|was|are|were)\s+(?:(?:it|this|that|they)\s+(?:called|named|termed|dubbed|known\s+as)\s+(?:an?\s+|the\s+)?|(?:the|this|its|their)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,4}?\s+(?:called|named|termed|dubbed|known\s+as)\s+(?:an?\s+|the\s+|(?=["“‘'])))(?!(?:that|this|so)\b)([^?？!.()]{2,60}?)(?:\s+(?:anyway|anyways|anyhow|then|exactly))?(?=\s*[?？!.]*\s*(?:\(|$))/giu, 'what does $1 mean'],
  // "What is it called in full?", "its full name": its name, not the "full consultation" of chapter 6.
  [/\b(called|named|known\s+as)\s+in\s+full\b/giu, '$1'],
  [/\bfull\s+(name|title)\b/giu, '$1'],
  // "The link between X and Y", "how is X connected to Y?" ask how two things stand, which the
  // thesis's "connecting the people" and "contact" (a link's synonyms) do not say.
  [/\b(?:links?|connections?|ties|nexus)\s+(?=between\b)/giu, ''],
  // Only "how is X linked to Y?": "stay connected with the people" is the party's contact.
  [/(?<=\bhow\s+(?:is|are|was|were)\s+[^?]{1,60}?\s)(?:linked|connected|tied)\s+(?:up\s+)?(?:to|with)\b/giu, 'related to'],
  // "How are they related?": the relation asked is no topic of its own; "related concepts" is.
  [/\s+(?:related|connected|linked|interrelated)(?:\s+to\s+each\s+other|\s+to\s+one\s+another|\s+together)?(?=\s*[?？!.]*\s*(?:\(|$))/giu, ''],
  // "…and list its sources", "with citations": every answer gives its sources; asking adds no topic.
  [/(?<=\S)\s*,?\s*(?:(?:and|&)\s+)?(?:(?:please\s+)?(?:list|give|show|include|cite|add|provide)\s+(?:me\s+)?(?:its\s+|the\s+|your\s+|all\s+the\s+)?(?:sources?|citations?|references?|quotes?|page\s+numbers?)|with\s+(?:its\s+|the\s+|full\s+)?(?:sources?|citations?|references?|quotes?|page\s+numbers?))(?=(?:\s*,?\s*(?:please|pls|plz))?\s*[?？!.]*\s*$)/giu, ''],
  // Members "kept in line" are managed and supervised (chapter 5's word).
  [/\b(?:keep|keeps|kept|keeping)\s+in\s+line\b/giu, 'supervised'],
  [/\b(?:keep|keeps|kept|keeping)\s+((?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+)\s+in\s+line\b/giu, 'supervise $1'],
  // "The glue that holds them together" is what unites them.
  [/\bglue\b/giu, 'unity'],
  // "Micro-level conditions", "community-level work": the level names no topic of its own.
  [/\b(\p{L}+)-level\b/giu, '$1'],
  // "Is the activity described as compulsory?" asks whether it is so, as the thesis tells it.
  [/^(\s*(?:is|are|was|were)\s+[^?]{1,60}?)\s+(?:described|portrayed|characteri[sz]ed|depicted|presented|framed|called|labell?ed)\s+as\s+(?=\S)/iu, '$1 '],
  // "(It says there were) four experiences — what is the second?", "four paths: which comes
  // last?": the second (or last) of the four.
  [/^\s*(?:(?:the\s+(?:thesis|author|text|paper)|it)\s+(?:says?|said|mentions?|lists?|names?|gives?)\s+(?:that\s+)?(?:there\s+(?:are|were)\s+)?)?((?:the\s+)?(?:\d+|two|three|four|five|six|seven|eight)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+s)\s*[:–—-]+\s*(?:so\s+|and\s+)?(?:what|which)(?:\s+one)?(?:['’]s|\s+is|\s+was|\s+comes|\s+came)\s+(?:the\s+)?(first|second|third|fourth|fifth|sixth|last|final)(?:\s+one)?(?=\s*[?？!.]*\s*$)/iu, 'what is the $2 of $1'],
];
