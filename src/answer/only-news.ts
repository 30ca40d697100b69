import { asksForOthers } from './exclusion.ts';
import type { AskContext } from './ask.ts';
import { ownWords } from './follow-up-forms.ts';
import { itemAsked } from './enumeration.ts';
import { asksWhichSection } from './lead.ts';
import { asksIfInSection } from './in-section.ts';
import { asksWhoSaid, reportsSpeaker } from './speaker.ts';
import { findSectionRefs } from '../retrieval/section-ref.ts';
import { contentStems } from '../retrieval/terms.ts';
import { topicWords } from './frame-words.ts';
import { PLAINER } from './asking-frames.ts';
import { withOneLineGist } from './one-line-gist.ts';
import { asksForOneSentence, asksForSummary, asksForTitle } from './section-answer.ts';
import { termToCount } from './term-count.ts';
import { COMPARES } from './section-pointers.ts';
import { countAsked } from './count-asked.ts';
import { RANKS_FIRST } from './list-settled.ts';
import { readable } from './cite.ts';
import { ONLY_ASIDE } from './elsewhere.ts';
import { itemAskedMore } from './quote-source.ts';
import { UNLISTED_NOTE } from './unlisted.ts';
import { asksForLayout } from './layout.ts';
import type { Answer } from './types.ts';

/** "Who said that?" of a claim the thesis makes in its own voice. */
function unattributed(question: string): Answer {
  const answer = 'The thesis names no one else for this: the passages already quoted say it in its own voice.';
  return { question, answer, abstained: true, citations: [], nearest: [] };
}

const PLAINER_ASKED = new RegExp(PLAINER, 'iu');
/** "Quote it exactly", "the exact words?", "verbatim please": the passage asked for again. */
const QUOTE_AGAIN = /\b(?:quote|repeat)\s+(?:it|that|this)\b|\bexact\s+(?:words|quote|wording)\b|\bverbatim\b|\bword\s+for\s+word\b/iu;

/** "What did he say?", "what does she argue?": what someone just named said. */
const SAID_WHAT = /^\s*(?:and\s+|so\s+)?what\s+(?:did|does|do)\s+(?:he|she|they|him|her)\s+(?:say|said|argue|claim|point\s+out|stress|state)\b/iu;

