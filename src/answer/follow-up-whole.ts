import { findSectionRefs } from '../retrieval/section-ref.ts';
import { contentStems, tokenize } from '../retrieval/terms.ts';
import type { Section } from '../types.ts';
import { topicWords } from './frame-words.ts';
import { GIST_ASKED, WHOLE_WORK } from './follow-up-forms.ts';
import { sectionRead } from './follow-up-leaning.ts';
import { withOneLineGist } from './one-line-gist.ts';
import { asksAboutRecord } from './record-asked.ts';

/**
 * A follow-up read as asking of a whole the question before was about: "where does he work?"
 * after "who wrote it?" asks of the author, and "how long is it?" of the thesis; "main point?"
 * after "what is chapter 5 about?" asks that chapter's gist, not the thesis's. Undefined for
 * any other.
 */
export function ofRecordOrGist(previous: string, current: string, sections: readonly Section[]): string | undefined {
  const ofRecord = asksAboutRecord(previous) ? recordPronouns(current) : current;
  if (ofRecord !== current && asksAboutRecord(ofRecord)) return ofRecord;
  const gist = GIST_ASKED.test(withOneLineGist(current)) && !WHOLE_WORK.test(current) && findSectionRefs(current, sections).ids.length === 0;
  const read = gist ? sectionRead(previous, sections, []) : undefined;
  return read ? `${current.trim().replace(/[?？]+$/u, '')} (in ${read})` : undefined;
}

/**
 * "Who takes part?", "by whom?": asking who acts, a follow-up names no thing of its own to be
 * asked about; "what does contraction do?" does, and is read alone.
 */
const WHO_ASKED = /^\s*(?:(?:and|so|but|ok(?:ay)?)[\s,]+)?(?:who|whom|by\s+whom)\b/iu;

/** A question with its pronouns read as the work and its author, as after a question about the record. */
function recordPronouns(question: string): string {
  return question
    .replace(/\b(?:his|her)\b/giu, "the author's")
    .replace(/\b(?:he|she|him)\b/giu, 'the author')
    .replace(/\bit\b/giu, 'the thesis');
}

/** Topic words a follow-up may have and still be read within the topic before it. */
const NARROW = 2;

/**
 * "Who takes part?" after "tell me about consultation" asks who takes part in consultation: a
 * follow-up of a word or two that more than one sentence of the thesis holds (chapter 1's
 * participants, chapter 3's "participate in the consultation") is read within the topic before
 * it, when one sentence holds both. "What is the key?" after the same is a question of its own:
 * no sentence ties the key to consultation; nor is "who is the enemy?", which one sentence answers,
 * nor one asking of a thing it names ("what does contraction do?"). `current` does not point
 * back ("who does it?" leans on the question before another way); `topic` are its topic stems.
 */
export function topicJoined(previous: string, current: string, topic: readonly string[], sections: readonly Section[]): string | undefined {
  if (topic.length === 0 || topic.length > NARROW || !WHO_ASKED.test(current)) return undefined;
  // "Who is responsible?" after "tell me about the last kilometer": words the thesis never uses
  // leave nothing to search alone; who is responsible for the topic before is what is asked.
  if (holdingAll(current, sections) === 0 && topic.every((t) => holdingAll(t, sections) === 0)) return `${current.trim().replace(/[?？!.]+$/u, '')} (${previous.trim()})`;
  const before = findSectionRefs(previous, sections);
  const root = before.rest.replace(/\(.*\)/su, ' ');
  const held = new Set(topicWords(root).filter((t) => !topic.includes(t)));
  if (before.ids.length > 0 || held.size === 0 || holdingAll(current, sections) < 2) return undefined;
  // "Who took part?" after "what did it achieve (what activity…)": its own words lean on the
  // question before them, so the whole of that is what it is asked within.
  if (root !== before.rest) return `${current.trim().replace(/[?？!.]+$/u, '')} (${previous.trim()})`;
  if (holdingAll(`${root} ${current}`, sections) === 0) return undefined;
  // Said as one question, not one leaning on a bracket: the passage that answered the topic
  // before may answer this too, and is not set aside for one that only holds the new words.
  const words = tokenize(root).filter((t) => held.has(t.stem)).map((t) => t.word);
  return `${current.trim().replace(/[?？!.]+$/u, '')}, regarding ${words.join(' ')}?`;
}

/** Each sentence's topic stems, read once per thesis: a follow-up may ask several times. */
const stemsBySections = new WeakMap<readonly Section[], ReadonlyArray<ReadonlySet<string>>>();

function sentenceStems(sections: readonly Section[]): ReadonlyArray<ReadonlySet<string>> {
  let stems = stemsBySections.get(sections);
  if (!stems) {
    stems = sections.flatMap((s) => s.sentences.map((x) => new Set(contentStems(x.text))));
    stemsBySections.set(sections, stems);
  }
  return stems;
}

/** How many sentences of the thesis hold every topic word of a text. */
function holdingAll(text: string, sections: readonly Section[]): number {
  const words = contentStems(text);
  if (words.length === 0) return 0;
  return sentenceStems(sections).filter((held) => words.every((w) => held.has(w))).length;
}

/** Whether one sentence of the thesis holds every word of both things ("research methods", "innovations"). */
export function namedTogether(a: string, b: string, sections: readonly Section[]): boolean {
  return holdingAll(`${a} ${b}`, sections) > 0;
}
