import type { Section } from '../types.ts';
import { contentStems, isStopword, stem } from './terms.ts';

/** A sentence of the thesis as the retriever sees it. */
export interface Passage {
  readonly index: number;
  readonly section: Section;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Topic stems of the sentence and of the sentences beside it in the same section. */
  readonly stems: ReadonlySet<string>;
  readonly contextStems: ReadonlySet<string>;
}

/**
 * The sentences to search, in document order. A heading is no answer, but its words count as
 * context for every sentence under it ("2 Literature and theory" for all of chapter 2), so
 * "the literature review" finds the chapter so headed.
 */
export function passagesOf(sections: readonly Section[]): Passage[] {
  const ordered = sections
    .flatMap((section) => section.sentences.map((s) => ({ section, s })))
    .sort((a, b) => a.s.start - b.s.start);
  const parts = hyphenParts(ordered.map(({ s }) => s.text));
  const stems = ordered.map(({ s }) => withParts(new Set(contentStems(s.text)), parts));
  const headings = new Map(sections.map((section) => [section.id, section.sentences.filter((s) => s.heading).flatMap((s) => contentStems(s.text))]));
  const withContext = ordered.map(({ section, s }, i) => {
    const own = stems[i] ?? new Set<string>();
    const context = new Set([...own, ...(headings.get(section.id) ?? [])]);
    for (const j of [i - 1, i + 1]) if (ordered[j]?.section.id === section.id) for (const t of stems[j] ?? []) context.add(t);
    return { section, s, own, context };
  });
  return withContext
    .filter(({ s }) => !s.heading)
    .map(({ section, s, own, context }, index) => ({ index, section, text: s.text, start: s.start, end: s.end, stems: own, contextStems: context }));
}

/** The stems of the parts of each hyphen compound the texts write ("grass-roots": grass, root), by the joined form's stem. */
export function hyphenParts(texts: readonly string[]): Map<string, string[]> {
  const parts = new Map<string, string[]>();
  for (const text of texts) {
    for (const [, a = '', b = ''] of text.matchAll(/(\p{L}+)-(\p{L}+)/gu)) {
      parts.set(stem(a + b), [a, b].filter((w) => !isStopword(w)).map(stem));
    }
  }
  return parts;
}

/**
 * A sentence writing a compound joined ("China's grassroots politics") holds its parts too,
 * when the thesis hyphenates it elsewhere ("the grass-roots level"): a question typing either
 * form then finds both sentences alike, rather than counting "grass-roots" as three words
 * that only the hyphenated sentence has.
 */
function withParts(stems: Set<string>, parts: ReadonlyMap<string, readonly string[]>): Set<string> {
  for (const t of [...stems]) for (const p of parts.get(t) ?? []) stems.add(p);
  return stems;
}
