import type { Sentence } from '../types.ts';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Words that end with a full stop without ending a sentence. */
const ABBREVIATIONS = new Set(['dr', 'mr', 'mrs', 'ms', 'prof', 'no', 'vol', 'pp', 'fig', 'eq', 'etc', 'vs', 'al', 'e.g', 'i.e', 'cf', 'st', 'jr', 'sr', 'ed', 'eds']);

/**
 * A full stop, question or exclamation mark (maybe closed by a quote or bracket) glued to the
 * next sentence's capital letter, as in "construction.As the capital": copied web text loses
 * these spaces, and Intl.Segmenter only splits where a space follows.
 */
const GLUED_BOUNDARY = /([.!?])(["'”’)\]]?)(?=["“‘]?\p{Lu}|[“‘]$)/gu;

function isAbbreviation(text: string, stopIndex: number): boolean {
  const before = text.slice(0, stopIndex);
  const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
  if (word.length === 1 && /\p{Lu}/u.test(word)) return true; // an initial: "Y. L. Wang"
  return ABBREVIATIONS.has(word.toLowerCase());
}

function splitGlued(text: string): number[] {
  const cuts: number[] = [];
  for (const match of text.matchAll(GLUED_BOUNDARY)) {
    const stop = match.index;
    if (isAbbreviation(text, stop)) continue;
    cuts.push(stop + match[0].length);
  }
  return cuts;
}

function trimmed(source: string, start: number, end: number): Sentence | undefined {
  const raw = source.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  if (!text) return undefined;
  return { text, start: start + lead, end: start + lead + text.length };
}

/**
 * Splits `source.slice(start, end)` into sentences whose offsets point into `source`.
 * Uses the platform's Unicode sentence segmenter (which also knows 。！？), then cuts
 * sentences that copied text glued together without a space.
 */
export function splitSentences(source: string, start = 0, end = source.length): Sentence[] {
  const pieces: Sentence[] = [];
  // A paragraph joined from wrapped lines keeps its newlines (page.ts); the segmenter would end a
  // sentence at each, so it reads them as the spaces they stand for, offsets unchanged.
  const span = source.slice(start, end).replace(/\r?\n|\r/gu, (m) => ' '.repeat(m.length));
  for (const seg of segmenter.segment(span)) {
    const segStart = start + seg.index;
    const bounds = [0, ...splitGlued(seg.segment), seg.segment.length];
    for (let i = 0; i + 1 < bounds.length; i++) {
      const s = trimmed(source, segStart + (bounds[i] ?? 0), segStart + (bounds[i + 1] ?? 0));
      if (s) pieces.push(s);
    }
  }
  return mergeAbbreviations(source, pieces);
}

/**
 * Rejoins pieces the segmenter cut after an initial or abbreviation ("Y. L. Wang"), and gives
 * a stray opening quote (which ICU counts as closing punctuation) to the sentence it opens.
 */
function mergeAbbreviations(source: string, pieces: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const piece of pieces) {
    const last = out[out.length - 1];
    const stray = last !== undefined && !/[\p{L}\p{N}]/u.test(last.text);
    if (last && (stray || (last.text.endsWith('.') && isAbbreviation(last.text, last.text.length - 1)))) {
      out[out.length - 1] = { text: source.slice(last.start, piece.end), start: last.start, end: piece.end };
    } else {
      out.push(piece);
    }
  }
  return out;
}
