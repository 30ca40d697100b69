import type { Section } from '../types.ts';
import { contentStems } from './terms.ts';

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
  const stems = ordered.map(({ s }) => new Set(contentStems(s.text)));
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
