import { swappedClause } from './follow-up-clause.ts';
import { countAsked } from './count-asked.ts';
import { COUNT as COUNT_WORD } from './recount.ts';
import { findSectionRefs, type SectionRefs } from '../retrieval/section-ref.ts';
import { contentStems, stem } from '../retrieval/terms.ts';
import { askedOrdinal } from './enumeration.ts';
import { GENERIC, topicWords } from './frame-words.ts';
import { asksForOthers } from './exclusion.ts';
import type { Section } from '../types.ts';
import { asksAboutBot } from './help.ts';
import { isChatter } from './chatter.ts';
import { asksAboutRecord, ofTheAuthor } from './record-asked.ts';
import { asksForOneSentence, asksForSummary } from './section-answer.ts';
import { afterLookUp } from './look-up-follow-up.ts';
import { whichOfThem } from './section-pointers.ts';
import { asksWhoSaidThat } from './speaker.ts';
import { ANAPHORA, BARE_RELATION, BARE_WH, BARE_WHY, ECHOED, EXAMPLE, EXAMPLES, LAYOUT, MANY, SHORTER, SIMPLER, SOURCE_OF_THAT, THE_REST, WHOLE_QUESTION, WH_OF_THAT, leanedOn, ofThem, ownWords } from './follow-up-forms.ts';
import { swappedThing } from './swapped-thing.ts';
import { asksForOpinion } from './refusal.ts';
import { labelsOf, leaning, sectionRead } from './follow-up-leaning.ts';
import { namedTogether, ofRecordOrGist, topicJoined } from './follow-up-whole.ts';
import { namedSpeaker, steppedPlace, thingsCounted } from './follow-up-places.ts';

/** "Who created it?", "who invented that?": the maker of a thing just asked about, by a pronoun. */
const IDEA_MADE = /^\s*(?:(?:and|so|but|ok(?:ay)?)[\s,]+)?who\s+(?:first\s+|originally\s+)?(?:created|invented|devised|coined|originated|founded|conceived|developed|proposed|thought\s+of)\s+(?:it|that|this|them|those)\b/iu;
/** "Why is it called that?", "where does the name come from?": the name of the thing just asked about, not the thesis's title. */
const NAME_WHY = /^\s*(?:(?:and|so|but|ok(?:ay)?)[\s,]+)?(?:why\s+(?:is|was|are|were)\s+(?:it|that|this|they)\s+(?:called|named|known\s+as)(?:\s+(?:that|this))?|where\s+does\s+(?:the|that|this|its)\s+name\s+come\s+from|why\s+(?:that|this|the)\s+name)\s*[?？!.]*\s*$/iu;

/** "He", "she": someone the question before named, not the work. */
const PERSON = /\b(?:he|she|him|her|his)\b/iu;

/** Topic words a follow-up may have and still lean on the question before. */
const SHORT = 4;

/** "Which one is most important (what are the premises?)": one picked from a list asked before, and that list. */
const ONE_OF_LIST = /^\s*(?:and\s+|so\s+)?(?:which|what)\s+one\b[^()]*\((.+)\)\s*$/iu;

/**
 * Turns a short follow-up in a conversation into a question that stands alone, using the
 * previous question: "and in chapter 5?" after "What does chapter 4 say about national unity?"
 * becomes a question about national unity in chapter 5. Questions with a topic of their own,
 * requests for a summary and questions about the work's record ("who wrote it?") are left as
 * they are.
 */
