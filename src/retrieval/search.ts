import MiniSearch from 'minisearch';
import type { Embedder } from '../embed/embedder.ts';
import type { OpenIndex } from '../store/index-store.ts';
import type { Section, SectionId } from '../types.ts';
import { Acronyms } from './acronyms.ts';
import { type Passage, hyphenParts, passagesOf } from './passages.ts';
import { contentStems, isStopword, searchTokens } from './terms.ts';
import { Names } from './names.ts';
import { Vocabulary } from './vocabulary.ts';

/** Where vector similarities come from: the model that embeds a question and the index it fits. */
export interface VectorSource {
  readonly embedder: Embedder | undefined;
  readonly store: OpenIndex;
}

export type { Passage } from './passages.ts';

/** How passages are scored: keywords only, vectors only, or both fused. */
export type SearchMode = 'keyword' | 'vector' | 'hybrid';

/** A scored passage; `score` ranks, `coverage` says how much of the question it speaks to. */
export interface Hit {
  readonly passage: Passage;
  readonly score: number;
  readonly coverage: number;
  readonly similarity: number;
}

/**
 * Weights of the fusion. Keywords lead because the abstract's own wording is what readers
 * quote back; vectors add paraphrase matches and break keyword ties. The neighbour terms let a
 * sentence that continues its neighbour's topic ("It takes...") be found for it.
 */
const WEIGHTS = { sentence: 0.6, context: 0.15, vector: 0.35 };

/** Retrieves sentences of the thesis for a question, by keywords, vectors or both. */
export class Retriever {
  readonly passages: readonly Passage[];
  readonly vocabulary: Vocabulary;
  /** Names in questions that the thesis never uses. */
  readonly names: Names;
  /** Acronyms of the names the thesis writes out ("CPC"). */
  readonly acronyms: Acronyms;
  private readonly bm25: MiniSearch<{ id: number; text: string }>;
  private readonly idf: Map<string, number>;
  private readonly byStart: Map<number, number>;
  private lastQuery: { text: string; vector: number[] } | undefined;
  private readonly vectors: { embedder: Embedder; store: OpenIndex } | undefined;

  /** Without `vectors` (or without their embedder) every search is by keywords. */
  constructor(sections: readonly Section[], vectors?: VectorSource) {
    this.vectors = vectors?.embedder ? { embedder: vectors.embedder, store: vectors.store } : undefined;
    this.passages = passagesOf(sections);
    this.vocabulary = new Vocabulary(sections);
    // A compound written joined counts its parts as the hyphenated form does (passages.ts).
    const parts = hyphenParts(this.passages.map((p) => p.text));
    const terms = (t: string) => searchTokens(t).filter((x) => !isStopword(x.word)).flatMap((x) => [x.stem, ...(x.compound ? [] : (parts.get(x.stem) ?? []))]);
    this.bm25 = new MiniSearch({ fields: ['text'], tokenize: terms, processTerm: (t) => t });
    this.bm25.addAll(this.passages.map((p) => ({ id: p.index, text: p.text })));
    const df = new Map<string, number>();
    // A heading's words are the thesis's too: "cooperation" in "4 Conflict and cooperation" is seen.
    const headings = sections.flatMap((section) => section.sentences.filter((s) => s.heading).map((s) => new Set(contentStems(s.text))));
    for (const stems of [...this.passages.map((p) => p.stems), ...headings]) for (const t of stems) df.set(t, (df.get(t) ?? 0) + 1);
    const n = this.passages.length;
    this.idf = new Map([...df].map(([t, d]) => [t, Math.log(1 + (n - d + 0.5) / (d + 0.5))]));
    this.byStart = new Map(this.passages.map((p) => [p.start, p.index]));
    this.names = new Names(this.passages.map((p) => p.text), this.idf);
    this.acronyms = new Acronyms(sections);
  }

