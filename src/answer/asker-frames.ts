/**
 * Frames that speak of the asker rather than the thesis: their manners, effort, audience and
 * the length or kind of answer they want. Taken out with the others, in frames.ts's order.
 */

/**
 * "True or false: …", "Is it true that …", "correct me if I'm wrong, but …", "am I right
 * that …": the claim is the question, the frame is not.
 */
export const TRUTH_FRAME =
  /\b(?:true\s+or\s+false|(?:is|was)\s+it\s+(?:true|correct|right|accurate|wrong|false|incorrect|inaccurate|misleading)(?:\s+that|\s+to\s+(?:say|claim|argue|think)(?:\s+that)?)?|fact[-\s]?check|correct\s+me\s+if\s+i['’]?m\s+wrong|am\s+i\s+(?:right|wrong|correct)(?:\s+(?:that|to\s+say|in\s+thinking))?|(?:if|do)\s+i\s+understand\s+(?:it\s+)?correctly|(?:would\s+it\s+be|is\s+it)\s+fair\s+to\s+say(?:\s+that)?)\b/giu;

/**
 * "Explain like I'm five", "like I'm a first-year student", "to a first-year student", "for beginners", "ELI5", "a
 * student of" a field, "State…" as a request ("monarch state people" is a topic), and "(I)
 * need a…", "want a…" opening one: the asker's wish and audience, no topic.
 */
/** "Like I'm five", "like I'm 12", "like I'm a 10-year-old": a young reader's age. */
export const YOUNG_AGE = String.raw`(?:an?\s+)?(?:\d{1,2}|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)(?:[-\s]years?[-\s]old)?`;

/** Readers a request may be worded for at its end: "…for a reviewer", "…to a historian", "tell a librarian…". */
const AUDIENCE = String.raw`(?:reader|resident|citizen|reviewer|journalist|reporter|historian|sociologist|economist|statistician|mathematician|scientist|comparativist|librarian|recruiter|cadre|official|foreigner|tourist|visitor|examiner|supervisor|teacher|professor|student|child|kid|beginner|newcomer)s?`;

export const REQUEST_FRAME = new RegExp(String.raw`\b(?:to|for)(?<=^\s*(?:please\s+)?(?:explain|describe|summari[sz]e|outline|present|introduce|tell\s+me|walk\s+me\s+through)\b.*)\s+(?:a|an|my|our|some)\s+(?:[\p{L}-]+\s+){0,2}?${AUDIENCE}(?=\s*[?.!]*\s*$)|(?<=^\s*(?:please\s+)?tell)\s+(?:a|an|my|our|the)\s+(?:[\p{L}-]+\s+){0,2}?${AUDIENCE}\b|\b(?:like|as\s+if)\s+i['’]?\s*(?:a?m|were|was)\s+(?:an?\s+)?(?:[\p{L}-]+\s+){0,2}?${AUDIENCE}\b|\b(?:give|provide|offer)\s+(?:me\s+|us\s+)?an?\s+(?:account|description|sense|idea|example|instance|illustration)\s+of\b|\bfor\s+(?:example|instance)\b|\b(?:sets?|lays?)\s+out\b|\bwhat\s+ground\s+(?=(?:does|do|did)\b)|\bexplain\s+(?:it\s+)?like\s+i['’]?\s*a?m\s+${YOUNG_AGE}\b|\b(?:like|as\s+if)\s+i['’]?\s*(?:a?m|were|was)\s+(?:an?\s+)?(?:[\p{L}-]+\s+){0,3}?(?:student|beginner|child|kid|newbie|novice|layperson|layman|outsider|undergrad(?:uate)?|${YOUNG_AGE})\b|\bfor\s+(?:a\s+)?(?:beginners?|newcomers?|laypeople|layperson|novices?|non-?experts?|first[-\s]year\s+students?|undergrad(?:uate)?s?)\b|\bto\s+(?:a|an|my|our|some)\s+(?:[\p{L}-]+\s+){0,2}?(?:friend|classmate|colleague|non-?expert|layperson|layman|child|kid|newcomer|beginner|student|undergrad(?:uate)?|freshman|freshmen|fresher|novice|outsider|teenager|grandparent|grandmother|grandma|parent)s?\b|\beli5\b|\b(?:a|an)\s+(?:student|scholar|researcher|reader|specialist|expert)s?\s+(?:of|in|on)\b|^\s*(?:(?:can|could|would)\s+you\s+)?(?:please\s+)?(?:state|name)\b|^\s*(?:i\s+)?(?:need|want|would\s+like|['’]d\s+like)\s+(?=(?:a|an|some)\b)`, 'giu');

/** "In one line", "in a few words", "in short", "quickly": how long the answer should be, not its topic. */
export const LENGTH_FRAME = /\breal\s+quick(?:ly)?\b|\b(?:sum|wrap)\s+(?:it\s+|this\s+|that\s+)?up\b|\bsumming\s+up\b|\bbottom\s+line\b|\bin\s+(?:one|a|a\s+single|just\s+one|a\s+few|two|three|four|five|ten|\d{1,2}|simple|plain)\s+(?:lines?|sentences?|words?|paragraphs?)\b|\b(?:one|two|three|four|five|\d)[-\s](?:sentence|line|paragraph)\b|\bone[-\s]?liner\b|\bin\s+(?:short|brief)\b|\bquick(?:ly)?\b/giu;

/** What the asker is studying for, said as an aside: "exam prep", "test revision". */
export const STUDYING = String.raw`(?:exam|test|quiz|midterm|finals?)\s+(?:prep(?:aration)?|revision|review)`;

/**
 * "Sorry if this is a dumb question, but…", "in this context", "over time", "I need the bit
 * where…", "for our reading group", "to wrap up our discussion", "as far as the abstract reveals",
 * "in class": the asker's manners, the kind of passage wanted, what it is wanted for and where
 * they heard of it, not the topic.
 */
export const ASIDE_FRAME = new RegExp(
  String.raw`\b(?:in|during|after|at)\s+(?:class|lecture|(?:the|our|my|today['’]s|yesterday['’]s|last\s+week['’]s|this\s+week['’]s)\s+(?:class|lecture|seminar|tutorial|session|reading\s+group))\b|\bfor\s+(?:our|my|a|the|tonight['’]s|today['’]s|tomorrow['’]s|this\s+week['’]s|next\s+week['’]s|next|monday['’]s|tuesday['’]s|wednesday['’]s|thursday['’]s|friday['’]s)\s+(?:reading\s+group|book\s+club|study\s+group|class|seminar|course|exam|essay|presentation|discussion|meeting|reading|lecture|tutorial|session|workshop)\b|\b(?:sorry\s+)?if\s+this\s+is\s+(?:a\s+)?(?:dumb|stupid|silly|basic|naive|obvious)(?:\s+question)?|\bsorry\s+if\s+(?:this|that|it)\s+(?:was|is|has\s+been|had\s+been)\s+(?:already\s+)?(?:covered|asked|answered|discussed|mentioned|said)(?:\s+(?:already|before|earlier))?|\b(?:this\s+)?(?:might|may|could)\s+be\s+(?:a\s+)?(?:dumb|stupid|silly|basic|naive|obvious|trivial)(?:\s+question)?\b|\b(?:dumb|stupid|silly|basic|naive)\s+question\b|\bin\s+this\s+context\b|\b(?:our|my)\s+(?:discussion|conversation|chat|session|meeting)\b|\b${STUDYING}\b|\bover\s+time\b|\bas\s+far\s+as\s+(?:(?:the|this|its|we|i|you|one)\s+)?(?:\p{L}+\s+){0,2}(?:reveals?|shows?|says?|tells?|goes|go|know|knows|can\s+(?:tell|see)|indicates?|lets?\s+on)\b|\b(?:i\s+)?(?:need|want|would\s+like|['’]d\s+like|am\s+looking\s+for|['’]m\s+looking\s+for|looking\s+for)\s+(?:the|a)\s+(?:bit|part|passage|section|sentence|quote|place|line)s?\s+(?=(?:where|that|which|about|on|in\s+which)\b)`,
  'giu',
);

/** "I'm trying to understand…", "we are struggling to see…": the asker's effort, not the thesis's "attempts". */
export const EFFORT_FRAME = /\b(?:i['’]?m|i\s+am|we['’]re|we\s+are|i['’]ve\s+been|i\s+have\s+been|been)\s+(?:trying|attempting|struggling|hoping)\s+to\b|\b(?:trying|tries|try|attempting|attempts?|seeking|seeks?|aiming|aims?|meant|supposed|intended|intends?)\s+to\s+(?=(?:show|say|argue|prove|demonstrate|explain|tell|convey|establish|get\s+at|get\s+across)\b)/giu;

/**
 * "…, help", "…, can you help?", "help me understand…", "can you help with…", "…, any ideas?": a
 * plea, not the thesis's "with the help of" nor "how does X help?".
 */
export const HELP_FRAME = /(?<=(?:^|[,;:!.]|\b(?:pls|plz|please|so))\s*)(?:(?:(?:can|could|would|will)\s+(?:you|someone|anyone)\s+)?help(?:\s+(?:me|us))?(?:\s+(?:out|pls|please))?|any\s+(?:ideas|thoughts|pointers)|thoughts)(?=\s*[?.!]*\s*$)|^\s*(?:(?:can|could)\s+you\s+|please\s+|pls\s+)?help\s+(?:me\s+)?(?:to\s+)?(?:understand\b|with\b|out\s+with\b)?/giu;
