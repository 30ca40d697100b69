import { wordCount } from '../ingest/words.ts';
import type { Retriever } from '../retrieval/search.ts';
import { proseOf } from '../ingest/sections.ts';
import type { Section, Sentence } from '../types.ts';
import { citeSentence, readable, tagOf } from './cite.ts';
import type { Summary } from './types.ts';

const MIN_WORDS = 60;
const MAX_WORDS = 150;

function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let dotAB = 0;
  let na = 0;
  let nb = 0;
  for (const [k, v] of a) {
    dotAB += v * (b.get(k) ?? 0);
    na += v * v;
  }
  for (const v of b.values()) nb += v * v;
  return na && nb ? dotAB / Math.sqrt(na * nb) : 0;
}

/**
 * How central each sentence is to its section: the cosine of its rare-word profile with the
 * section's. Works without an embedding model, so summaries are the same in every mode.
 */
function centrality(section: Section, sentences: readonly Sentence[], retriever: Retriever): number[] {
  const passages = retriever.passages.filter((p) => p.section.id === section.id);
  const profile = (stems: ReadonlySet<string>) => new Map([...stems].map((t) => [t, retriever.idfOf(t)]));
  const whole = new Map<string, number>();
  for (const p of passages) for (const [t, w] of profile(p.stems)) whole.set(t, (whole.get(t) ?? 0) + w);
  return sentences.map((s) => {
    const passage = passages.find((p) => p.start === s.start);
    return passage ? cosine(profile(passage.stems), whole) : 0;
  });
}

/**
 * An extractive summary of one section: its opening sentence (which names what the section
 * does), then its most central sentences, in their original order, about 60-150 words; or,
 * when `count` is given ("in two sentences"), that many sentences whatever their length.
 */
export function summarizeSection(section: Section, retriever: Retriever, count?: number): Summary {
  const sentences = proseOf(section);
  const scores = centrality(section, sentences, retriever);
  const picked = new Set<number>([0]);
  let words = wordCount(sentences[0]?.text ?? '');
  const byCentrality = sentences.map((_, i) => i).sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0));
  for (const i of byCentrality) {
    if (count !== undefined) {
      if (picked.size >= count) break;
      picked.add(i);
      continue;
    }
    if (words >= MIN_WORDS) break;
    const size = wordCount(sentences[i]?.text ?? '');
    if (picked.has(i) || words + size > MAX_WORDS) continue;
    picked.add(i);
    words += size;
  }
  const citations = [...picked].sort((a, b) => a - b).flatMap((i) => {
    const sentence = sentences[i];
    return sentence ? [citeSentence(section, sentence, scores[i] ?? 0)] : [];
  });
  return { section: section.id, label: section.label, title: section.title, summary: `${readable(citations.map((c) => c.quote).join(' '))} ${tagOf(section.id)}`, citations };
}
