/**
 * Idioms of the asking rather than of the thing asked: "what does it mean when it says…",
 * "does it say what's new?", "copy the sentence…", "is X part of the story?", "goes into
 * detail on…". Read as they are, their words ("new", "copy", "story", "detail") would be
 * searched as topics. Applied first in idioms.ts.
 */
export const ASKING_IDIOMS: ReadonlyArray<readonly [RegExp, string]> = [
  // "What does the thesis mean when it says the circle is consolidated?": what it says is asked.
  [/^\s*what\s+does\s+(?:the\s+|this\s+)?(?:thesis|dissertation|paper|author|writer|text|abstract|it)\s+mean\s+(?:when|where|by\s+saying|in\s+saying)\s+(?:(?:it|they|he|she|the\s+(?:thesis|author|text))\s+)?(?:says?|writes?|claims?|states?)\s+(?:that\s+)?/giu, ''],
  // "When the thesis says the circle contracts, what does it mean?": what it says is asked, as above.
  [/^\s*when\s+(?:the\s+|this\s+)?(?:thesis|dissertation|paper|author|writer|text|abstract|it|she|he)\s+(?:says|talks\s+about|mentions|writes|speaks\s+of|uses|calls)\s+(.+?)\s*,?\s+what\s+(?:does|do|is)\s+(?:it|that|this|they|she|he|the\s+(?:thesis|author|writer))\s+(?:mean|talking\s+about|referring\s+to|refer\s+to)\b/giu, 'what does $1 mean'],
  // "Does the introduction say what's new?" asks which the innovations are: it only names them.
  [/\b(?:say|tell|mention|explain|state|spell\s+out)(?<=\b(?:does|do|did)\b.*)\s+what(?:['’]s|\s+is|\s+was)\s+(?:new|novel|original|innovative)(?:\s+(?:about|in)\s+(?:the|this|its|her|his)\s+(?:study|thesis|dissertation|research|work|paper|approach))?(?=\s*[?？!.]*\s*$)/giu, 'say what the innovations are'],
  // "What's new in this thesis?": the innovations the introduction claims.
  [/\bwhat(?:['’]s|\s+is)\s+new\s+(?:in|about)\s+(?:this|the)\s+(?:thesis|dissertation|study|work|research)\b/giu, 'what are the innovations of the thesis'],
  // "Copy the sentence about…", "copy and paste the part on…": quote it.
  [/^\s*(?:please\s+)?(?:copy(?:\s+and\s+paste)?|paste)(?:\s+(?:out|down|over))?\s+(?=(?:me\s+)?(?:the|its|what|all|every)\b)/giu, 'quote '],
  // "Is the corps part of the story in chapter 4?" asks whether it is discussed there, not of history.
  [/\b(?:a\s+)?part\s+of\s+the\s+(?:story|picture|narrative|discussion|account)\b/giu, 'discussed'],
  // "Does the introduction flag any difficulties?": whether it mentions them; the flag is no topic.
  [/\bflag(?:s|ged|ging)?\s+(?=(?:any|the|some|a|an|which|what|its|their|up)\b)(?:up\s+)?/giu, 'mention '],
  // "Goes into detail on consultation" discusses it; "detail" is no topic of the thesis's.
  [/\b(?:go|goes|going|went|gone)\s+into\s+(?:any\s+|much\s+|great\s+|more\s+|(?:the\s+)?most\s+|further\s+|real\s+)?(?:detail|depth)\s+(?:about|on|over|regarding|concerning|with)\b/giu, 'discuss'],
  // "Puts so much weight on branch secretaries": emphasises them; the weight is no topic.
  [/\b(?:put|puts|putting|place|places|placed|placing|lay|lays|laid|laying)\s+(?:(?:so|too|very|that)\s+)?(?:much\s+|a\s+lot\s+of\s+|great\s+|more\s+|such\s+|heavy\s+|special\s+|particular\s+|little\s+)?(?:weight|emphasis|stress)\s+(?:on|upon)\b/giu, 'emphasise'],
  // "What good does the contraction do?": what it does; "good" is no topic ("a good job").
  [/^\s*what\s+good\s+(?:does|do|did|would|will|could)\s+(.+?)\s+do\b/giu, 'what does $1 do'],
  [/^\s*what\s+good\s+(?:is|are|was|were)\s+/giu, 'what is the use of '],
];