export function resolveFollowUp(previous: string | undefined, typed: string, sections: readonly Section[]): string {
  // "Hi" or "what can you do?" gives a follow-up nothing to lean on.
  if (!previous || asksAboutBot(previous)) return typed;
  const current = ofThem(typed);
  // "And five?" after "what does chapter 4 say?": the next chapter asked by its number alone.
  const number = BARE_NUMBER.exec(current);
  if (number?.[1] && countAsked(previous, false)?.kind !== 'count' && findSectionRefs(previous, sections).ids.some((id) => id.startsWith('chapter-'))) return resolveFollowUp(previous, `and chapter ${number[1]}?`, sections);
  const instead = leansPast(previous, current);
  if (instead) return resolveFollowUp(instead, current, sections);
  const shaped = ofRecordOrGist(previous, current, sections) ?? byShape(previous, current) ?? swappedThing(previous, current, (a, b) => namedTogether(a, b, sections)) ?? swappedClause(previous, current);
  if (shaped !== undefined) return shaped;
  const counted = thingsCounted(previous, current, labelsOf(findSectionRefs(previous, sections).ids, sections));
  if (counted) return counted;
  const now = findSectionRefs(current, sections);
  const spoken = now.ids.length === 1 ? namedSpeaker(current, labelsOf(now.ids, sections)[0]) : undefined;
  // What it speaks of may still point back ("does it say more about that?").
  if (spoken) return resolveFollowUp(previous, spoken, sections);
  const looked = afterLookUp(previous, current, now, ANAPHORA.test(now.rest));
  if (looked) return looked;
  // After "where is the author from?", "where do they work?" asks of the author.
  const author = ofTheAuthor(previous, current);
  if (author) return author;
  // After "who wrote it?", "(and) what is it about?" asks of the thesis itself: "it" is the work.
  if (asksAboutRecord(previous) && WHOLE_QUESTION.test(current.replace(/^\s*(?:and|but|so|ok(?:ay)?)[\s,]+/iu, ''))) return current;
  // "How come?" asks the same as "why?"; asked twice, it is still one question.
  if (BARE_WHY.test(current)) return /^why \(/u.test(previous) ? previous : `why (${previous.trim()})`;
  const stepped = steppedPlace(previous, current);
  if (stepped) return resolveFollowUp(previous, stepped, sections);
  // "And the second?" asks for a place in what was just listed: the place is no topic.
  const place = askedOrdinal(now.rest);
  // Nor is "an example" a topic of its own: it asks for one of what was asked before.
  // "Quote the third": with a place asked, the asking ("quote", "explain") is no topic either.
  const topic = contentStems(now.rest.replace(EXAMPLES, ' ').replace(THE_REST, ' ')).filter((t) => !place || (t !== stem(place) && !GENERIC.has(t)));
  // "Which one is about party branches?" after "how many chapters are there?" asks which chapter.
  const chosen = whichOfThem(current, previous);
  if (chosen && topic.length > 0) return chosen;
  // "Who takes part?" after "what does chapter 3 say?": asked while reading that chapter, it is asked of it.
  const reading = now.ids.length === 0 && topic.length > 0 && topic.length <= SHORT ? sectionRead(previous, sections, topic) : undefined;
  if (reading) return `${current.trim().replace(/[?？]+$/u, '')} (in ${reading})`;
  const joined = now.ids.length === 0 && !place && !connects(current, now) ? topicJoined(previous, current, topic, sections) : undefined;
  if (joined) return joined;
  if (asksOwnQuestion(current, now, topic, place)) return current;
  return leaning({ previous, current, now, topic, place }, sections);
}

/**
 * The question a follow-up leans on when it is not the one just asked: "is it convincing?" was
 * declined, not answered, so what follows leans on what it asked of; "is consultation one of
 * them?" after "which one is most important (what are the premises?)" asks of the premises,
 * not of the one asked about. Undefined when the question before is the one.
 */
function leansPast(previous: string, current: string): string | undefined {
  if (asksForOpinion(ownWords(previous))) return leanedOn(previous);
  return MANY.test(current) ? ONE_OF_LIST.exec(previous)?.[1] : undefined;
}

/** "Five or six?", "is it 6?", "six, right?": a count offered alone. */
const COUNT = String.raw`(?:${COUNT_WORD})`;
const COUNT_OFFER = new RegExp(String.raw`^\s*(?:(?:so|and|or)\s+)?(?:is\s+it\s+|are\s+there\s+|was\s+it\s+)?${COUNT}(?:\s*(?:or|,)\s*${COUNT})?(?:\s*,?\s*(?:right|then))?\s*[?？!.]*\s*$`, 'iu');

/** "And five?", "six?": one number alone (a count offer's simplest form), after a question naming a chapter. */
const BARE_NUMBER = new RegExp(String.raw`^\s*(?:(?:and|so|or)\s+)?(${COUNT})\s*[?？!.]*\s*$`, 'iu');

/** "Where?" alone, "and where?". */
const BARE_WHERE = /^\s*(?:and\s+|but\s+|so\s+)?where\s*[?？!.]*\s*$/iu;

/**
 * A follow-up whose form alone says how it leans on the question before ("source?", "when?"),
 * or that stands alone whatever came before (a summary, the record, the bot); undefined otherwise.
 */
function byShape(previous: string, current: string): string | undefined {
  // "Five or six?" after "how many stages…?": a count offered for the one asked, not chapter five.
  if (COUNT_OFFER.test(current) && countAsked(previous, false)?.kind === 'count') return `${previous.trim().replace(/[?？!.]+$/u, '')}: ${current.trim()}`;
  // "Shorter please": the question before, in one sentence; "simpler?" asks it again, and is told why it cannot be.
  const short = asksForOneSentence(previous) ? previous.trim() : `${previous.trim().replace(/[?？!.]+$/u, '')} in one sentence`;
  if (SHORTER.test(current)) return short;
  // "As bullet points?": the question before, asked in that form (layout.ts lays it out).
  if (LAYOUT.test(current)) return `${previous.trim().replace(/[?？!.]+$/u, '')}, as a ${/\bnumbered\b/iu.test(current) ? 'numbered ' : ''}list?`;
  if (SIMPLER.test(current)) return `${current.trim().replace(/[?？!.]+$/u, '')} (${short})`;
  // "Source?" alone asks where what was just quoted comes from.
  // So does "where?" alone: the place in the thesis, whose quote names any place it speaks of.
  if (SOURCE_OF_THAT.test(current) || BARE_WHERE.test(current)) return `where is that from (${previous.trim()})`;
  // "When?" alone after "who deployed the activity?" asks when that was, not when the thesis was
  // posted; "what's the result?" after "tell me about the corps", the result of the corps' work;
  // "applicable to what?", the part of the answer the echo leaves open.
  if ((BARE_WH.test(current) || BARE_RELATION.test(current) || ECHOED.test(current)) && !asksAboutRecord(previous)) return `${current.trim().replace(/[?？!.]+$/u, '')} (${previous.trim()})`;
  // "Who said that?" asks about the claim just quoted, and "what are they called?" about the
  // things just named: the thesis is "it", one work.
  // "Who created it?" after "what is the mass line?" asks who made the idea, not who wrote the work.
  const ofIdea = (IDEA_MADE.test(current) || NAME_WHY.test(current)) && !asksAboutRecord(previous) && topicWords(previous).length > 0;
  if (ofIdea) return `${current.trim().replace(/[?？!.]+$/u, '')} (${previous.trim()})`;
  // "When did he say it?" after "what does Xi say?" asks of Xi's words, not of the thesis's date.
  const ofSomeone = PERSON.test(current) && !asksAboutRecord(previous);
  const aboutRecord = asksAboutRecord(current) && !asksWhoSaidThat(current) && !MANY.test(current) && !WH_OF_THAT.test(current) && !ofSomeone;
  // "Hi", "what can you do?" mid-thread ask about the bot, not about the last answer.
  // "Thanks!" mid-thread is thanks, not a question about the last answer.
  return asksForSummary(current) || aboutRecord || asksAboutBot(current) || isChatter(current) ? current : undefined;
}

/** Whether a follow-up connects to the question before: it points back or starts with "and…". */
function connects(current: string, now: SectionRefs): boolean {
  return ANAPHORA.test(now.rest) || /^\s*(?:and|what about|how about|but)\b/iu.test(current);
}

/** "Else", "more": asking past what was said, pointing back at nothing. */
const MORE_ONLY = /\b(?:else|more)\b/giu;

/** Whether a follow-up is a question of its own: a topic, or a whole question, that does not lean back. */
function asksOwnQuestion(current: string, now: SectionRefs, topic: readonly string[], place: string | undefined): boolean {
  const connected = connects(current, now);
  if (topic.length > SHORT || (topic.length > 0 && !connected)) return true;
  // "What else does chapter 4 say?": more of the chapter it names, not of the topic before.
  const pastMore = now.rest.replace(MORE_ONLY, ' ');
  const moreOfSection = now.ids.length > 0 && topic.length === 0 && pastMore !== now.rest && !ANAPHORA.test(pastMore);
  if (moreOfSection && WHOLE_QUESTION.test(current.replace(MORE_ONLY, ' ').replace(/^\s*(?:and|so|but|ok(?:ay)?)[\s,]+/iu, ''))) return true;
  // "What does the introduction say?" asks for itself; only fragments and "and…" lean on the
  // question before, and a request for an example of nothing named ("give an example").
  const bare = topic.length === 0 && now.ids.length === 0;
  const example = bare && EXAMPLE.test(current);
  // "Which is first?", "what are the others?": a whole question with nothing to ask of but a
  // place in, or the rest of, what was just said.
  const leansByForm = bare && (place !== undefined || asksForOthers(current));
  return !connected && !example && !leansByForm && WHOLE_QUESTION.test(current);
}
