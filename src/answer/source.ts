import { isStopword, tokenize } from '../retrieval/terms.ts';
import type { Retriever } from '../retrieval/search.ts';
import { AUTHOR_ROLES, withoutFrames } from './frames.ts';
import { askedJudgement, measurementAsked, unrecordedAct, unwrittenCase, unwrittenExcess, unwrittenRanking } from './asked-kinds.ts';
import { unwrittenMeans } from './means-asked.ts';
import { unnamedCause } from './cause.ts';
import { unreportedTrouble, unwrittenClaimWord } from './judged.ts';
import { WORDS_REQUESTED, unquotedSpeaker } from './speaker.ts';
import { otherHolder, otherNumbered, unweighedChoice, unwrittenComparison, unwrittenPart } from './unlike.ts';
import { otherCount } from './other-count.ts';
import { WORK_NOUN } from './work-names.ts';
import { TREATING_WORD } from './treating-frames.ts';
import { unwrittenField } from './fields.ts';
import { authorsDeed, caseSelection, otherPlace } from './case-scope.ts';
import { otherSense, unwrittenSchool } from './word-sense.ts';
import { unwrittenOrigin } from './origin-asked.ts';
import { unwrittenQuality } from './predicate-lead.ts';

/**
 * "What do critics say about…", "How did residents react to…", "how did residents rate…": a
 * question about what someone said, did or judged, whose answer depends on who that is. After a
 * determiner ("get a say", "have their say") "say" is a voice had, not words said.
 */
const SOURCE_QUESTION = /\b(?:what|how)\s+(?:do|does|did)\s+([^()]+?)\s+(?<!\b(?:a|any|their|its|his|her|no|more|the|some)\s)(?:say|think|argue|claim|believe|write|feel|complain|demand|react|respond|rate|judge|assess|evaluate|perceive|view|see|regard|receive|show|reveal|suggest|indicate|demonstrate|conclude|recommend|critici[sz]e|praise|observe)\b/iu;

