import type { Section, SectionId, Sentence } from '../types.ts';
import { NUMBER_WORD, hanNumber, numberOf } from './ordinals.ts';
import { deriveTitle } from './titles.ts';

/** Where a sentence says a section begins; `chapter` carries its number. */
type Marker = { kind: 'introduction' | 'conclusion' | 'overview' } | { kind: 'chapter'; n: number };

/** How far into a sentence a chapter may be named and still be the sentence's subject. */
const LEAD = String.raw`^(?:[\p{L}\s,]{0,20}?\b)?`;
const CHAPTER_PATTERNS: readonly RegExp[] = [
  new RegExp(`${LEAD}(?:the\\s+)?(${NUMBER_WORD})\\s+chapter\\b`, 'iu'),
  new RegExp(`${LEAD}chapter\\s+(${NUMBER_WORD})\\b`, 'iu'),
];
const HAN_CHAPTER = /^\s*(?:在|本文)?第([一二两三四五六七八九十\d]{1,3})章/u;
const INTRODUCTION = /^(?:in\s+)?(?:the\s+)?(?:introduction|introductory\s+(?:part|chapter))\b|^(?:绪论|导论|引言)/iu;
const CONCLUSION = /^(?:in\s+)?(?:the\s+)?(?:conclusion|concluding\s+(?:part|chapter))\b(?!\s+(?:is|was)\s+that)|^(?:结论|结语)/iu;
/** Sentences after the last chapter that speak of the whole work rather than that chapter. */
const WHOLE_WORK = /^(?:this|the|in\s+(?:this|the))\s+(?:paper|thesis|dissertation|study|research)\b|^(?:in\s+sum|to\s+sum\s+up|overall|in\s+summary)\b|^本文/iu;

function chapterNumber(text: string): number | undefined {
  const han = HAN_CHAPTER.exec(text);
  if (han) return hanNumber(han[1] ?? '');
  for (const re of CHAPTER_PATTERNS) {
    const m = re.exec(text);
    if (m) return numberOf(m[1] ?? '');
  }
  return undefined;
}

/** The section a sentence opens by naming it, given the highest chapter seen so far. */
function namedMarker(text: string, lastChapter: number): Marker | undefined {
  const n = chapterNumber(text);
  if (n !== undefined && n > lastChapter) return { kind: 'chapter', n };
  if (INTRODUCTION.test(text) && lastChapter === 0) return { kind: 'introduction' };
  if (CONCLUSION.test(text)) return { kind: 'conclusion' };
  return undefined;
}

/** The section a heading line opens: as a sentence would name it, or by its number ("2 The Towns"). */
function headingMarker(text: string, lastChapter: number): Marker | undefined {
  const named = namedMarker(text, lastChapter);
  if (named) return named;
  const n = Number(NUMBERED_HEADING.exec(text)?.[1] ?? Number.NaN);
  return n > lastChapter ? { kind: 'chapter', n } : undefined;
}

/** Short lines that name a section: "Chapter 2: The Towns", "第三章 访谈", "Introduction". */
const HEADING = new RegExp(`^(?:chapter\\s+(?:${NUMBER_WORD})\\b|第[一二两三四五六七八九十\\d]{1,3}章|(?:introduction|conclusions?|绪论|导论|引言|结论|结语)\\s*[:.：]?\\s*$)`, 'iu');
/** A heading numbered without the word "chapter": "2 The Towns", "3. Methods"; not "2.1 Background". */
const NUMBERED_HEADING = /^(\d{1,2})\.?\s+(?=\p{Lu})/u;
const MAX_HEADING_WORDS = 12;

/** True for a line that is a section heading rather than prose. */
export function isHeading(line: string): boolean {
  const text = line.trim();
  return (HEADING.test(text) || NUMBERED_HEADING.test(text)) && text.split(/\s+/).length <= MAX_HEADING_WORDS && !/[.!?。！？]$/.test(text.replace(/^chapter\s+\S+\./iu, ''));
}

/**
 * Markers per sentence. A text with headings (a full thesis) is divided by its headings alone,
 * so prose that previews later chapters stays where it is; an abstract is divided by the
 * sentences that name chapters, and its sentences about the whole work count only after the
 * last chapter opens.
 */
function markersOf(sentences: readonly Sentence[], headingStarts: ReadonlySet<number>): Array<Marker | undefined> {
  const markerOf = (s: Sentence, lastChapter: number) => (headingStarts.has(s.start) ? headingMarker(s.text, lastChapter) : namedMarker(s.text, lastChapter));
  const byHeadings = sentences.some((s) => headingStarts.has(s.start) && headingMarker(s.text, 0)?.kind === 'chapter');
  let lastChapter = 0;
  const markers = sentences.map((s) => {
    if (byHeadings && !headingStarts.has(s.start)) return undefined;
    const marker = markerOf(s, lastChapter);
    if (marker?.kind === 'chapter') lastChapter = marker.n;
    return marker;
  });
  const lastChapterAt = markers.findLastIndex((m) => m?.kind === 'chapter');
  if (lastChapterAt < 0 || byHeadings) return markers;
  return markers.map((m, i) => (m === undefined && i > lastChapterAt && WHOLE_WORK.test(sentences[i]?.text ?? '') ? { kind: 'overview' } : m));
}

const LABELS: Record<string, string> = { overview: 'Overview', introduction: 'Introduction', conclusion: 'Conclusion' };

/** The label users read for a section id: "Chapter 4", "Introduction". */
export function labelOf(id: SectionId): string {
  return LABELS[id] ?? `Chapter ${id.slice('chapter-'.length)}`;
}

function idOf(marker: Marker): SectionId {
  return marker.kind === 'chapter' ? `chapter-${marker.n}` : marker.kind;
}

/** Document order of sections: overview, introduction, chapters by number, conclusion. */
export function sectionRank(id: SectionId): number {
  if (id === 'overview') return 0;
  if (id === 'introduction') return 1;
  if (id === 'conclusion') return 1000;
  return 1 + Number(id.slice('chapter-'.length));
}

/**
 * Assigns each body sentence to a section. Text before the first marker, and text after the
 * last chapter that speaks of the thesis as a whole, belong to `overview`; once the trailing
 * overview or conclusion has begun, later sentences stay in it.
 */
export function splitSections(sentences: readonly Sentence[], headingStarts: ReadonlySet<number> = new Set()): Section[] {
  const groups = new Map<SectionId, Sentence[]>();
  let current: SectionId = 'overview';
  let closed = false;
  for (const [i, marker] of markersOf(sentences, headingStarts).entries()) {
    if (marker && !closed) {
      current = idOf(marker);
      closed = marker.kind === 'overview' || marker.kind === 'conclusion';
    }
    const list = groups.get(current) ?? [];
    list.push(sentences[i] as Sentence);
    groups.set(current, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => sectionRank(a) - sectionRank(b))
    .map(([id, list]) => ({ id, label: labelOf(id), title: titleOf(list), sentences: list }));
}

/** A title from the section's first sentence, or its second when the first is a bare heading. */
function titleOf(list: readonly Sentence[]): string {
  const first = deriveTitle(list[0]?.text ?? '');
  return first === 'Untitled' && list[1] ? deriveTitle(list[1].text) : first;
}

/** A section's sentences without its heading line: what it says, to quote in answers and summaries. */
export function proseOf(section: Section): readonly Sentence[] {
  return section.sentences.filter((s) => !s.heading);
}
