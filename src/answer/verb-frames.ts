/**
 * Frames built on a verb or a verb's object: "what does it lead to", "how does it work", "what
 * measures did it take", "does X come up", "where did it take place". Each is a way of asking
 * whose words ("work", "place", "steps") are no topic; frames.ts takes them out in its order.
 */

/**
 * "What does community service lead to?", "what did it result in?", "what outcome does it
 * produce?", "what does it deliver?": asking for an outcome (effect.ts reads it); "the party leads everything" keeps its topic "lead".
 */
export const RESULT_FRAME = /\b(?:lead|leads|led|leading)\s+to\b|(?<=\bwhat\s+(?:\p{L}+\s+){0,8}?)\b(?:produce|produces|produced|yield|yields|yielded|generate|generates|generated|deliver|delivers|delivered)\b|\bresult(?:s|ed|ing)?\s+in\b|\b(?:bring|brings|brought|bringing)\s+about\b|\bg(?:ive|ives|ave|iven|iving)\s+rise\s+to\b/giu;

/**
 * "What comes at the end?", "what came out of it?" (its result), "where does it come from?"
 * (its origin): the asking; "come from the masses" is the thesis's phrase.
 */
export const COMES_FRAME = /(?<=\bwhat\s+)(?:comes?|came)(?:\s+out(?=\s+of\b))?\b(?!\s+(?:from|out|to)\b)|\b(?:come|comes|came)\s+from(?=\s*[?.!]*\s*(?:\(|$))/giu;

/** A thing that turns up somewhere: "does Xi Jinping appear?", "does the united front come up anywhere?" (lead.ts reads it as "does it mention…?"). */
export const TURNS_UP = String.raw`\s+(?:ever\s+)?(?:come\s+up|comes\s+up|appear|feature|show\s+up|get\s+(?:a\s+)?mention(?:ed)?)(?:\s+(?:anywhere|at\s+all|in\s+(?:the\s+|this\s+)?(?:thesis|dissertation|text|abstract|paper|it)))?\s*[?？!.]*\s*$`;

/** The asking of it, no topic. */
export const TURNS_UP_FRAME = new RegExp(String.raw`(?<=^\s*(?:does|do|did)\s+\S.*?)${TURNS_UP}`, 'giu');

/** "Why does the author bring up mathematics?": mentioning it, as "raise" or "touch on" would say. */
export const BRING_UP_FRAME = /\b(?:bring|brings|bringing|brought)\s+up\b|\btouch(?:es|ed|ing)?\s+(?:up)?on\b/giu;

/**
 * "What theory guides the dissertation?", "what underpins the study?": what the work rests on
 * is asked; the verb names no topic.
 */
export const GUIDES_FRAME = /\b(?:guides?|guided|guiding|anchors?|anchored|anchoring|underpins?|underpinned|underpinning|informs?|informed|informing|drives?|drove|driving)\s+(?=(?:the\s+|this\s+|his\s+|her\s+)?(?:whole\s+|entire\s+)?(?:thesis|dissertation|paper|study|work|research|analysis|author)\b)/giu;

/**
 * "What supports the conclusion?", "what evidence backs up chapter 2?", "what is it based on?":
 * its grounds are asked for, as in "the evidence for…"; the verb names no topic.
 */
export const GROUNDS_FRAME =
  /(?<=^\s*(?:(?:and|so|but)\s+)?(?:what|which)\s+(?:(?:evidence|data|facts?|arguments?|reasons?|proof|sources?)\s+)?)(?:supports?|backs?\s+up|substantiates?)\b|\b(?:supported|backed(?:\s+up)?|substantiated)\s+by\b|(?<=\b(?:is|are|was|were)\s+.+?\s+)based\s+on(?=\s*[?.!]*\s*$)/giu;

/** "How does consultation work in Urumqi?": how it goes, not the "mass work" the text speaks of. */
export const WORKS_FRAME = /(?<=\bhow\b.*)\b(?:works?|working|functions?|functioning|operates?|operating)\b(?=(?:\s+(?:in|at|for|within|among|across|on|under)\s+[^?.!()]+)?\s*[?.!]*\)*\s*[?.!]*$)/giu;

/** "How are contradictions handled?", "how is it dealt with?": how a thing is met, the verb no topic. */
export const HANDLED_FRAME = /(?<=\bhow\s+(?:is|are|was|were)\b.*)\b(?:handled|dealt\s+with|approached)(?=\s*[?.!]*\s*$)/giu;

/**
 * "Which measure in chapter 5 concerns education?", "what measures does chapter 5 describe?",
 * "Chapter 5: main measures?":
 * the things done, asked by a word for them the text need not use.
 */
export const MEASURES_FRAME = /(?<=\b(?:what|which)\s+(?:(?:main|key|specific|concrete|other|organi[sz]ational|practical)\s+)?)(?:measures?|steps|actions|initiatives)\b|(?<=(?:^\s*|[:–—-]\s*|\b(?:main|key|specific|concrete|organi[sz]ational|practical)\s+))(?:measures|steps|actions|initiatives)\b(?!\s+(?:the|it|its|how|of)\b)/giu;

/** "The steps Urumqi took to improve…", "what measures did it take to…": how it was done, not "steps" or "taking". */
export const STEPS_FRAME = /\b(?:steps|measures|actions)\b(?=\s+(?:[\p{L}'’]+\s+){0,3}?(?:took|taken|take|takes|taking)\s+to\b)|(?<=\b(?:steps|measures|actions)\s+(?:[\p{L}'’]+\s+){0,3}?)(?:took|taken|take|takes|taking)(?=\s+to\b)/giu;

/** "I didn't quite follow…", "I don't get the fortress thing": the reader's puzzlement, like "confused", no topic. */
export const UNFOLLOWED = String.raw`(?:don['’]?t|do\s+not|didn['’]?t|did\s+not|can['’]?t|cannot)\s+(?:quite\s+|really\s+|fully\s+)?(?:get|follow|grasp)`;

/** The asking of it. */
export const UNFOLLOWED_FRAME = new RegExp(String.raw`\b${UNFOLLOWED}\b`, 'giu');

/** "Where did the research take place?": where it was, not a "place" the text speaks of. */
export const HAPPEN_FRAME = /\b(?:take|takes|took|taken|taking)\s+place\b/giu;
