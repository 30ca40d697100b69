import { contentStems } from './terms.ts';
import type { Section, SectionId } from '../types.ts';

/**
 * "The last kilometer chapter", "the "concentric circle" chapter": a chapter named by a few
 * words of its own title. Ordinals ("the first chapter") are read before this.
 */
const TITLE_REF = /\b(?:in\s+|from\s+)?the\s+["“'‘]?((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)["”'’]?\s+chapter(?:['’]s)?\b/giu;

/** Words that point at a chapter rather than name it: "the last part of this chapter", "the next chapter". */
const POINTING = /\b(?:this|that|these|those|of|a|an|its|his|her|their|our|my|your|same|next|previous|following|preceding|other|another|each|every|which|what|whole|entire)\b/iu;

/** The words a section's title is made from: its opening sentence, and the next one when the first is a bare heading. */
function openingOf(section: Section): string {
  const [first, second] = section.sentences;
  const text = first?.text ?? '';
  return text.split(/\s+/u).length < 6 && second ? `${text} ${second.text}` : text;
}

/**
 * Takes the chapters a text names by words of their titles out of it, telling `add` each
 * one. The words must be in the opening of exactly one chapter (or the introduction or
 * conclusion): "the party chapter" of a thesis whose every chapter names the party names none.
 */
export function takeTitleRefs(text: string, sections: readonly Section[], add: (id: SectionId) => void): string {
  const titled = sections.filter((s) => s.id !== 'overview').map((s) => ({ id: s.id, stems: new Set(contentStems(openingOf(s))) }));
  return text.replace(TITLE_REF, (whole: string, words: string) => {
    const stems = contentStems(words);
    if (stems.length === 0 || POINTING.test(words)) return whole;
    const named = titled.filter((s) => stems.every((t) => s.stems.has(t)));
    if (named.length !== 1 || !named[0]) return whole;
    add(named[0].id);
    return ' ';
  });
}
