import type { Hit, Passage, Retriever } from '../retrieval/search.ts';
import { isStopword, tokenize } from '../retrieval/terms.ts';
import { citeSentence, withTags } from './cite.ts';
import type { Answer } from './types.ts';

/** Words said, owned by a speaker: "whose remark…", "whose words are those?". */
const SAID_WORDS = String.raw`(?:remarks?|words?|statements?|comments?|quotes?|quotations?|speech(?:es)?|sayings?|instructions?|assertions?)`;

/** "Who said that?", "who pointed this out?", "according to whom…", "whose remark…": the speaker of a claim is asked for. */
const WHO_SAID = new RegExp(
  String.raw`^\s*(?:and\s+|but\s+)?(?:whose\s+(?:\p{L}+\s+)?${SAID_WORDS}\b|who\s+(?:else\s+)?(?:said|says|stated|states|pointed\s+(?:that|this|it)?\s*out|points\s+out|claimed|claims|argued|argues|stressed|emphasi[sz]ed|proposed|put\s+(?:that|this|it)?\s*forward|declared|noted)\b|according\s+to\s+whom\b)`,
  'iu',
);

/** "That", "this", "so" alone after the verb ("whose words are those?"): the claim is the one just quoted. */
const POINTS_BACK = new RegExp(
  String.raw`^\s*(?:and\s+|but\s+)?(?:(?:who\s+(?:else\s+)?\p{L}+(?:\s+out|\s+forward)?|according\s+to\s+whom)\s+(?:(?:that|this|it|so)(?:\s+(?:out|forward))?)?|whose\s+${SAID_WORDS}\s+(?:is|are|was|were)\s+(?:that|this|it|those|these))\s*[?？!.]*\s*$`,
  'iu',
);

/**
 * A sentence reporting what someone said: "Xi Jinping pointed out that…", "according to the
 * report of…". Such a sentence names the speaker; one in the author's voice does not.
 */
const REPORTS = /\b(?:pointed\s+out|points\s+out|said|says|stated|stressed|emphasi[sz]ed|proposed|put\s+forward|declared|noted|according\s+to)\b/iu;

/** True when a question asks who said something. */
export function asksWhoSaid(question: string): boolean {
  return WHO_SAID.test(question);
}

/**
 * True for "who said that?" and the like with nothing after the pointing word: in a
 * conversation, the claim is the last answer's, not the thesis's record ("who wrote it?").
 */
export function asksWhoSaidThat(question: string): boolean {
  return asksWhoSaid(question) && POINTS_BACK.test(question);
}

/** True when a sentence names who said what it reports ("Xi Jinping pointed out that…"). */
export function reportsSpeaker(sentence: string): boolean {
  return REPORTS.test(sentence);
}

/** How close to the best a sentence naming a speaker must score to be given first. */
const NEAR_TOP = 0.5;

/**
 * For a question asking who said something, moves the best sentence that reports a speaker to
 * the front when it scores near the best. Without one the claim is the author's own, and the
 * hits stay as they are.
 */
export function speakerFirst(question: string, hits: readonly Hit[]): readonly Hit[] {
  const [top] = hits;
  if (!top || !asksWhoSaid(question)) return hits;
  const speaker = hits.find((h) => h.score >= NEAR_TOP * top.score && reportsSpeaker(h.passage.text));
  return speaker && speaker !== top ? [speaker, ...hits.filter((h) => h !== speaker)] : hits;
}

/**
 * "Who is quoted in chapter 4?", "whom does the thesis cite?", "does it quote anyone?", "which
 * leaders does it mention by name?", "which leader is quoted?": its sources of speech.
 */
const WHO_QUOTED = new RegExp(
  String.raw`\b(?:who(?:m)?|whose\s+${SAID_WORDS})\s+(?:is|are|was|were|does|do|did|gets?)\s+(?:\p{L}+\s+){0,3}(?:quot|cit)(?:ed|es|e)\b|\b(?:quot|cit)(?:e|es|ed)\s+(?:anyone|anybody|someone|somebody|people)\b|\b(?:which|what)\s+(?:leaders?|officials?|people|persons?|figures?|politicians?)\s+(?:(?:does|do|did)\s+(?:\p{L}+\s+){0,3}(?:mention|name|quote|cite)|(?:is|are|was|were|gets?)\s+(?:\p{L}+\s+){0,2}(?:quoted|cited))\b`,
  'iu',
);

/** True when a question asks whom the thesis (or a part of it) quotes, naming no kind of source. */
export function asksWhoIsQuoted(question: string): boolean {
  return WHO_QUOTED.test(question);
}

/** Sentences reported at most: whom a part quotes is shown by the quoting sentences. */
const MAX_QUOTING = 3;

