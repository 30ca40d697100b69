import { PLACE_WORD, ordinalWord } from '../ingest/ordinals.ts';
import { contentStems, stem } from '../retrieval/terms.ts';
import { askedOrdinal, firstPlural, itemAsked } from './enumeration.ts';
import { ownWords } from './follow-up-forms.ts';
import { findSectionRefs } from '../retrieval/section-ref.ts';
import type { Section, SectionId } from '../types.ts';

/** "Next", "and the next one?", "the one before?": a step along the list the question before took a place in. */
const STEP = /^\s*(?:(?:and|ok(?:ay)?|so|then)[\s,]+)?(?:what\s+about\s+|how\s+about\s+)?(?:(?:the\s+)?(next|following)(?:\s+one)?|(?:the\s+)?(?:one\s+before(?:\s+(?:that|it))?|previous(?:\s+one)?))(?:[\s,]+please)?\s*[?？!.]*\s*$/iu;

/**
 * "Next?" after "what is the second path?": "the third", the place after the one asked
 * ("the one before?": the first). Undefined when the question before asked no numbered place
 * or the step leaves the list's start.
 */
export function steppedPlace(previous: string, current: string): string | undefined {
  const m = STEP.exec(current);
  const at = m ? itemAsked(ownWords(previous)) : undefined;
  if (!m || !at) return undefined;
  const to = m[1] ? at + 1 : at - 1;
  return to >= 1 ? `the ${ordinalWord(to)}` : undefined;
}

/**
 * The question before, asking for another place in its list: "what's the first reason (…)"
 * with "third" becomes "what's the third reason (…)". A fragment before it that only asked a
 * place ("the second (what's the first…)") is dropped first. Undefined when it asked no place.
 */
export function anotherPlace(previous: string, place: string): string | undefined {
  const base = withoutPlaces(previous);
  const old = askedOrdinal(ownWords(base));
  return old ? base.replace(new RegExp(`\\b${old}\\b`, 'iu'), place) : undefined;
}

/** The question before without the fragments that only asked a place in it ("the second (…)"). */
function withoutPlaces(previous: string): string {
  let base = previous.trim();
  for (let own = ownWords(base); own !== base && askedOrdinal(own) && contentStems(own).every((t) => t === stem(askedOrdinal(own) ?? '')); own = ownWords(base)) {
    base = base.slice(own.length + 2).replace(/\)\s*$/u, '');
  }
  return base;
}

/** The list question before a question that only asked a place in it, or undefined when it asked no place. */
export function placeless(previous: string): string | undefined {
  const base = withoutPlaces(previous);
  return base !== previous.trim() ? base : undefined;
}

/** "What are they?", "which are those?", "name them": the things just counted, themselves. */
const THEM_ASKED = /^\s*(?:(?:and|so|ok(?:ay)?)[\s,]+)?(?:(?:what|which)\s+(?:are|were)\s+(?:they|those|these|them)|(?:name|list)\s+(?:them|those|these)|what\s+are\s+their\s+names)(?:\s+then)?\s*[?？!.]*\s*$/iu;

/**
 * "What are they?" after "how many stages are there in chapter 2?": "what are the stages (in
 * Chapter 2)", a list question, not the count asked again. `labels` are the labels of the
 * sections the question before named. Undefined for any other message.
 */
export function thingsCounted(previous: string, current: string, labels: readonly string[]): string | undefined {
  const counted = /\bhow\s+many\s+(.+)$/isu.exec(previous)?.[1];
  const things = counted && THEM_ASKED.test(current) ? firstPlural(counted) : undefined;
  if (!things) return undefined;
  return `what are the ${things.word}${labels.length > 0 ? ` (in ${labels.join(' and ')})` : ''}`;
}

/** "What is the first basic experience of…": one place asked in a list of things, by name. */
const ONE_PLACE = new RegExp(String.raw`^\s*(?:(?:and|so)\s+)?(what|which)\s+(?:is|was)\s+the\s+(?:${PLACE_WORD}|last|final)\s+((?:[\p{L}-]+\s+){0,2}?)([\p{L}-]+?)(\s+(?:of|in|for|from|that|which|the)\b.*|\s*[?.!]*\s*)$`, 'iu');