/** "What is the mayor's view of the circle?", "the critics' take on…": a held view, by its holder. */
const VIEW_HELD = /\bwhat(?:\s+(?:is|was|are|were)|['’]s)\s+([^()]+?)['’]s?\s+(?:views?|opinions?|positions?|stance|take|verdict|assessment|attitudes?)\s+(?:of|on|about|towards?|regarding)\b/iu;

/** The author by another name: "the writer", "the candidate", "the researcher". */
const AUTHOR_ROLE = new RegExp(String.raw`^(?:(?:the|this)\s+author|${AUTHOR_ROLES})$`, 'iu');

/** The work itself by any name ("the text", "this abstract", "chapter 4") or its case and evidence ("the Urumqi case"): its own voice, no speaker. */
const THE_WORK_ITSELF = new RegExp(String.raw`^(?:(?:the|this|its)\s+)?(?:${WORK_NOUN}|summary|writing|write-?up|piece|article|essay|source|record|introduction|intro|overview|conclusion|(?:\w+\s+)?chapter(?:\s+\w+)?|it|(?:[\p{L}'’-]+\s+)?(?:case|case\s+study|example|evidence|data|findings?|analysis))$`, 'iu');

/** The speaker a question asks about ("critics", "the interviewees"), or undefined. */
export function askedSource(question: string): string | undefined {
  // "What does the author want to show?": the wanting is the author's, not part of who it is;
  // "what did the Xi quote say?": the quote is the speaker's words, the speaker Xi.
  return (SOURCE_QUESTION.exec(question) ?? VIEW_HELD.exec(question) ?? WORDS_REQUESTED.exec(question))?.[1]
    ?.replace(/\s+(?:wants?|wanted|tr(?:y|ies|ied)|aims?|hopes?|seeks?|intends?|means?|attempts?)\s+to$/iu, '')
    .replace(/(?<=\S)\s+(?:quotes?|quotations?|remarks?|statements?|speech(?:es)?|comments?)$/iu, '')
    .replace(/(?<=\p{L})['’]s?$/u, '')
    .trim();
}

/**
 * A question about how two things relate ("the link between religion and party branches",
 * "how does consultation relate to elections"): both must be in the thesis for it to say. A
 * side ends where the clause goes on ("…between party and masses is required before…", "…and
 * citizens resulted from…").
 */
const RELATION_QUESTIONS = [
  /\b(?:link|links|connection|connections|relationship|relation|relations|interaction|tie|ties)\s+between\s+(.+?)\s+and\s+(.+?)(?=\s+(?:is|are|was|were|be|been|has|have|had|that|which|who|before|after|when|while|if|in|at|within|for|to|during|since|from|by|under|through|[\p{L}]+ed|(?:change|develop|evolve|improve|grow|shift)(?:s|d|ing)?)\b|\s*[?.!]*$)/iu,
  // A verb, not "its link with…", the thing kept.
  /\bhow\s+(?:does|do|is|are)\s+(.+?)\s+(?:(?:stay|stays|remain|remains|keep|keeps|get|gets|become|becomes)\s+)?(?<!\b(?:its|their|his|her|the|a|an|our)\s+)(?:relate|related|connect|connected|link|linked|tied)\s+(?:to|with)\s+(.+?)\s*[?.!]*$/iu,
  /\bhow\s+(?:do|does)\s+(.+?)\s+and\s+(.+?)\s+(?:interact|relate|connect)\b/iu,
  // "Is the circle purely theoretical or tied to practice?" is a choice, not a relation of two.
  /^\s*(?:is|are|was|were)\s+(.+?)(?<!\s(?:or|and))\s+(?:related|connected|linked|tied)\s+(?:to|with)\s+(.+?)\s*[?.!]*$/iu,
  /\bwhat\s+(?:does|do)\s+(.+?)\s+have\s+to\s+do\s+with\s+(.+?)\s*[?.!]*$/iu,
  // "How does the thesis link party building to environmental protection?": the work relating them.
  /\bhow\s+(?:does|do|did)\s+(?:the\s+|this\s+)?(?:thesis|dissertation|paper|author|writer|text|abstract|study|it)\s+(?:relate|link|connect|tie)\s+(.+?)\s+(?:to|with)\s+(.+?)\s*[?.!]*$/iu,
];

/** The two things the first of `patterns` to match a question names (its two groups), as typed, or undefined. */
export function twoSides(patterns: readonly RegExp[], question: string): readonly [string, string] | undefined {
  for (const pattern of patterns) {
    const m = pattern.exec(question);
    if (m?.[1] && m[2]) return [m[1].trim(), m[2].trim()];
  }
  return undefined;
}

/** The two things a question asks the relation of, as typed, or undefined. */
export function relatedSides(question: string): readonly [string, string] | undefined {
  return twoSides(RELATION_QUESTIONS, question);
}

/** "What did Xi Jinping say about consultation?": the topic of a speaker's words (the speaker is `askedSource`'s). */
const VIEW_ON = /\b(?:say|think|argue|claim|believe|write|feel)\s+(?:about|of|on|regarding|concerning)\s+([^()]+?)\s*[?.!]*\s*(?:\(|$)/iu;

/** "The exact quote from Xi Jinping about consultation", "words by X on Y": a speaker's words on a topic. */
const QUOTE_ON = /\b(?:quotes?|quotations?|words|remarks?|statements?)\s+(?:from|by|of)\s+([^()]+?)\s+(?:about|on|regarding|concerning)\s+([^()]+?)\s*[?.!]*\s*(?:\(|$)/iu;

/**
 * "Xi Jinping on consultation" when the thesis quotes that speaker, but never on that topic: no
 * sentence holds the speaker's words and the topic's (in it or beside it). Speakers that are
 * only frames ("the author", "the thesis") are the work itself and are left to the search.
 */
function unreportedView(question: string, retriever: Retriever, topical: (stem: string) => boolean): string | undefined {
  const quoted = QUOTE_ON.exec(question);
  const speaker = quoted?.[1] ?? askedSource(question);
  const topic = (quoted?.[2] ?? VIEW_ON.exec(question)?.[1])?.replace(/\s+(?:specifically|exactly|precisely|in\s+particular)$/iu, '').trim();
  if (!speaker || !topic) return undefined;
  const who = retriever.topicStems(speaker).filter(topical);
  const what = retriever.topicStems(withoutFrames(topic)).filter(topical);
  if (who.length === 0 || what.length === 0) return undefined;
  const speaks = retriever.passages.filter((p) => who.every((t) => p.stems.has(t)));
  if (speaks.length === 0 || speaks.some((p) => what.every((t) => p.contextStems.has(t)))) return undefined;
  return `${speaker} on ${topic}`;
}

/** True when the head word of a speaker ("the reviewers") is not a word the thesis writes. */
function unwritten(speaker: string, retriever: Retriever, author: ReadonlySet<string>): boolean {
  const head = tokenize(speaker).at(-1);
  if (!head || isStopword(head.word.toLowerCase()) || author.has(head.stem) || /\d/u.test(head.word)) return false;
  return !retriever.vocabulary.writes(head.word);
}

/** Stems a question's framing words reduce to, and those of the thesis's author's name. */
export interface FrameWords {
  frame: (stem: string) => boolean;
  author: ReadonlySet<string>;
}

/**
 * What a question hinges on that the thesis never mentions, as typed: a speaker ("critics"), a
 * judgement ("failures"), a trouble of a thing it never speaks of so ("problems with…"), a
 * cause or a part played ("the military"), another holder of a post, a number it gives the thing otherwise ("the 18th
 * congress"), a quality compared ("which is cheaper"), a part of a book ("the references"), other
 * places ("other cities"), how its cases were chosen or one
 * side of a relation ("religion"), or a means used ("social media").
 */
export function unmentionedIn(question: string, retriever: Retriever, { frame, author }: FrameWords): string | undefined {
  // "Governance over time": the framing words of a side ("over time") are no part of it.
  const unseen = (text: string, keep: (stem: string) => boolean) => retriever.unseenShare(retriever.topicStems(withoutFrames(text)).filter(keep)) > 0;
  const topical = (t: string) => !frame(t);
  // "The writer", "the candidate": the author by another name, whose words the thesis is.
  const asked = askedSource(question);
  const source = asked && !AUTHOR_ROLE.test(asked) && !THE_WORK_ITSELF.test(asked) ? asked : undefined;
  // A speaker is a speaker even when its stem frames questions ("examiners" → "examine") or
  // names an activity ("reviewers" → "review"): the person must be there in so many words.
  // Numbers are written many ways ("19th", "19 th"), so they do not decide.
  if (source && (unseen(source, (t) => !author.has(t) && !/\d/u.test(t)) || unwritten(source, retriever, author))) return source;
  const unquoted = source && unquotedSpeaker(question, retriever, (t) => topical(t) && !author.has(t));
  if (unquoted) return unquoted;
  const unreported = unreportedView(question, retriever, topical);
  if (unreported) return unreported;
  const judgement = askedJudgement(question);
  if (judgement && unseen(judgement, topical)) return judgement.toLowerCase();
  const trouble = unreportedTrouble(question, retriever, topical);
  if (trouble) return trouble;
  // "Does it engage with Habermas?": a name it never uses says more than the verb.
  const claimed = unwrittenClaimWord(question, retriever, topical);
  // "Does it acknowledge X?" is about X, so its verb alone settles nothing.
  const name = claimed && retriever.names.unknownNames(question).find((n) => /^\p{Lu}/u.test(n));
  if (name) return name;
  if (claimed && !TREATING_WORD.test(claimed)) return `“${claimed}”`;
  const quality = unwrittenQuality(question, (word) => unseen(word, () => true), (text) => retriever.namesWhole(retriever.topicStems(withoutFrames(text))));
  if (quality) return `“${quality}”`;
  const measured = measurementAsked(question);
  if (measured && unseen(measured, () => true)) return 'any measurement';
  const cause = unnamedCause(question, retriever, topical);
  if (cause) return cause;
  const act = unrecordedAct(question, (word) => unseen(word, () => true));
  if (act) return act;
  const supposed = unwrittenCase(question, (words) => unseen(words, () => true)) ?? unwrittenMeans(question, (words) => unseen(words, topical)) ?? unwrittenRanking(question, (word) => unseen(word, () => true)) ?? unwrittenExcess(question, (word) => retriever.vocabulary.writes(word)) ?? unwrittenOrigin(question, (word) => unseen(word, () => true));
  if (supposed) return supposed;
  const other = otherNumbered(question, retriever) ?? otherCount(question, retriever) ?? otherHolder(question) ?? unwrittenComparison(question, retriever) ?? unweighedChoice(question, retriever) ?? unwrittenPart(question, retriever) ?? otherPlace(question, retriever) ?? otherSense(question, retriever) ?? unwrittenSchool(question, retriever) ?? caseSelection(question) ?? authorsDeed(question);
  if (other) return other;
  // "What does it say about Urumqi's hospitals?": a field it never names, whatever else it has.
  const field = unwrittenField(question, retriever);
  if (field) return field;
  return relatedSides(question)?.find((side) => unseen(side, topical));
}

