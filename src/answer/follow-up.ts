import { findSectionRefs, type SectionRefs } from '../retrieval/section-ref.ts';
import { contentStems, stem } from '../retrieval/terms.ts';
import { askedOrdinal } from './enumeration.ts';
import { GENERIC, topicWords } from './frame-words.ts';
import { asksForOthers } from './exclusion.ts';
import type { Section } from '../types.ts';
import { asksAboutBot } from './help.ts';
import { asksAboutRecord } from './metadata.ts';
import { asksForOneSentence, asksForSummary } from './section-answer.ts';
import { withoutSectionTopic } from './section-topic.ts';
import { afterLookUp } from './look-up-follow-up.ts';
import { COMPARES, whichOfThem } from './section-pointers.ts';
import { asksWhoSaidThat } from './speaker.ts';
import { ANAPHORA, BARE_RELATION, BARE_WH, BARE_WHY, EXAMPLE, EXAMPLES, MANY, OWN_VIEW, SHORTER, SIMPLER, SOURCE_OF_THAT, THE_REST, WHOLE_QUESTION, WH_OF_THAT, asksForMore, ofThem, swappedThing } from './follow-up-forms.ts';
import { anotherPlace, listAsked, namedSpeaker, placeless, thingsCounted } from './follow-up-places.ts';

/** "Who created it?", "who invented that?": the maker of a thing just asked about, by a pronoun. */
const IDEA_MADE = /^\s*(?:(?:and|so|but|ok(?:ay)?)[\s,]+)?who\s+(?:first\s+|originally\s+)?(?:created|invented|devised|coined|originated|founded|conceived|developed|proposed|thought\s+of)\s+(?:it|that|this|them|those)\b/iu;

/** "That", "it": what was being read, named by the section it is in. */
const THAT = /\b(?:that|it|this)\b/iu;

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
  // "Is consultation one of them?" after "which one is most important (what are the premises?)":
  // "them" are the premises, not the one asked about.
  const list = MANY.test(current) ? ONE_OF_LIST.exec(previous)?.[1] : undefined;
  if (list) return resolveFollowUp(list, current, sections);
  const shaped = byShape(previous, current) ?? swappedThing(previous, current);
  if (shaped !== undefined) return shaped;
  const counted = thingsCounted(previous, current, labelsOf(findSectionRefs(previous, sections).ids, sections));
  if (counted) return counted;
  const now = findSectionRefs(current, sections);
  const spoken = now.ids.length === 1 ? namedSpeaker(current, labelsOf(now.ids, sections)[0]) : undefined;
  // What it speaks of may still point back ("does it say more about that?").
  if (spoken) return resolveFollowUp(previous, spoken, sections);
  const looked = afterLookUp(previous, current, now, ANAPHORA.test(now.rest));
  if (looked) return looked;
  // After "who wrote it?", "(and) what is it about?" asks of the thesis itself: "it" is the work.
  if (asksAboutRecord(previous) && WHOLE_QUESTION.test(current.replace(/^\s*(?:and|but|so|ok(?:ay)?)[\s,]+/iu, ''))) return current;
  // "How come?" asks the same as "why?"; asked twice, it is still one question.
  if (BARE_WHY.test(current)) return /^why \(/u.test(previous) ? previous : `why (${previous.trim()})`;
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
  if (asksOwnQuestion(current, now, topic, place)) return current;
  return leaning({ previous, current, now, topic, place }, sections);
}

/**
 * A follow-up whose form alone says how it leans on the question before ("source?", "when?"),
 * or that stands alone whatever came before (a summary, the record, the bot); undefined otherwise.
 */
function byShape(previous: string, current: string): string | undefined {
  // "Shorter please": the question before, in one sentence; "simpler?" asks it again, and is told why it cannot be.
  const short = asksForOneSentence(previous) ? previous.trim() : `${previous.trim().replace(/[?？!.]+$/u, '')} in one sentence`;
  if (SHORTER.test(current)) return short;
  if (SIMPLER.test(current)) return `${current.trim().replace(/[?？!.]+$/u, '')} (${short})`;
  // "Source?" alone asks where what was just quoted comes from.
  if (SOURCE_OF_THAT.test(current)) return `where is that from (${previous.trim()})`;
  // "When?" alone after "who deployed the activity?" asks when that was, not when the thesis was
  // posted; "what's the result?" after "tell me about the corps", the result of the corps' work.
  if ((BARE_WH.test(current) || BARE_RELATION.test(current)) && !asksAboutRecord(previous)) return `${current.trim().replace(/[?？!.]+$/u, '')} (${previous.trim()})`;
  // "Who said that?" asks about the claim just quoted, and "what are they called?" about the
  // things just named: the thesis is "it", one work.
  // "Who created it?" after "what is the mass line?" asks who made the idea, not who wrote the work.
  const ofIdea = IDEA_MADE.test(current) && !asksAboutRecord(previous) && topicWords(previous).length > 0;
  if (ofIdea) return `${current.trim().replace(/[?？!.]+$/u, '')} (${previous.trim()})`;
  const aboutRecord = asksAboutRecord(current) && !asksWhoSaidThat(current) && !MANY.test(current) && !WH_OF_THAT.test(current);
  // "Hi", "what can you do?" mid-thread ask about the bot, not about the last answer.
  return asksForSummary(current) || aboutRecord || asksAboutBot(current) ? current : undefined;
}

/** Whether a follow-up connects to the question before: it points back or starts with "and…". */
function connects(current: string, now: SectionRefs): boolean {
  return ANAPHORA.test(now.rest) || /^\s*(?:and|what about|how about|but)\b/iu.test(current);
}