/**
 * The sentences of `passages` that report what someone said, in reading order; refused,
 * saying so, when there are none. `where` names the part searched ("Chapter 3"), if not all.
 */
export function answerWhoIsQuoted(question: string, passages: readonly Passage[], where?: string): Answer {
  const quoting = passages.filter((p) => reportsSpeaker(p.text)).slice(0, MAX_QUOTING);
  if (quoting.length === 0) return { question, answer: `${where ?? 'The thesis text we have'} quotes no one.`, abstained: true, citations: [], nearest: [] };
  const citations = quoting.map((p) => citeSentence(p.section, p, 1));
  return { question, answer: withTags(citations), abstained: false, citations, nearest: [] };
}

/** Words for those who can speak, by their ending: people ("secretaries", "residents", "scholars") and bodies ("the committee"). */
const SPEAKS = /(?:ers?|ors?|ists?|ians?|ees?|ants?|ents?|ar(?:y|ies)|m[ae]n|people|masses|cadres?|officials?|members?|leaders?|committees?|government|party|parties|organi[sz]ations?|corps|branch(?:es)?|groups?)$/iu;

/** The generic head of a body's name ("the central government"), which the thesis may leave out ("the central level"). */
const BODY_HEAD = /^(?:government|governments|authorities|authority|state|leadership)$/iu;

/** "What did the branch secretaries say in interviews?": words asked of a speaker. */
const WORDS_OF = /\bwhat\s+(?:do|does|did)\s+([^()]+?)\s+(?:say|argue|claim|state|write|complain|demand|request|propose)\b/iu;

/** "Quote what the masses said about…", "tell me what the secretaries argued": words asked for, by their speaker. */
export const WORDS_REQUESTED = /^\s*(?:(?:please|pls|can\s+you|could\s+you)\s+)?(?:quote|tell\s+me|show\s+me|give\s+me|cite)\s+what\s+([^()]+?)\s+(?:said|says|say|argued|claimed|stated|wrote|complained|demanded|proposed)\b/iu;
/** Words that report a stance taken: "the masses accept, recognize and use…". */
const STANCE = /\b(?:accepts?|accepted|recogni[sz]e[sd]?|supports?|supported|welcomes?|welcomed|trusts?|trusted|agrees?|agreed|satisfied|endorsed?)\b/iu;

/** "What do the masses think of the campaign?", "how did residents feel about it?": a view asked of them. */
const VIEW_OF = /\bwhat\s+(?:do|does|did)\s+([^()]+?)\s+(?:think|believe|feel)\b|\bhow\s+(?:do|does|did)\s+([^()]+?)\s+(?:feel|react|respond)\b/iu;

/**
 * A speaker whose words are asked for ("the party branch secretaries") when the thesis names
 * them but never reports what they said: no sentence holding them reports speech. `keep`
 * leaves out the words that only frame a question ("the thesis"), which speaks in its own voice.
 */
export function unquotedSpeaker(question: string, retriever: Retriever, keep: (stem: string) => boolean): string | undefined {
  const words = WORDS_OF.exec(question) ?? WORDS_REQUESTED.exec(question);
  const view = words ? null : VIEW_OF.exec(question);
  const speaker = (words?.[1] ?? view?.[1] ?? view?.[2])?.trim();
  const who = speaker ? retriever.topicStems(speaker).filter(keep) : [];
  // "What does the second reason say?": a part of the text speaks for the thesis, not as a speaker.
  if (!speaker || who.length === 0 || !SPEAKS.test(speaker)) return undefined;
  // The speaker's own word, as typed: "the masses" are not the "mass work" a leader spoke of.
  // "The central government" may be "the central (level)": a body's generic head may go unsaid.
  const typed = tokenize(speaker).filter((t) => !isStopword(t.word));
  const bare = typed.length > 1 && BODY_HEAD.test(typed.at(-1)?.word ?? '') ? typed.slice(0, -1) : typed;
  const head = bare.at(-1)?.word.toLowerCase() ?? '';
  const named = who.filter((t) => bare.some((w) => w.stem === t));
  // A view is reported by the speaker's own stance too ("the masses… accept, recognize… it"),
  // on the thing asked about ("what do the masses think of consultation?", not "…of the visits?").
  const about = view ? retriever.topicStems(question.replace(speaker, ' ')).filter((t) => keep(t) && !who.includes(t)) : [];
  const reports = (p: Passage) => reportsSpeaker(p.text) || (view !== null && STANCE.test(p.text) && about.some((t) => p.contextStems.has(t)));
  const quoted = retriever.passages.some((p) => reports(p) && named.every((t) => p.stems.has(t)) && tokenize(p.text).some((t) => t.word.toLowerCase() === head));
  return quoted ? undefined : `anything ${speaker} ${view ? 'thought' : 'said'}`;
}