  /** Inverse document frequency; a word the thesis never uses weighs the most. */
  idfOf(stem: string): number {
    return this.idf.get(stem) ?? Math.log(1 + (this.passages.length + 0.5) / 0.5);
  }

  /** The topic stems of a question, with only those hyphen compounds the thesis itself uses. */
  topicStems(question: string): string[] {
    return contentStems(question, (s) => this.idf.has(s));
  }

  /** Whether one sentence of the thesis holds every one of the stems ("multi-party democracy" is never named whole). */
  namesWhole(stems: readonly string[]): boolean {
    return this.passages.some((p) => stems.every((t) => p.stems.has(t)));
  }

  /** Share of the stems that the thesis never uses at all (0-1). */
  unseenShare(stems: readonly string[]): number {
    return stems.length === 0 ? 0 : stems.filter((t) => !this.idf.has(t)).length / stems.length;
  }

  /** How much of the question's topic, weighted by rarity, a set of stems covers (0-1). */
  coverage(questionStems: readonly string[], stems: ReadonlySet<string>): number {
    const total = questionStems.reduce((sum, t) => sum + this.idfOf(t), 0);
    if (total === 0) return 0;
    return questionStems.filter((t) => stems.has(t)).reduce((sum, t) => sum + this.idfOf(t), 0) / total;
  }

  /**
   * Ranks sentences (optionally only those of `sections`) for a question, best first.
   * `topic` overrides the stems that coverage is measured on (the caller may know better).
   */
  async search(question: string, options: { mode?: SearchMode; sections?: readonly SectionId[]; topic?: readonly string[] } = {}): Promise<Hit[]> {
    const mode = this.vectors ? (options.mode ?? 'hybrid') : 'keyword';
    const allowed = options.sections && options.sections.length > 0 ? new Set(options.sections) : undefined;
    const pool = this.passages.filter((p) => !allowed || allowed.has(p.section.id));
    const stems = options.topic ?? this.topicStems(question);
    const keyword = this.keywordScores(stems);
    const similarity = mode === 'keyword' ? new Map<number, number>() : await this.similarities(question);
    const maxKeyword = Math.max(1e-9, ...pool.map((p) => keyword.get(p.index) ?? 0));
    const hits = pool.map((p) => {
      const sentence = (keyword.get(p.index) ?? 0) / maxKeyword;
      const context = this.coverage(stems, p.contextStems);
      const sim = similarity.get(p.index) ?? 0;
      const kw = WEIGHTS.sentence * sentence + WEIGHTS.context * context;
      const score = mode === 'keyword' ? kw : mode === 'vector' ? sim : kw + WEIGHTS.vector * sim;
      return { passage: p, score, similarity: sim, coverage: Math.max(this.coverage(stems, p.stems), 0.8 * context) };
    });
    return hits.sort((a, b) => b.score - a.score || a.passage.index - b.passage.index);
  }

  /**
   * BM25 over the topic stems only: the words that frame a question ("what part does… play")
   * would otherwise rank sentences that share the frame above those that share the topic.
   */
  private keywordScores(stems: readonly string[]): Map<number, number> {
    const results = this.bm25.search(stems.join(' '), { combineWith: 'OR', tokenize: (t) => t.split(' ').filter(Boolean) });
    return new Map(results.map((r) => [r.id as number, r.score]));
  }

  /** Vector similarity of each sentence to the question, from the vectra index. */
  private async similarities(question: string): Promise<Map<number, number>> {
    if (!this.vectors) return new Map();
    // An answer may search twice (in a named section, then everywhere): embed the question once.
    const q = this.lastQuery?.text === question ? this.lastQuery.vector : ((await this.vectors.embedder.embed([question]))[0] ?? []);
    this.lastQuery = { text: question, vector: q };
    const out = new Map<number, number>();
    for (const [start, score] of await this.vectors.store.sentenceSimilarities(q)) {
      const i = this.byStart.get(start);
      if (i !== undefined) out.set(i, score);
    }
    return out;
  }
}
