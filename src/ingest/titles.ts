import { NUMBER_WORD } from './ordinals.ts';

const MAX_TITLE_WORDS = 9;

/** The part of an opening sentence that names a section rather than says what it is about. */
const SECTION_NAME = new RegExp(
  String.raw`^(?:in\s+)?(?:the\s+)?(?:(?:${NUMBER_WORD})\s+chapter|chapter\s+(?:${NUMBER_WORD})|introduction(?:\s+part)?|conclusion(?:\s+part)?)[\s,:.：]*|^\d{1,2}\.?\s+(?=\p{Lu})|^第[一二两三四五六七八九十\d]{1,3}章[\s，,：:]*`,
  'iu',
);
/** Reporting phrases that open a section summary: "the author discusses", "mainly introduces". */
const REPORTING = /^(?:(?:this|the)\s+(?:paper|author|thesis|chapter)\s+)?(?:mainly\s+|first\s+|then\s+)?(?:is\s+about|is|introduces|discusses|describes|presents|focuses\s+on|talks\s+about|deals\s+with)\s+/iu;

function capitalise(text: string): string {
  const first = text.match(/^["“']?\p{L}/u)?.[0];
  return first ? first.toUpperCase() + text.slice(first.length) : text;
}

/**
 * A short title for a section, taken from its own opening sentence: the section's name and
 * reporting verbs are dropped, and what remains is cut at the first clause break or after a
 * few words.
 */
export function deriveTitle(opening: string): string {
  let text = opening.replace(SECTION_NAME, '').replace(REPORTING, '').replace(/[.。!?！？]+$/u, '').trim();
  const clause = text.search(/[,;，；：:](?!\d)/u);
  if (clause > 15) text = text.slice(0, clause);
  const words = text.split(/\s+/);
  if (words.length > MAX_TITLE_WORDS) text = `${words.slice(0, MAX_TITLE_WORDS).join(' ')}…`;
  if (/\p{Script=Han}/u.test(text) && text.length > 24) text = `${text.slice(0, 24)}…`;
  return capitalise(text) || 'Untitled';
}
