import type { ThesisMetadata } from '../types.ts';
import { isHeading } from './sections.ts';
import { wordCount } from './words.ts';
import { type Line, SENTENCE_END, linesOf, paragraphsOf } from './paragraphs.ts';

/** A run of the corpus file that holds the thesis's own prose. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** What the page copy holds once its furniture is set aside. */
export interface Page {
  readonly metadata: ThesisMetadata;
  /** Where each metadata value stands in the file, so it can be quoted verbatim. */
  readonly metadataSpans: MetadataSpans;
  /** Prose and heading lines in document order. */
  readonly body: readonly Span[];
  /** The body lines that are section headings ("Chapter 2: The Towns", "Introduction"). */
  readonly headings: readonly Span[];
}

/** Offsets of each metadata field's raw value in the corpus file. */
export type MetadataSpans = Partial<Record<keyof ThesisMetadata, Span>>;

type Field = keyof ThesisMetadata | 'abstract' | 'ignored';

/**
 * Labels that thesis catalogue pages put before their fields. Pages glue them to the previous
 * value ("Posted on:2021-12-01Degree:Doctor"), so a label is found by its capitalised
 * spelling and a colon, not by word boundaries.
 */
const LABELS: ReadonlyArray<readonly [RegExp, Field]> = [
  [/Keywords\/Search Tags|Key ?words|Search Tags|关键词|关键字/, 'keywords'],
  [/Abstract\/Summary|Abstract|Summary|摘要/, 'abstract'],
  [/Posted on|Date posted|Publication date|Date|Year|日期/, 'datePosted'],
  [/Candidate|Author|Writer|作者/, 'author'],
  [/Degree|学位/, 'degree'],
  [/Type|Document type/, 'type'],
  [/Country|Nation/, 'country'],
  [/Subject|Discipline|Major|专业|学科/, 'subject'],
  [/GTID|DOI|Identifier|ISBN|Accession/, 'identifier'],
  [/Title|题目|题名/, 'title'],
  [/Full Text|Download|Format/, 'fullText'],
];

const LABEL_RE = new RegExp(`(${LABELS.map(([re]) => re.source).join('|')})\\s*[:：]`, 'g');
const LABEL_AT_START = new RegExp(`^(${LABEL_RE.source})`);

/** Page widgets and links that copied catalogue pages carry around the text. */
const NOISE = [/font\s*size/i, /full\s*text\s*(request|download)/i, /^related\s+\w+/i, /^(download|print|share|cite|export|back to top|favou?rites?)\b/i];

/** Prose has words; catalogue furniture has few. */
const MIN_PROSE_WORDS = 12;

/** Words a short line needs, once the text has begun, to be a sentence of it ("The councils agree."). */
const MIN_SENTENCE_WORDS = 3;

/**
 * Whether a line is a sentence of prose: long, or, once the text has `begun`, of a few words.
 * A paragraph joined from wrapped lines is prose when a sentence ends in it, wherever.
 */
function isProse(text: string, begun: boolean): boolean {
  const wrapped = text.includes('\n') && /[.!?。！？]["”’)]?\s/u.test(text);
  if (!SENTENCE_END.test(text) && !wrapped) return false;
  return wordCount(text) >= (begun ? MIN_SENTENCE_WORDS : MIN_PROSE_WORDS);
}

function fieldOf(label: string): Field {
  return LABELS.find(([re]) => new RegExp(`^(${re.source})$`).test(label))?.[1] ?? 'ignored';
}

function isNoise(text: string): boolean {
  return NOISE.some((re) => re.test(text.trim()));
}

/** Repairs characters that web copies turn into "?" between words ("Concentric?Circles"). */
function tidy(value: string): string {
  return value.replace(/(\p{L})\?(\p{L})/gu, '$1 $2').replace(/\s+/g, ' ').trim();
}

function setField(meta: ThesisMetadata, spans: MetadataSpans, field: Field, raw: string, start: number): void {
  const value = tidy(raw);
  if (!value || field === 'abstract' || field === 'ignored' || isNoise(value)) return;
  if (spans[field] === undefined) {
    const lead = raw.length - raw.trimStart().length;
    spans[field] = { start: start + lead, end: start + raw.trimEnd().length };
  }
  if (field === 'keywords') {
    meta.keywords = value.split(/[,;，；、]/).map((k) => k.trim()).filter(Boolean);
  } else if (meta[field] === undefined) {
    meta[field] = value;
  }
}

/**
 * Reads one labelled line into `meta`. Returns the span of prose it carries when its last
 * label introduces the text itself ("Abstract: …"), else undefined.
 */
function readLabelled(line: Line, meta: ThesisMetadata, spans: MetadataSpans): Span | undefined {
  const hits = [...line.text.matchAll(LABEL_RE)];
  for (const [i, hit] of hits.entries()) {
    const valueStart = hit.index + hit[0].length;
    const valueEnd = hits[i + 1]?.index ?? line.text.length;
    const field = fieldOf(hit[1] ?? '');
    const value = line.text.slice(valueStart, valueEnd);
    if (field === 'abstract' && wordCount(value) >= MIN_PROSE_WORDS) {
      return { start: line.start + valueStart, end: line.start + valueEnd };
    }
    setField(meta, spans, field, value, line.start + valueStart);
  }
  return undefined;
}

/**
 * Separates a copied thesis page into metadata and body prose, without relying on the exact
 * lines of any one page: labelled lines give metadata, long lines are prose, short lines that
 * name a chapter are headings, the longest other short line before the prose is the title,
 * and the rest is page furniture.
 */
export function readPage(raw: string): Page {
  const metadata: ThesisMetadata = {};
  const metadataSpans: MetadataSpans = {};
  const body: Span[] = [];
  const headings: Span[] = [];
  let title: Line | undefined;
  const apart = (text: string) => isNoise(text) || LABEL_AT_START.test(text) || isHeading(text);
  for (const line of paragraphsOf(raw, linesOf(raw), apart)) {
    const text = line.text.trim();
    if (!text || isNoise(text)) continue;
    if (LABEL_AT_START.test(text) && wordCount(text) < 80) {
      const prose = readLabelled(line, metadata, metadataSpans);
      if (prose) body.push(prose);
    } else if (isProse(text, false)) {
      body.push({ start: line.start, end: line.start + line.text.length });
    } else if (isHeading(text)) {
      const lead = line.text.length - line.text.trimStart().length;
      const span = { start: line.start + lead, end: line.start + lead + text.length };
      body.push(span);
      headings.push(span);
    } else if (body.length > 0 && isProse(text, true)) {
      // A short sentence once the text has begun ("The councils agree.") is the text's, not the page's.
      body.push({ start: line.start, end: line.start + line.text.length });
    } else if (body.length === 0 && wordCount(text) > wordCount(title?.text ?? '')) {
      // Site names and menus come before the title too; the title is the longest of them.
      title = line;
    }
  }
  if (metadata.title === undefined && title !== undefined) setField(metadata, metadataSpans, 'title', title.text, title.start);
  return { metadata, metadataSpans, body, headings };
}