/** "Which is the worst?", "what's the biggest one?", "which matters most?": one ranked first, asked for. */
const RANK_ASKED = /^\s*(?:(?:and|so|but)\s+)?(?:which|what)(?:['’]s)?\b.*\b(?:(?!(?:interest|request|suggest|protest|harvest|invest|forest|manifest|contest|digest|arrest|honest|modest)\b)\p{L}{3,}est|most|worst|best|top|first)\b(?:\s+(?:one|of\s+them|of\s+all))?\s*[?？!.]*\s*$/iu;
/** A "why", "how come" or yes-or-no question. */
const BEYOND_WORDS = /^\s*(?:(?:and|but|so)\s+)?(?:why|how\s+come|is|are|was|were|does|do|did|can|could|has|have|will|would)\b/iu;

/**
 * Whether a follow-up answered only with passages shown before asks for them again on purpose:
 * where they stand, their count, a yes or no, a summary, one item, the rest of a list, two
 * chapters side by side, or a new question their words answer.
 */
function asksAgain(answer: Answer, own: string, ctx: AskContext): boolean {
  const quoted = answer.citations.filter((c) => c.section !== 'metadata');
  // "Which chapter is that in?": the chapter named first is the news; "what's its title?" the heading.
  const refs = findSectionRefs(own, ctx.parsed.sections);
  if (asksWhichSection(own) || asksForTitle(refs.rest)) return true;
  // "How does chapter 3 compare with chapter 2?": both set side by side is what was asked, read before or not.
  if (refs.ids.length >= 2 && COMPARES.test(own)) return true;
  // "Is that in chapter 1?" of what was just quoted from chapter 1: yes, and there it is.
  // (withLead has put "Yes." before it already.)
  if (asksIfInSection(own) && refs.ids.length > 0) return true;
  // "Does it mention research methods?", "is it static?" of a sentence just quoted: the yes or no is the news.
  if (/^(?:Yes|No)\. /u.test(answer.answer)) return true;
  // "Is that mentioned outside chapter 4?": that only chapter 4 speaks of it is the news.
  if (ONLY_ASIDE.test(answer.answer)) return true;
  // "What methods does it name?" of a sentence that only mentions them: that it lists none is the news.
  if (UNLISTED_NOTE.test(answer.answer) && !/^\s*(?:(?:and|but|so)\s+)?(?:why|how\s+come)\b/iu.test(own)) return true;
  // "How many are there?" of a list just given: the count said before the quotes is the news.
  if (countAsked(answer.question, false)?.kind === 'count' && !answer.answer.startsWith(readable(quoted[0]?.quote ?? '').slice(0, 20))) return true;
  // "Summarize it", "and in chapter 3?" of a word counted: the summary or the count is the news.
  if (asksForSummary(answer.question) || termToCount(answer.question) !== undefined) return true;
  // "In one sentence", "the main point?": the shorter answer, from what was quoted, is what was asked for.
  if (asksForOneSentence(withOneLineGist(own))) return true;
  // "Explain the third one", "the third?": the item, quoted again (with the sentence naming the items), is the answer.
  if (itemAsked(own) !== undefined) return true;
  // "Which is the worst?" after "the four dangers": a sentence that puts one at the top answers
  // a rank asked, though it says "top" and not "worst".
  if (RANK_ASKED.test(own) && quoted.some((c) => RANKS_FIRST.test(c.quote))) return true;
  // "And the others?" after one item: the rest of its list, seen before or not, is what was asked for.
  if (asksForOthers(own) && ctx.exclude && ctx.exclude.size > 0) return true;
  // "And its radius?" after its centre, "who recognised it?": words of its own that the quote
  // holds make the quote the answer to a new question, not all there is on an old one. A "why"
  // or a yes-or-no ("is it only used in Urumqi?") asks what the words alone do not answer.
  const asked = topicWords(own);
  const holds = new Set(quoted.flatMap((c) => contentStems(c.quote)));
  return !BEYOND_WORDS.test(own) && asked.length > 0 && asked.every((t) => holds.has(t));
}

/**
 * In a conversation, an answer made only of passages it has shown already ("who launched it?",
 * "does it say which ones?" after the sentence that names research methods) says that this is
 * all the thesis has, and gives them again: the answer may be in them, or they show it is not.
 */
export function onlyNews(answer: Answer, ctx: AskContext): Answer {
  const { seen } = ctx;
  const quoted = answer.citations.filter((c) => c.section !== 'metadata');
  if (!seen || !ctx.leans || answer.abstained || quoted.length === 0) return answer;
  // "Who said that?", "is that the author's own view?": asked of the quote just shown, whatever
  // else the search brings; the speaker it names, if any, answers.
  const [lead] = quoted;
  const leadShown = lead !== undefined && seen.has(lead.start);
  if (leadShown && asksWhoSaid(answer.question)) return reportsSpeaker(lead.quote) ? answer : unattributed(answer.question);
  // "What did he say?" after the sentence reporting his words: that sentence is the answer.
  if (leadShown && SAID_WHAT.test(ownWords(answer.question)) && reportsSpeaker(lead.quote)) return answer;
  // "More about the second one" answered by the sentence that lists it has found nothing new.
  const item = itemAskedMore(answer.question);
  const at = item === undefined ? -1 : ctx.corpus.indexOf(item);
  const holdsItem = (start: number) => at >= start && at < (ctx.retriever.passages.find((p) => p.start === start)?.end ?? start);
  if (!quoted.every((c) => seen.has(c.start) || holdsItem(c.start))) return answer;
  const own = ownWords(answer.question);
  // The item's own words, held by the sentence listing it, ask nothing new.
  if (item === undefined && asksAgain(answer, own, ctx)) return answer;
  const what = quoted.length === 1 ? 'the passage' : 'the passages';
  // "Quote it exactly": the passage again is what was asked for.
  if (QUOTE_AGAIN.test(own)) return answer;
  // "As bullet points?": the same passages, laid out, are what was asked for.
  if (asksForLayout(answer.question)) return answer;
  // "Say it simpler": an extractive reader has only the thesis's words.
  if (PLAINER_ASKED.test(own)) return { ...answer, answer: `I can only give the thesis's own words, not a simpler version; ${what} again: ${answer.answer}` };
  return { ...answer, answer: `The thesis says no more on this than ${what} already quoted: ${answer.answer}` };
}
