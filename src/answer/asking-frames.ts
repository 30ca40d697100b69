/**
 * "How long a period…", "how long a span…": the span is what is asked for (answer-type.ts reads
 * "how long"). A plain "how long" keeps its "long", which narrows the topic a little: "how long
 * does a consultation take" is not answered by any sentence with a span and a consultation.
 */
const DURATION_FRAME = /\bhow\s+long\s+an?\s+(?:period|span|stretch|time)\b/giu;

/** "How does the corps fit into this?", "where do the masses fit in the picture?": its place in the work is asked; "fit" is no topic. */
const FIT_FRAME = /\b(?:fits?|fitted|fitting)\s+(?:in(?:to)?|within)\b(?:\s+(?:the\s+)?(?:picture|argument|story|framework|thesis|this|it|all\s+this))?/giu;

/**
 * "As bullet points", "in a numbered list", "bullet-pointed": the form the answer should take.
 * "What is chapter 2 an introduction to?" and "what does chapter 1 establish?" (the verb at the
 * question's end) ask what a part sets out; "what platforms are established" keeps its topic.
 */
const FORM_FRAME =
  /\ban\s+introduction\s+to\b|\b(?:as|in)\s+(?:a\s+)?(?:(?:bullet(?:ed)?[-\s]?)?points?|bullets|(?:numbered\s+|bulleted\s+)?list|table)\b|\bbullet[-\s]?point(?:s|ed)?\b|(?<=\bwhat\s+(?:does|do|did)\s+(?:\S+\s+){0,4})establish(?:es|ed)?(?=\s*[?.!]*\s*$)/giu;

/** Frames that say what form or span the answer should have, or that ask a thing's place: taken out with the others (frames.ts). */
export const ASKING_FRAMES: readonly RegExp[] = [DURATION_FRAME, FIT_FRAME, FORM_FRAME];