/** The plural of a noun as English mostly makes it ("experience", "activity", "branch"). */
function plural(noun: string): string {
  if (/[^aeiou]y$/iu.test(noun)) return `${noun.slice(0, -1)}ies`;
  return /(?:s|x|z|ch|sh)$/iu.test(noun) ? `${noun}es` : `${noun}s`;
}

/**
 * The list a whole question asking one place in it belongs to: "What is the first basic
 * experience of Urumqi…?" gives "What are the basic experiences of Urumqi…?", for "and the
 * rest?". Undefined when the question asks no such place.
 */
export function listAsked(previous: string): string | undefined {
  const m = ONE_PLACE.exec(previous.trim());
  if (!m) return undefined;
  const [, wh = 'what', modifiers = '', noun = '', tail = ''] = m;
  return `${wh} are the ${modifiers}${plural(noun)}${tail}`;
}

/** "Does it mention…", "do they say anything about…": a pronoun as what speaks of a thing. */
const SPEAKING_PRONOUN = /\b(?:does|did|do|can|will)\s+(?:it|they)\b(?=\s+(?:also\s+|too\s+|even\s+|ever\s+|really\s+)?(?:mention|say|discuss|cover|talk|deal|address|touch|bring\s+up|refer|speak|explain|describe|treat|go\s+into|get\s+into)\b)/iu;

/**
 * "What about chapter 6, does it mention consultation too?": the pronoun is the section just
 * named, not the topic before, so the question stands alone ("does Chapter 6 mention
 * consultation too?"). Undefined unless one section is named and a pronoun speaks of a thing.
 */
export function namedSpeaker(current: string, label: string | undefined): string | undefined {
  const at = label ? SPEAKING_PRONOUN.exec(current) : null;
  if (!at || !label) return undefined;
  return current.slice(at.index).replace(/^(\p{L}+)\s+\p{L}+/u, `$1 ${label}`);
}

/** "In any other chapter", "the other sections", "anywhere else": the parts of the thesis but the one the conversation is on. */
const OTHER_PLACE = /\b(?:in\s+)?(?:any|some|an|the)\s+other\s+(?:chapters?|sections?|parts?)(?:\s+of\s+(?:the|this)\s+(?:thesis|dissertation|text|abstract))?\b|\b(?:in\s+)?other\s+(?:chapters|sections|parts)\b|\b(?:anywhere\s+else|elsewhere)\b(?=(?:\s+in\s+(?:the\s+)?(?:thesis|dissertation|text|abstract))?\s*[?.!]*\s*$)/iu;

/** "Is that mentioned elsewhere?", a bare "anywhere else?": a place in the text asked, not one in the world ("used elsewhere in China"). */
const TEXT_PLACE = /^\s*(?:(?:and|so|but|ok(?:ay)?)[\s,]+)?(?:anywhere\s+else|elsewhere|where\s+else)\b|\b(?:mentioned|mention|discussed|discuss|quoted|cited|said|says|say|talked\s+about|covered|come\s+up|comes\s+up|appear|appears|written|brought\s+up|raised)\b/iu;

/**
 * "Is that in any other chapter?" on a conversation about chapter 4 asks whether the rest of
 * the thesis speaks of it: "is that outside chapter 4?". Undefined when the message asks no
 * such thing, names a section itself, or the conversation is on no one chapter.
 */
export function outsideSection(typed: string, on: SectionId | undefined, sections: readonly Section[]): string | undefined {
  const label = sections.find((s) => s.id === on)?.label;
  if (!label || !/^chapter\b/iu.test(label) || !OTHER_PLACE.test(typed) || findSectionRefs(typed, sections).ids.length > 0) return undefined;
  if (/\b(?:anywhere\s+else|elsewhere)\b/iu.test(typed) && !/\bother\s+(?:chapters?|sections?|parts?)\b/iu.test(typed) && !TEXT_PLACE.test(typed)) return undefined;
  return typed.replace(OTHER_PLACE, `outside ${label.toLowerCase()}`);
}
