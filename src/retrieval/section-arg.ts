import { numberOf } from '../ingest/ordinals.ts';
import type { Section } from '../types.ts';
import { findSectionRefs } from './section-ref.ts';
import { contentStems } from './terms.ts';
import { edits } from './typos.ts';

/**
 * Reads a section named on the command line or in a slash command: "4", "four", "chapter 4",
 * "ch4", "chapter-4", "introduction", "intro", "overview", "conclusion", "last", "the last one",
 * "the whole thesis".
 */
export function parseSectionArg(arg: string, sections: readonly Section[]): Section | undefined {
  const text = arg.trim().toLowerCase();
  const direct = sections.find((s) => s.id === text || s.label.toLowerCase() === text);
  if (direct) return direct;
  // "The whole thesis", "everything": the overview speaks of the work as a whole.
  if (WHOLE_WORK.test(text)) return sections.find((s) => s.id === 'overview');
  // "The last one": one of the chapters.
  if (/^the\s+\p{L}+\s+one$/u.test(text)) return parseSectionArg(text.replace(/one$/u, 'chapter'), sections);
  const n = numberOf(text.replace(/^(?:chapter|chap\.?|chp?t?\.?)\s*-?\s*/u, '').replace(/\s*chapter$/u, ''));
  if (n !== undefined) return sections.find((s) => s.id === `chapter-${n}`);
  const refs = findSectionRefs(text, sections);
  // "The intro", "the third chapter": small words around the name are no topic.
  if (refs.ids.length === 1 && contentStems(refs.rest).length === 0) return sections.find((s) => s.id === refs.ids[0]);
  const mended = withNamesMended(text);
  if (mended !== text) return parseSectionArg(mended, sections);
  // "Last", "final", "second": a place among the chapters, said alone.
  return /^\p{L}+$/u.test(text) ? parseSectionArg(`the ${text} chapter`, sections) : undefined;
}

/** The work itself, named as a section to summarise. */
const WHOLE_WORK = /^(?:the\s+)?(?:(?:whole|entire)\s+)?(?:thesis|dissertation|work|paper|abstract|everything|all|it\s+all)$/u;

/** The words sections are named by, whose typos ("introducton", "chpater 3") are mended. */
const NAME_WORDS = ['introduction', 'overview', 'conclusion', 'chapter'];

function withNamesMended(text: string): string {
  return text.replace(/\p{L}{5,}/gu, (w) => NAME_WORDS.find((name) => name !== w && edits(w, name, false) <= (name.length >= 9 ? 2 : 1)) ?? w);
}
