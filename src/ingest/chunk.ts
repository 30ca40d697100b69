import type { Chunk, Section, SectionId, Sentence } from '../types.ts';
import { wordCount } from './words.ts';

/**
 * Bump when chunk boundaries, or the text read from the page (page.ts), change, so indexes
 * built with the old rule are rebuilt. 2: short sentences after the text begins are kept;
 * 3: hard-wrapped lines are joined into their paragraphs.
 */
export const CHUNKER_VERSION = 3;

/** Sentence-embedding models read a few sentences well; these bound a window in words. */
export const MIN_CHUNK_WORDS = 40;
export const MAX_CHUNK_WORDS = 120;

interface Run {
  readonly section: Section;
  readonly sentences: Sentence[];
}

/** Consecutive sentences of one section in document order; a section may have several runs. */
function runsOf(sections: readonly Section[]): Run[] {
  const all = sections
    .flatMap((section) => section.sentences.map((sentence) => ({ section, sentence })))
    .sort((a, b) => a.sentence.start - b.sentence.start);
  const runs: Run[] = [];
  for (const { section, sentence } of all) {
    const last = runs[runs.length - 1];
    if (last && last.section.id === section.id) last.sentences.push(sentence);
    else runs.push({ section, sentences: [sentence] });
  }
  return runs;
}

/** Splits one run into windows, each starting on the previous window's last sentence. */
function windows(sentences: readonly Sentence[]): Sentence[][] {
  const out: Sentence[][] = [];
  let from = 0;
  while (from < sentences.length) {
    let to = from;
    let words = wordCount(sentences[from]?.text ?? '');
    while (to + 1 < sentences.length) {
      const next = wordCount(sentences[to + 1]?.text ?? '');
      if (words >= MIN_CHUNK_WORDS && words + next > MAX_CHUNK_WORDS) break;
      if (words + next > MAX_CHUNK_WORDS * 1.5) break;
      to += 1;
      words += next;
    }
    out.push(sentences.slice(from, to + 1));
    if (to + 1 >= sentences.length) break;
    // Overlap only when the shared sentence leaves room for new text in the next window.
    const shared = wordCount(sentences[to]?.text ?? '') + wordCount(sentences[to + 1]?.text ?? '');
    from = to > from && shared <= MAX_CHUNK_WORDS ? to : to + 1;
  }
  return out;
}

/**
 * Cuts sections into overlapping sentence windows that never cross a section boundary.
 * Each chunk's text is `corpus.slice(start, end)`, so any quote can be checked at its offsets.
 */
export function chunkSections(corpus: string, sections: readonly Section[]): Chunk[] {
  const chunks: Chunk[] = [];
  for (const run of runsOf(sections)) {
    for (const window of windows(run.sentences)) {
      const first = window[0];
      const last = window[window.length - 1];
      if (!first || !last) continue;
      const id: SectionId = run.section.id;
      chunks.push({
        id: `${id}#${chunks.length}`,
        sectionId: id,
        label: run.section.label,
        position: chunks.length,
        text: corpus.slice(first.start, last.end),
        start: first.start,
        end: last.end,
      });
    }
  }
  return chunks;
}
