/**
 * Shapes of a question that say what it asks in other words: a count put after the thing ("the
 * experiences were 3"), "to what extent is X so?", "what came out of X", "why bother?", "how
 * does chapter 1 set up the rest?", "the whole point", "what changed once…", "what didn't
 * work?". Read as they are, their words ("extent", "come", "bother", "set up", "whole") would
 * be searched as topics. Applied in idioms.ts, in its order.
 */
export const QUESTION_SHAPES: ReadonlyArray<readonly [RegExp, string]> = [
  // "The experiences were 3", "were the experiences 3?": a count put after the thing, as
  // "there were 3 experiences".
  [/\bthe\s+([\p{L}-]+[^s\s'’]s)\s+(were|are)\s+(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)(?=\s*(?:in\s+number\s*)?(?:[,;?？.!]|$))/giu, 'there $2 $3 $1'],
  [/^\s*(were|are)\s+the\s+([\p{L}-]+[^s\s'’]s)\s+(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)(?=\s*(?:in\s+number\s*)?[?？.!]*\s*$)/iu, '$1 there $3 $2'],
  // "How does chapter 1 set up the rest of the thesis?" asks what the chapter does, not of "establishing".
  [/\s*\b(?:set|sets|setting)\s+up\s+(?:the\s+rest\s+of\s+(?:the\s+|this\s+)?(?:thesis|dissertation|paper|argument|book|work)|what\s+(?:follows|comes\s+(?:next|after))|the\s+(?:later|following|other|remaining)\s+chapters)\b/giu, ' do'],
  // "To what extent is X so?" asks whether it is, as the thesis tells it: the thesis's own "to a
  // certain extent" is no answer to it.
  [/^\s*to\s+what\s+(?:extent|degree)\s+(?=(?:is|are|was|were|does|do|did|has|have|had|can|could|will|would)\b)/iu, ''],
  // "What came out of the consultation work?" asks what it resulted in, not of "come from the masses".
  [/\b(?:come|comes|came|coming)\s+out\s+of\b/giu, 'resulted from'],
  // "The whole point of" is the point, not the thesis's "whole process".
  [/\bthe\s+(?:whole|entire|very)\s+(point|purpose|idea|aim)\b/giu, 'the $1'],
  // "What changed once the cadres entered…?" asks what happened then.
  [/^\s*what\s+changed\s+(?=(?:once|after|when)\b)/giu, 'what happened '],
  // "What didn't work?" asks what failed, a judgement the thesis may never make.
  [/\b(?:didn['’]t|did\s+not|doesn['’]t|does\s+not|hasn['’]t|has\s+not)\s+work(?:\s+out)?(?=\s+(?:in|for|at|with)\b|\s*[?.!]*\s*$)/giu, 'failed'],
  // "The number of communities in Urumqi is...", "the main ethnic groups are ___": a sentence
  // left for the reader to finish asks what it is.
  [/^\s*((?:the|its|his|her|their)\s+\S.*?)\s+(is|are|was|were)\s*(?:\.{2,}|…|_{2,}|[?？])+\s*$/iu, 'what $2 $1?'],
  // "Does the thesis substantiate (prove, demonstrate) that X?" asks whether it says so: it
  // argues in words, and its words are all there is to check the claim against.
  [/\b(does|did)\s+((?:the\s+|this\s+)?(?:thesis|dissertation|paper|study|text|abstract|author|writer|it|wang))\s+(?:substantiate|demonstrate|prove|establish|evidence|document|show)\s+(?:the\s+claim\s+)?that\b/iu, '$1 $2 say that'],
  // "The thesis was supervised by ___", "___ deployed the activity": the blank is a doer, asked who.
  [/^\s*((?:the|its|his|her|their|this)\s+\S.*?)\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(\p{L}+ed)\s+by\s*(?:\.{2,}|…|_{2,})+\s*[?？.!]*\s*$/iu, 'who $2 $1?'],
  [/^\s*(?:\.{2,}|…|_{2,})+\s+(?=\p{L})(.+?)\s*[?？.!]*\s*$/iu, 'who $1?'],
  // "Which concepts are defined before the framework is introduced?": where in the thesis's
  // own order a thing comes, which its sentences follow; not a topic of its own. (Without a
  // deed of its own, "what does the author do after…", the order is what is asked.)
  [/(?<=\b(?:defined|discussed|explained|described|reviewed|covered|analy[sz]ed|listed|named|given))\s+(?:before|after|once)\s+(?:the\s+|its\s+)?[\p{L}\s'’-]{1,40}?\s+(?:is|are|gets|get|was|were)\s+(?:introduced|presented|set\s+out|laid\s+out|brought\s+in|brought\s+up)(?=\s*[?？.!]*\s*$)/iu, ''],
  // "Which concepts receive a formal definition?", "are given definitions": which are defined.
  [/\b(?:receive|receives|received|get|gets|got|(?:is|are|was|were)\s+given)\s+(?:an?\s+|their\s+|its\s+)?(?:(?:formal|precise|clear|explicit|proper|exact|careful|working)\s+)?definitions?\b/giu, 'are defined'],
  // A learner's word order: "what is mean X?" asks what X means; "party member how many go to
  // community?" asks how many party members go.
  [/^\s*what\s+(?:is|are)\s+mean(?:ing)?\s+(?:of\s+)?/iu, 'what is the meaning of '],
  [/^\s*(?!(?:so|and|but|ok|okay|then|well|hey|yo|lol|also|wait|now|just|tell|do|does|did|i|we|you|any|um+|hmm+)\b)((?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,2}?)\s+how\s+(many|much)\s+(?=(?:are|is|were|was|have|has|had|do|does|did|go|goes|went|get|got|come|came|exist|there)\b|\p{L}+ed\b)/iu, 'how $2 $1 '],
  // "Why bother (with it)?" asks why.
  [/\bwhy\s+bother(?:ing)?(?:\s+with\s+(?:it|this|that|them))?(?=\s*[?？!.]*\s*$)/giu, 'why'],
];
