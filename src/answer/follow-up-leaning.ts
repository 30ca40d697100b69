import { PLACE_WORD } from '../ingest/ordinals.ts';
import { findSectionRefs, type SectionRefs } from '../retrieval/section-ref.ts';
import { contentStems } from '../retrieval/terms.ts';
import type { Section } from '../types.ts';
import { asksForOthers } from './exclusion.ts';
import { ANAPHORA, OWN_VIEW, asksForMore } from './follow-up-forms.ts';
import { anotherPlace, listAsked, placeless } from './follow-up-places.ts';
import { topicWords } from './frame-words.ts';
import { withoutSectionTopic } from './section-topic.ts';
import { COMPARES } from './section-pointers.ts';
import { withOneLineGist } from './one-line-gist.ts';
import { asksWhoSaidThat } from './speaker.ts';

/** "That", "it": what was being read, named by the section it is in. */
const THAT = /\b(?:that|it|this)\b/iu;

/** A follow-up that leans on the question before, with what it says of its own. */
export interface Leaning {
  readonly previous: string;
  readonly current: string;
  readonly now: SectionRefs;
  readonly topic: readonly string[];
  readonly place: string | undefined;
}

/** What is left of "what does chapter 4 say?" without its section: it asked of the section whole. */
const SECTION_WHOLE = /^\s*(?:what\s+(?:does|did|do|is)\s+(?:say|says|cover|covers|argue|argues|discuss|discusses|about|in))?\s*[?？.!]*\s*$/iu;

/** The follow-up made whole from the question before: its topic, its section, or both carry over. */
export function leaning({ previous, current, now, topic, place }: Leaning, sections: readonly Section[]): string {
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
  const compared = comparedSections({ previous, current, now, topic, place }, sections);
  if (compared) return compared;
  // A new section keeps the old topic but not the old section; otherwise both carry over.
  // A comparison of two sections leaves no topic to keep: the new section is asked alone.
  if (now.ids.length > 0 || now.missing.length > 0) {
    const old = oldTopic(previous, sections);
    const compared = COMPARES.test(old) && topicWords(old.replace(new RegExp(COMPARES.source, 'giu'), ' ')).length === 0;
    // "And chapter 5?" after "what does chapter 4 say?": nothing but the section carries over
    // ("who is quoted?" carries its question).
    // "And chapter 6?" after "and chapter five?": the "and ?" left is no topic either.
    const bare = /^(?:(?:and|or|but|so|what\s+about|how\s+about)\s*)*[?？.!]*$/iu.test(old);
    return compared || bare || SECTION_WHOLE.test(old) ? current : `${asked} ${old}`;
  }
  return `${asked} (${previous.trim()})`;
}

/**
 * "How is it different from chapter 4?" compares the new section with the old: both stay,
 * the old by name when "it" is the section the thread has been reading ("what is chapter 3
 * about?", "…(who takes part (in Chapter 3))"), not one topic in it ("consultation in chapter 3").
 * "And to the overview?" after "how does chapter 3 relate to chapter 6?" asks the same
 * comparison with its last section swapped. Undefined for a follow-up that compares nothing.
 */
function comparedSections({ previous, current, now, topic }: Leaning, sections: readonly Section[]): string | undefined {
  const asked = current.trim().replace(/[?？]+$/u, '');
  if (now.ids.length > 0 && COMPARES.test(current)) {
    const before = findSectionRefs(previous, sections);
    const [read, ...more] = labelsOf(before.ids.filter((id) => !now.ids.includes(id)), sections);
    const reading = previous.includes('(') || topicWords(before.rest).length === 0;
    return read && more.length === 0 && reading && THAT.test(asked) ? `${asked.replace(THAT, read)}?` : `${asked} (${previous.trim()})`;
  }
  return topic.length === 0 && now.ids.length === 1 && COMPARES.test(previous) ? lastSectionSwapped(previous, current, sections) : undefined;
}

/** A section as a question names it: "chapter 6", "the third chapter", "ch. 2", "the overview". */
const SECTION_NAME = new RegExp(String.raw`\b(?:the\s+)?(?:(?:chapter|ch\.?)\s*[\p{L}\d]+|(?:${PLACE_WORD}|last|final)\s+chapter|introduction|intro|overview|conclusion)\b`, 'giu');

/**
 * The comparison before with the last section it named replaced by the one named now, when
 * it named two and the new one is not the first; undefined otherwise.
 */
function lastSectionSwapped(previous: string, current: string, sections: readonly Section[]): string | undefined {
  const before = findSectionRefs(previous, sections).ids;
  const named = [...current.matchAll(SECTION_NAME)].at(-1)?.[0];
  const last = [...previous.matchAll(SECTION_NAME)].at(-1);
  if (before.length !== 2 || !named || last?.index === undefined) return undefined;
  const swapped = `${previous.slice(0, last.index)}${named}${previous.slice(last.index + last[0].length)}`;
  return findSectionRefs(swapped, sections).ids.length === 2 ? swapped : undefined;
}

/**
 * The sections a question about them as a whole names ("what does chapter 3 say?"), by label,
 * when they hold every word of the follow-up's `topic`; undefined for one with a topic.
 */
export function sectionRead(previous: string, sections: readonly Section[], topic: readonly string[]): string | undefined {
  // "Which part is most important (in Chapter 3)" asked for the chapter's gist: it was still read whole.
  const refs = findSectionRefs(withOneLineGist(previous), sections);
  if (refs.ids.length === 0 || topicWords(refs.rest).length > 0) return undefined;
  // "What is the mass line?" after a summary of chapter 3, which never names it, is a question of its own.
  const read = sections.filter((s) => refs.ids.includes(s.id));
  const words = new Set(read.flatMap((s) => s.sentences.flatMap((x) => contentStems(x.text))));
  return topic.every((t) => words.has(t)) ? read.map((s) => s.label).join(' and ') : undefined;
}

/** The labels of the sections with these ids, in the thesis's order. */
export const labelsOf = (ids: readonly string[], sections: readonly Section[]): string[] => sections.filter((s) => ids.includes(s.id)).map((s) => s.label);

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
      // "…consultation in ?" without its chapter: the "in" goes with it, and so does the
      // "and in" that opened a follow-up ("and in chapter 4 what do members do?").
      .replace(/\s+(?:in|of|from|about|on)\s*(?=[?？.!]*\s*$)/iu, '')
      .replace(/^\s*(?:(?:and|but|so|or)\s+)+(?:in\s+)?/iu, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}
