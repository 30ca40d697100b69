/**
 * Everyday phrases for what the thesis says in its own set words: "from start to finish" is
 * its "whole process", the "end of the line" its "last kilometer", "growing out of" developing
 * from. Read as typed, their words are topics it never uses and the question is refused.
 * Applied in idioms.ts, in its order.
 */
export const PLAIN_PHRASES: ReadonlyArray<readonly [RegExp, string]> = [
  // "Permeate governance from start to finish": run through its whole process.
  [/\b(?:permeat|pervad)(?:e|es|ed|ing)\b/giu, 'run through'],
  [/\bfrom\s+(?:start|beginning)\s+to\s+(?:finish|end)\b|\bfrom\s+first\s+to\s+last\b/giu, 'the whole process'],
  // "At the very end of the line", "the end of the road" for the people: the last kilometer.
  [/\b(?:the\s+)?(?:very\s+)?end\s+of\s+the\s+(?:line|road|chain)\b/giu, 'the last kilometer'],
  // "What does the circle grow out of?": what it develops from ("stem from" asks a cause).
  [/\b(?:grow|grows|grew|grown|growing)\s+out\s+of\b/giu, 'develop from'],
  // "Historically speaking", "broadly speaking": the adverb says it; "speaking" is no topic.
  [/\b(\p{L}+ly)\s+speaking\b/giu, '$1'],
  // "Raise the calibre of branch leaders", "boost standards": improve their quality.
  [/\b(?:raise|raises|raised|raising|lift|lifts|lifted|lifting|boost|boosts|boosted|boosting)\s+(?:the\s+)?(?:calibre|caliber|quality|standards?)\b/giu, 'improve the quality'],
  // Scholarship "from inside and outside China": the research status "at home and abroad".
  [/\b(?:from\s+)?(?:inside|within)\s+(?:and|&)\s+outside(?:\s+of)?\s+china\b/giu, 'at home and abroad'],
  // "Local party units", "local party cells": the community party organizations and branches.
  [/\blocal\s+party\s+(?:units?|organs?|bodies|body|organi[sz]ations?)\b/giu, 'community party organizations'],
  [/\blocal\s+party\s+(?=(?:cells?|branch|branches)\b)/giu, 'community party '],
  // "What did the corps bring to the table?": what it contributed.
  [/\b(?:bring|brings|brought|bringing)\s+to\s+the\s+table\b/giu, 'contribute'],
  // "How come the party leads?": why it does.
  [/^\s*how\s+come\b/giu, 'why'],
  // "In charge of neighbourhood affairs": leading their governance.
  [/\b(?:be|is|are|was|were|being|been|put|stay|stays|remain|remains)\s+in\s+charge\s+of\b|\bin\s+charge\s+of\b/giu, 'lead'],
  // "Keeping order", "keeping the peace", "law and order": stability, as the thesis names what is kept.
  [/\b(?:keep|keeps|keeping|kept|maintain|maintains|maintaining|maintained|preserve|preserves|preserving|preserved)\s+(?:(?:public\s+|social\s+)?order|the\s+peace)\b|\blaw\s+and\s+order\b/giu, 'stability'],
  // "Without the party in charge": without its leadership.
  [/\bthe\s+(?:communist\s+)?party\s+(?:being\s+)?in\s+charge\b(?!\s+of\b)/giu, "the party's leadership"],
  [/\b(communit(?:y|ies)|neighbou?rhoods?|local|grass[\s-]?roots?)\s+affairs\b/giu, '$1 governance'],
  // "What went wrong with consultation?": its failures, which the thesis never names.
  [/\bwhat\s+(?:has\s+|have\s+)?(?:went|goes|go|gone|going)\s+wrong\s+(?:with|in)\b/giu, 'what were the failures of'],
  // "Where did the resources end up going?": where they went; the ending is no topic.
  [/\b(?:end|ends|ended|ending)\s+up\s+(?=\p{L}+ing\b|in\b|at\b|as\b)/giu, ''],
  // "Keep an eye on members": supervise them.
  [/\b(?:keep|keeps|kept|keeping)\s+(?:an|a\s+close|close)\s+eyes?\s+on\b|\bkeep(?:s|ing)?\s+tabs\s+on\b|\bkept\s+tabs\s+on\b/giu, 'supervise'],
  // "Officials fanned out into homes": they entered them, as the thesis's members entered communities.
  [/\b(?:fan|fans|fanned|fanning)\s+out\s+(?:into|across|to|through)\b/giu, 'entered'],
  // "What groundwork does the opening part lay?": what it introduces.
  [/\bwhat\s+(?:groundwork|foundations?|ground)\s+(?:does|do|did)\s+(.+?)\s+(?:lay|lays|laid|prepare|prepares|prepared)\b/giu, 'what does $1 introduce'],
  // "The ranks of branch leaders": the branch secretaries, as party branches name their heads.
  [/\bthe\s+ranks\s+of\s+/giu, 'the '],
  [/\b(branch|branches['’]?|branch['’]s)\s+(?:leaders?|heads?|chiefs?)\b/giu, 'branch secretaries'],
  // "The thesis's bottom line about its framework": its conclusion on it. A bottom line of a
  // chapter, or alone, stays a request for its gist (section-answer.ts).
  [/\bbottom[\s-]+lines?\s+(?=(?:about|on|regarding|concerning)\b)/giu, 'conclusion '],
  // "Looking at it from Xinjiang's governance": from that perspective, which the thesis names so.
  [/\b(?:look|looks|looked|looking|view|views|viewed|viewing|see|seeing|seen)\s+at\s+(?:it|this|that|them|things|the\s+city|urumqi)\s+from\s+(?:the\s+(?:angle|standpoint|point\s+of\s+view)\s+of\s+)?/giu, 'from the perspective of '],
  // "What sits in the middle, in this picture?": the picture is the one being asked about, no topic of its own.
  [/,?\s*\bin\s+(?:this|that|the\s+author['’]s|the)\s+(?:picture|image|metaphor|scheme|diagram)\b/giu, ''],
  // "Which actors matter most?": which are the most important.
  [/\b(?:matter|matters|mattered|count|counts)\s+(?:the\s+)?most\b/giu, 'are most important'],
];
