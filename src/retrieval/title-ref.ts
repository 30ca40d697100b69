import { contentStems } from './terms.ts';
import type { Section, SectionId } from '../types.ts';

/**
 * "The last kilometer chapter", "the "concentric circle" chapter": a chapter named by a few
 * words of its own title. Ordinals ("the first chapter") are read before this.
 */
const TITLE_REF = /\b(?:in\s+|from\s+)?the\s+["“'‘]?((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)["”'’]?\s+chapter(?:['’]s)?\b/giu;

/** Words that point at a chapter rather than name it: "the last part of this chapter", "the next chapter". */
const POINTING = /\b(?:this|that|these|those|of|a|an|its|his|her|their|our|my|your|same|next|previous|following|preceding|other|another|each|every|which|what|whole|entire)\b/iu;

/** A section's heading line ("Chapter 2. The Towns"), as the parser marked it, when its text opens with one. */
function headingOf(section: Section): string {
  const [first] = section.sentences;
  return first?.heading ? first.text : '';
}

/** The words a section's title is made from: its opening sentence, and the next one when the first is a heading. */
function openingOf(section: Section): string {
  const [first, second] = section.sentences;
  const heading = headingOf(section);
  return heading && second ? `${heading} ${second.text}` : (first?.text ?? '');
}

/** "Before the last kilometer chapter": a chapter named by two words or more of its title, as a neighbour ("the last chapter" is a place). */
const NEIGHBOUR_TITLE = /(?<=\b(?:after|before|following|preceding|precedes?|follows?)\s+)the\s+["“'‘]?((?:[\p{L}-]+\s+){1,3}[\p{L}-]+)["”'’]?\s+chapter\b/giu;

/** The text with a neighbour named by words of its title ("before the last kilometer chapter") named by its label ("before Chapter 5"). */
export function labelTitleRefs(text: string, sections: readonly Section[]): string {
  return text.replace(NEIGHBOUR_TITLE, (whole: string, words: string) => sections.find((s) => s.id === sectionTitled(words, sections))?.label ?? whole);
}

/**
 * Takes the chapters a text names by words of their titles out of it, telling `add` each
 * one. The words must be in the opening of exactly one chapter (or the introduction or
 * conclusion): "the party chapter" of a thesis whose every chapter names the party names none.
 */
export function takeTitleRefs(text: string, sections: readonly Section[], add: (id: SectionId) => void): string {
  return text.replace(TITLE_REF, (whole: string, words: string) => {
    const id = sectionTitled(words, sections);
    if (!id) return whole;
    add(id);
    return ' ';
  });
}

/**
 * The one chapter (or introduction or conclusion) whose heading, or else whose opening, holds
 * all of `words`' topic stems ("interviews", "last kilometer"), or undefined when none or
 * several do.
 */
export function sectionTitled(words: string, sections: readonly Section[]): SectionId | undefined {
  // "The last-kilometer chapter": the words of a hyphened compound name it as they do apart.
  const stems = contentStems(words.replace(/(?<=\p{L})-(?=\p{L})/gu, ' '));
  if (stems.length === 0 || POINTING.test(words)) return undefined;
  const holding = (text: (s: Section) => string) =>
    sections.filter((s) => {
      const has = new Set(contentStems(text(s)));
      return s.id !== 'overview' && stems.every((t) => has.has(t));
    });
  // A heading ("Chapter 2. The Towns") names its chapter before any opening that uses the word.
  const [byTitle, ...more] = holding(headingOf);
  if (byTitle && more.length === 0) return byTitle.id;
  const named = holding(openingOf);
  return named.length === 1 ? named[0]?.id : undefined;
}
