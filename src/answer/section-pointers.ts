import { labelOf } from '../ingest/sections.ts';
import { PLACE_WORD } from '../ingest/ordinals.ts';
import { findSectionRefs } from '../retrieval/section-ref.ts';
import type { Section, SectionId } from '../types.ts';
import type { Turn } from './conversation.ts';

/** Words that compare what they name with what was asked before. */
export const COMPARES = /\b(?:differ\w*|compar\w*|contrast\w*|versus|vs\.?|similar\w*|same\s+as|unlike|relat(?:e|es|ed|ion|ionship)|connect\w*|link\w*)\b/iu;

/** "Summarise that chapter", "what else is in this section": the section the last answer came from. */
const THAT_SECTION = /\b(?:that|this|the\s+same)\s+(?:chapter|section|part)\b/giu;
/** "And the next chapter?", "the previous one", "the one before it": the chapter beside the one the last answer came from. */
const NEXT_CHAPTER = /\bthe\s+(?:(next|following|subsequent)|previous|preceding|prior)\s+(?:chapter|one)\b|\bthe\s+(?:chapter|one)\s+(?:(after)|before)\s+(?:it|that|this)(?:\s+one)?\b/giu;

/** "Summarize it", "tl;dr this", "sum it up": the summary of what the conversation is on. */
const SUMMARY_OF_IT = /\b((?:summari[sz]e|recap|tl;?\s?dr|(?:summary|gist|recap)\s+of)\s+)(?:all\s+(?:of\s+)?)?(?:it|this|that)(?:\s+one)?\b(?!\s+(?:chapter|section|part)\b)|\bsum\s+(?:it|this|that)\s+(?:all\s+)?up\b/giu;

/**
 * "What's its title?", "what is it called?" about a chapter the conversation is on: the
 * chapter's heading, not the thesis's title (asked with no chapter in view, it is that).
 */
const TITLE_OF_IT = /\b(?:its|it['’]?s)\s+(?:(?:full|exact|actual|proper)\s+)?(?:title|heading|name)\b|\b((?:what|how)\s+is\s+it\s+(?:called|titled|named|headed))\b/giu;

/** "What is it about?", "what does it cover?" after a question that named a section: that section's content. */
const ABOUT_IT = /^(\s*(?:(?:and|so|ok(?:ay)?)[\s,]+)?what\s+(?:is|does)\s+)it(\s+(?:about|cover|discuss|deal\s+with)\s*[?？!.]*\s*)$/iu;

/** "The first sentence of it", "how does it end?" after a question that named a section: that section's edge. */
const EDGE_OF_IT = /\b((?:first|last|opening|closing|final|initial)\s+(?:sentences?|lines?|words|paragraphs?)\s+(?:of|in)\s+)it\b|^(\s*(?:(?:and|so|ok(?:ay)?)[\s,]+)?how\s+does\s+)it(?=\s+(?:end|begin|start|open|close|conclude|finish)\b)/giu;

/**
 * Names the sections a follow-up points at by the last answer's section: "that chapter", "the
 * next chapter", the "it" of "summarize it" and, when the last question named the section
 * (`named`), of "its title", "what is it about?" and "the first sentence of it" ("what is it
 * called?" after a question on a term asks the term's).
 */
export function nameSections(typed: string, section: SectionId, sections: readonly Section[], named = false): string {
  const n = section.startsWith('chapter-') ? Number(section.slice('chapter-'.length)) : undefined;
  const titled = section === 'overview' || !named ? typed : typed
          .replace(TITLE_OF_IT, (_m, called?: string) => `${called ? 'what is ' : ''}the title of ${labelOf(section)}`)
          .replace(ABOUT_IT, `$1${labelOf(section)}$2`)
          .replace(EDGE_OF_IT, (_m, of?: string, how?: string) => `${of ?? how ?? ''}${labelOf(section)}`);
  const it = titled.replace(SUMMARY_OF_IT, (_m, verb?: string) => `${verb ?? 'sum up '}${labelOf(section)}`);
  return it.replace(THAT_SECTION, labelOf(section)).replace(NEXT_CHAPTER, (m, next?: string, after?: string) => {
    const id = n === undefined ? undefined : (`chapter-${next || after ? n + 1 : n - 1}` as const);
    return id && sections.some((s) => s.id === id) ? labelOf(id) : m;
  });
}

/** "Compare them", "how do the two differ?": the last two sections the conversation was on. */
const BOTH = /\b(?:them|they|both|the\s+two|these\s+two|those\s+two|each\s+other)\b/iu;

/** "Compare them" after questions on two sections names both; anything else is left as typed. */
export function nameBoth(typed: string, before: Turn | undefined, sections: readonly Section[]): string {
  const refs = findSectionRefs(typed, sections);
  if (!before?.section || !before.earlier || refs.ids.length > 0 || !COMPARES.test(typed) || !BOTH.test(typed)) return typed;
  return `${typed.trim().replace(/[?？]+$/u, '')} (${labelOf(before.earlier)} and ${labelOf(before.section)})`;
}

/** "Which one", "which of them": a choice among the things the question before named. */
const WHICH_ONE = /\bwhich\s+(?:one|ones|of\s+them)\b|\bwhich(?=\s+(?:is|was|are|were)\b)/iu;

/**
 * The thesis's parts, as a question before may name them: "how many chapters are there?",
 * "which chapter is the longest?", or one chapter asked of whole ("what does chapter 4 say?",
 * "and chapter 5?", "summarize chapter 3"), after which "and the sixth?" is the sixth chapter.
 */
const PARTS =
  /\b(chapter|section|part)s\b|\b(?:which|what)\s+(chapter|section|part)\b|^\s*(?:(?:and|so|ok(?:ay)?)[\s,]+|(?:what|how)\s+about\s+)?(?:(?:what\s+(?:does|did|is\s+in)|summari[sz]e|sum\s+up)\s+)?(chapter)\s+\w+(?:\s+(?:say|says|cover|covers|argue|argues|discuss|discusses|about))?\s*[?？.!]*\s*$/iu;

/** The kind of part a question before asked about, if any. */
function partsAsked(previous: string): string | undefined {
  const m = PARTS.exec(previous);
  return (m?.[1] ?? m?.[2] ?? m?.[3])?.toLowerCase();
}

/**
 * "Which one is about X?", "which is the longest?" after a question about the thesis's chapters
 * asks which chapter is about X, or the longest; the question before adds nothing else. Undefined otherwise: "which one is first?"
 * after "what are the four dangers" leans on that question whole.
 */
export function whichOfThem(current: string, previous: string): string | undefined {
  const part = partsAsked(previous);
  return part && WHICH_ONE.test(current) ? current.replace(WHICH_ONE, `which ${part}`) : undefined;
}

/** "The third?", "what's in the last one?": a place alone, with no thing after it. */
const BARE_PLACE = new RegExp(String.raw`\bthe\s+(${PLACE_WORD}|last|final|\d{1,2}(?:st|nd|rd|th))(?:\s+one)?\b(?!\s+(?:of\b|[\p{L}-]+))`, 'iu');

/**
 * "What's in the third?" after a question about the thesis's chapters asks what is in the third
 * chapter: the place is one of them. Undefined otherwise.
 */
export function placeOfThem(current: string, previous: string): string | undefined {
  const part = partsAsked(previous);
  return part && BARE_PLACE.test(current) ? current.replace(BARE_PLACE, `the $1 ${part}`) : undefined;
}
