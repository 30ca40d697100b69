import { wordCount } from './words.ts';

/** A whole sentence's end: a full stop, question or exclamation mark, maybe inside a closing quote. */
export const SENTENCE_END = /[.!?。！？]["”’)]?$/u;

/** One line of the corpus file, or a paragraph joined from several, with where it starts. */
export interface Line {
  readonly text: string;
  readonly start: number;
}

/** The file's lines, each with its offset; a carriage return before the newline is no part of one. */
export function linesOf(raw: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const text of raw.split('\n')) {
    out.push({ text: text.replace(/\r$/, ''), start });
    start += text.length + 1;
  }
  return out;
}

/** Words a line needs to be a line of wrapped prose, which fills the width of its page. */
const WRAPPED_WORDS = 6;

/** Words a line-long heading of a subsection may have ("2.1 The Minutes", "Research Methods"). */
const SUBHEADING_WORDS = 8;
/** Little words a heading leaves in lower case ("Water And Towns: Planning for Tidal Energy"). */
const SMALL_WORD = /^(?:a|an|and|as|at|by|for|from|in|of|on|or|the|to|with)$/u;

/** A short line numbered like a subsection or in title case: a heading of some kind, not prose cut short. */
function headingLike(text: string): boolean {
  const words = text.split(/\s+/u);
  if (words.length > SUBHEADING_WORDS || SENTENCE_END.test(text)) return false;
  return /^\d+(?:\.\d+)*\.?\s+\S/u.test(text) || words.every((w) => /^[\p{Lu}\d"“'‘(]/u.test(w) || SMALL_WORD.test(w));
}

/**
 * The lines of a text hard-wrapped in its copy (a PDF's full text breaks each sentence across
 * lines) joined back into paragraphs: a line of prose that stops mid-sentence runs on into the
 * next, the newline kept in the paragraph's span so its offsets still point into the file.
 * `apart` says which lines are the page's own (labels, widgets, chapter headings): those, blank
 * lines and subsection headings are never joined.
 */
export function paragraphsOf(raw: string, lines: readonly Line[], apart: (text: string) => boolean): Line[] {
  const out: Line[] = [];
  let runsOn = false;
  // Before any sentence has ended, a short line is a menu or a title, not prose cut short.
  let begun = false;
  for (const line of lines) {
    const text = line.text.trim();
    const prose = text !== '' && !apart(text) && !headingLike(text);
    const last = out.at(-1);
    if (last && runsOn && prose) {
      out[out.length - 1] = { text: raw.slice(last.start, line.start + line.text.length), start: last.start };
    } else {
      out.push(line);
    }
    runsOn = prose && !SENTENCE_END.test(text) && (begun || wordCount(text) >= WRAPPED_WORDS);
    begun ||= prose && SENTENCE_END.test(text);
  }
  return out;
}
