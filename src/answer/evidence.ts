import type { Hit, Passage } from '../retrieval/search.ts';
import { contentStems } from '../retrieval/terms.ts';
import { inContext } from './antecedent.ts';
import { wordCount } from '../ingest/words.ts';
import { citeSentence, readable, scoreAmong, tagOf } from './cite.ts';
import { emphasise } from './emphasis.ts';
import { itemAsked } from './enumeration.ts';
import { relatedSides } from './source.ts';
import type { Answer } from './types.ts';

/**
 * Least evidence for an answer, on `confidence` below (0-1). Calibrated on the dev set and our
 * own set (test/fixtures/paraphrase.jsonl): off-topic questions score under 0.35 or fail the
 * unseen-words test (ask.ts); reworded answerable ones mostly score 0.37 and up. Unanswerable
 * questions on the thesis's own ground overlap with them; those asking for a figure or a date
 * are caught by their answer type instead (answer-type.ts). First set on 1,271 questions;
 * checked again on 4,439: 0.38 would refuse eleven more of the 2,832 answerable questions to
 * catch six more of the 1,261 unanswerable ones, and 0.30 would answer sixteen more
 * unanswerable ones to save two. We lean towards answering, since every answer shows its
 * quotes and a reader can judge them.
 */
export const ANSWER_THRESHOLD = 0.35;

/** Vector similarity this high is typical of unrelated USE-lite sentence pairs; only above it counts. */
const SIMILARITY_FLOOR = 0.3;

/** Words of an answer at most: one to three sentences in the thesis's own words. */
const MAX_ANSWER_WORDS = 150;

/**
 * How much vector similarity adds to the evidence. When some of the question's words never
 * occur in the thesis, the vectors' sense of a paraphrase counts for less: the missing words
 * may be the point ("How did religion affect community governance?"). Calibrated like the
 * threshold: at 0.3-0.35 three more of the unanswerable questions are refused and no
 * answerable one; at 0.25 an answerable one is lost.
 */
export const VECTOR_WEIGHT = { allWordsKnown: 0.5, someWordsUnknown: 0.33 };

/** How strongly a passage supports answering: topic coverage plus a little from vectors. */
export function confidence(hit: Hit, vectorWeight: number): number {
  return hit.coverage + vectorWeight * Math.max(0, hit.similarity - SIMILARITY_FLOOR);
}

/** How near the best score a sentence on the side of a relation the others leave out must come. */
const COMPLEMENT = 0.6;

/** A section's opening sentence this short, when it leads, only points at the section's subject. */
const POINTER_WORDS = 15;
/** How near the best such a pointer's section-mates must score to say what it points at. */
const POINTER_SHARE = 0.2;

/** Whether a sentence is the first its section has. */
function opensSection(passage: Passage, passages: readonly Passage[]): boolean {
  return passages.find((p) => p.section.id === passage.section.id) === passage;
}

/** A chosen sentence and the neighbours it leans on, in reading order. */
interface Group {
  readonly hit: Hit;
  readonly reading: readonly Passage[];
}

/**
 * The best one to three sentences, within 150 words, that each carry enough evidence, each
 * with the neighbour it leans on ("It takes…" brings the sentence that says what "it" is).
 * The best sentence is always given with its neighbour, whatever their length.
 */
function chooseSentences(question: string, hits: readonly Hit[], vectorWeight: number, passages: readonly Passage[], topic: readonly string[]): Group[] {
  const [top] = hits;
  const ownCoverage = (hit: Hit) => topic.filter((t) => hit.passage.stems.has(t)).length;
  if (!top) return [];
  const told = new Set<string>();
  // Of a question relating two things, a sentence on the side the chosen ones leave out ("…national
  // unity and one family" after "Xi Jinping pointed out… national unity") earns its place on a lower score.
  const sides = (relatedSides(question) ?? []).map((side) => contentStems(side).filter((t) => topic.includes(t)));
  const adds = (hit: Hit) => hit.score >= COMPLEMENT * top.score && sides.some((side) => side.some((t) => !told.has(t) && hit.passage.stems.has(t)));
  const groups: Group[] = [];
  const given = new Set<number>();
  let words = 0;
  const take = (hit: Hit, always: boolean) => {
    const reading = inContext(hit.passage, passages).filter((p) => !given.has(p.start));
    const size = reading.reduce((n, p) => n + wordCount(p.text), 0);
    if (!reading.includes(hit.passage) || (!always && words + size > MAX_ANSWER_WORDS)) return;
    groups.push({ hit, reading });
    for (const p of reading) given.add(p.start);
    for (const t of topic) if (reading.some((p) => p.stems.has(t))) told.add(t);
    words += size;
  };
  take(top, true);
  // "Chapter five is the 'last kilometer'…" only says what its chapter is about: the chapter's
  // own sentences on the topic say what that is, and join on a lower score.
  const pointer = opensSection(top.passage, passages) && wordCount(top.passage.text) <= POINTER_WORDS;
  const pointed = (hit: Hit) => hit.passage.section === top.passage.section && ownCoverage(hit) > 0 && hit.score >= POINTER_SHARE * top.score;
  const near = (hit: Hit) => hit.score >= 0.8 * top.score || (pointer && pointed(hit));
  for (const hit of hits.slice(1, 6)) {
    if (groups.length >= 3) break;
    // A sentence from another section joins only when it covers the topic as fully as the best.
    const elsewhere = hit.passage.section !== top.passage.section && hit.coverage < top.coverage;
    if ((near(hit) || adds(hit)) && !elsewhere && confidence(hit, vectorWeight) >= ANSWER_THRESHOLD) take(hit, false);
  }
  return groups;
}

/**
 * Whether the best passage carries enough evidence to answer from. The best is the one that
 * scores highest, not the one put first to open the answer (a definition near the best): how an
 * answer opens does not change whether the thesis has one.
 */
export function answerable(hits: readonly Hit[], vectorWeight: number): boolean {
  const top = hits.reduce<Hit | undefined>((best, h) => (best === undefined || h.score > best.score ? h : best), undefined);
  return top !== undefined && confidence(top, vectorWeight) >= ANSWER_THRESHOLD;
}

/**
 * An answer from the best passages, each sentence tagged with its section: the text in
 * reading order, the citations by relevance (a neighbour right after the sentence it serves).
 * `passages` are the thesis's sentences as the retriever holds them; `topic`, the question's
 * topic stems, marks the clause that answers in a long sentence.
 */
export function cited(question: string, hits: readonly Hit[], vectorWeight: number, passages: readonly Passage[], topic: readonly string[] = []): Answer {
  const groups = chooseSentences(question, hits, vectorWeight, passages, topic);
  const scoreOf = (p: Passage, group: Group) => scoreAmong(hits, p, group.hit.score);
  const cite = (p: Passage, group: Group) => citeSentence(p.section, p, scoreOf(p, group));
  const citations = groups.flatMap((g) => [g.hit.passage, ...g.reading.filter((p) => p !== g.hit.passage)].map((p) => cite(p, g)));
  // In a long chosen sentence, the clause that answers is marked; its neighbours are context.
  const stems = new Set(topic);
  const place = itemAsked(question);
  const told = (p: Passage, g: Group) => `${p === g.hit.passage ? emphasise(readable(p.text), stems, place) : readable(p.text)} ${tagOf(p.section.id)}`;
  const text = groups.flatMap((g) => g.reading.map((p) => told(p, g))).join(' ');
  return { question, answer: text, abstained: false, citations, nearest: [] };
}