/** Whether a follow-up is a question of its own: a topic, or a whole question, that does not lean back. */
function asksOwnQuestion(current: string, now: SectionRefs, topic: readonly string[], place: string | undefined): boolean {
  const connected = connects(current, now);
  if (topic.length > SHORT || (topic.length > 0 && !connected)) return true;
  // "What does the introduction say?" asks for itself; only fragments and "and…" lean on the
  // question before, and a request for an example of nothing named ("give an example").
  const bare = topic.length === 0 && now.ids.length === 0;
  const example = bare && EXAMPLE.test(current);
  // "Which is first?", "what are the others?": a whole question with nothing to ask of but a
  // place in, or the rest of, what was just said.
  const leansByForm = bare && (place !== undefined || asksForOthers(current));
  return !connected && !example && !leansByForm && WHOLE_QUESTION.test(current);
}

/** A follow-up that leans on the question before, with what it says of its own. */
interface Leaning {
  readonly previous: string;
  readonly current: string;
  readonly now: SectionRefs;
  readonly topic: readonly string[];
  readonly place: string | undefined;
}

/** The follow-up made whole from the question before: its topic, its section, or both carry over. */
function leaning({ previous, current, now, topic, place }: Leaning, sections: readonly Section[]): string {
  // One question mark, at the end: the result is one question, not several.
  const asked = current.trim().replace(/[?？]+$/u, '');
  // "And what is the key to governance?" has a topic of its own: only where to look carries over.
  if (topic.length > 0 && !ANAPHORA.test(now.rest)) {
    const labels = labelsOf(findSectionRefs(previous, sections).ids, sections);
    return now.ids.length > 0 || labels.length === 0 ? current : `${asked} (in ${labels.join(' and ')})`;
  }
  // "The second?" after "what's the first reason?" asks for the second reason.
  const moved = place && topic.length === 0 && now.ids.length === 0 ? anotherPlace(previous, place) : undefined;
  if (moved) return moved;
  // "Who else says so?" asks who says what was just quoted, not for more of it; "is that the
  // author's own view?" asks the same, answered by the speaker the quote names, if any.
  if (asksWhoSaidThat(current)) return `${asked} (${previous.trim()})`;
  if (OWN_VIEW.test(current)) return `who said that (${previous.trim()})`;
  const bare = topic.length === 0 && now.ids.length === 0 && now.missing.length === 0;
  // "The rest?" after "what is the first one (…)": the list asked before, with what was shown set aside.
  if (bare && asksForOthers(current)) return `${asked} (${placeless(previous) ?? listAsked(previous) ?? previous.trim()})`;
  // "What else?" asks the same question again (what was said is skipped), not a longer one.
  if (bare && asksForMore(current)) return previous;
  // "How is it different from chapter 4?" compares the new section with the old: both stay,
  // the old by name when "it" is the section the thread has been reading ("what is chapter 3
  // about?", "…(who takes part (in Chapter 3))"), not one topic in it ("consultation in chapter 3").
  if (now.ids.length > 0 && COMPARES.test(current)) {
    const before = findSectionRefs(previous, sections);
    const [read, ...more] = labelsOf(before.ids.filter((id) => !now.ids.includes(id)), sections);
    const reading = previous.includes('(') || topicWords(before.rest).length === 0;
    return read && more.length === 0 && reading && THAT.test(asked) ? `${asked.replace(THAT, read)}?` : `${asked} (${previous.trim()})`;
  }
  // A new section keeps the old topic but not the old section; otherwise both carry over.
  if (now.ids.length > 0 || now.missing.length > 0) return `${asked} ${oldTopic(previous, sections)}`;
  return `${asked} (${previous.trim()})`;
}

/**
 * The sections a question about them as a whole names ("what does chapter 3 say?"), by label,
 * when they hold every word of the follow-up's `topic`; undefined for one with a topic.
 */
function sectionRead(previous: string, sections: readonly Section[], topic: readonly string[]): string | undefined {
  const refs = findSectionRefs(previous, sections);
  if (refs.ids.length === 0 || topicWords(refs.rest).length > 0) return undefined;
  // "What is the mass line?" after a summary of chapter 3, which never names it, is a question of its own.
  const read = sections.filter((s) => refs.ids.includes(s.id));
  const words = new Set(read.flatMap((s) => s.sentences.flatMap((x) => contentStems(x.text))));
  return topic.every((t) => words.has(t)) ? read.map((s) => s.label).join(' and ') : undefined;
}

const labelsOf = (ids: readonly string[], sections: readonly Section[]) => sections.filter((s) => ids.includes(s.id)).map((s) => s.label);

/**
 * The question before without its section: "(in Chapter 4)" without its chapter is nothing, so
 * it goes too. A follow-up before that asked only of the question it carries ("which chapter is
 * that in (…consultative democracy?)") passes on the question carried.
 */
function oldTopic(previous: string, sections: readonly Section[]): string {
  const carried = /^([^(]*)\((.+)\)\s*$/su.exec(previous);
  const topicOf = (text: string) => topicWords(findSectionRefs(text, sections).rest);
  // "(in Chapter 4)" is where the question before was asked, not a question carried.
  const root = carried?.[2] && topicOf(carried[1] ?? '').length === 0 && topicOf(carried[2]).length > 0 ? carried[2] : previous;
  return (
    findSectionRefs(withoutSectionTopic(root), sections)
      .rest.replace(/\(\s*(?:in\s*)?(?:and\s*)*\)/gu, ' ')
      // "…consultation in ?" without its chapter: the "in" goes with it.
      .replace(/\s+(?:in|of|from|about|on)\s*(?=[?？.!]*\s*$)/iu, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}
