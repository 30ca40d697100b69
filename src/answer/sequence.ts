import type { Hit, Passage } from '../retrieval/search.ts';

/**
 * "What precedes governance?", "which stage comes first?", "the earlier stages it grew out
 * of", "in what order…": an order of things asked for.
 */
const ORDER_ASKED =
  /\b(?:what|which)\s+(?:\p{L}+\s+){0,3}?(?:comes?|came|stages?|phases?|steps?)\s+(?:first|before|next|last)\b|\bprecede[sd]?\b|\bpreceding\b|\b(?:earlier|previous|prior)\s+(?:stages?|phases?|steps?)\b|\bgr[eo]w(?:s|n)?\s+out\s+of\b|\bin\s+what\s+order\b|\b(?:sequence|order)\s+of\s+(?:stages?|phases?|steps?|development)\b/iu;

/** A sentence that tells an order in so many words: "…is the beginning, promotes… and finally forms…". */
const ORDER_TOLD = /\b(?:the\s+beginning|begins?\s+with|began\s+with|starts?\s+with|finally|eventually|after\s+that|afterwards|followed\s+by|then)\b/iu;

/** How close to the best a sentence telling the order must score to lead. */
const NEAR_TOP = 0.4;

/**
 * For a question asking an order, puts first a sentence that tells one ("community service is
 * the beginning, promotes community construction and finally forms community governance"),
 * when it scores near the best; other questions, or none near, leave the hits as they are.
 */
export function sequenceFirst(question: string, hits: readonly Hit[]): readonly Hit[] {
  const [top] = hits;
  if (!top || !ORDER_ASKED.test(question) || ORDER_TOLD.test(top.passage.text)) return hits;
  const told = hits.find((h) => h.score >= NEAR_TOP * top.score && ORDER_TOLD.test(h.passage.text));
  return told ? [told, ...hits.filter((h) => h !== told)] : hits;
}

/** "Where does the thesis first mention Urumqi?", "when is the corps first brought up?": the earliest place asked for. */
/** The verbs of being mentioned that "first" asks the earliest place of (asking-frames.ts takes "first" out of them). */
export const MENTIONING = String.raw`(?:mention(?:s|ed)?|brings?\s+up|brought\s+up|discuss(?:es|ed)?|talks?\s+about|introduc(?:e|es|ed)|appears?|comes?\s+up|refer(?:s|red)?\s+to|names?|named)\b`;
/** The same verbs after which a "first" may follow ("mentioned first", "brought up for the first time"). */
export const MENTIONED = String.raw`(?:mention(?:s|ed)?|brought\s+up|introduced|appears?|named)\s+`;
/** "Where the author mentions the mass line first": "first" at the end, after what is mentioned. */
export const MENTIONS_IT_FIRST = String.raw`(?<=\b(?:mention(?:s|ed)?|brings?\s+up|talks?\s+about|introduces?|discuss(?:es)?|refers?\s+to)\s+(?:[\p{L}'’-]+\s+){1,5}?)first(?=\s*[?？!.]*\s*$)`;
const FIRST_MENTION = new RegExp(String.raw`\b(?:first|earliest)\s+${MENTIONING}|\b${MENTIONED}(?:for\s+the\s+)?first(?:\s+time)?\b|${MENTIONS_IT_FIRST}`, 'iu');
/** "Where does it last mention X?", "its last word on X": the latest place asked for. */
export const LAST_MENTIONING = String.raw`\b(?:last|latest|final)(?=\s+${MENTIONING})|(?<=\b${MENTIONED})(?:for\s+the\s+)?last(?:\s+time)?\b|\b(?:last|final)(?=\s+word\s+on\b)`;
const LAST_MENTION = new RegExp(LAST_MENTIONING, 'iu');

/** True for "where does the thesis first (or last) mention X?": the whole text, overview included, is where to look. */
export function asksFirstMention(question: string): boolean {
  return FIRST_MENTION.test(question) || LAST_MENTION.test(question);
}

/**
 * For a question asking where something is first (or last) mentioned, puts first the earliest
 * (or latest) sentence in the text that holds every topic word, found among all `passages`
 * (the search keeps only the best), with the best hit's score; other questions, or none
 * holding them, leave the hits as they are.
 */
export function firstMentionFirst(question: string, hits: readonly Hit[], topic: readonly string[], passages: readonly Passage[]): readonly Hit[] {
  const [top] = hits;
  const last = LAST_MENTION.test(question);
  if (!top || !(last || FIRST_MENTION.test(question)) || topic.length === 0) return hits;
  const before = (p: Passage, a: Passage) => (last ? p.start > a.start : p.start < a.start);
  const earliest = passages.filter((p) => topic.every((t) => p.stems.has(t))).reduce<Passage | undefined>((a, p) => (a === undefined || before(p, a) ? p : a), undefined);
  if (!earliest) return hits;
  const found = hits.find((h) => h.passage === earliest) ?? { ...top, passage: earliest };
  return [found, ...hits.filter((h) => h !== found)];
}
