import type { Retriever, Hit, SearchMode } from '../retrieval/search.ts';
import { findSectionRefs } from '../retrieval/section-ref.ts';
import { contentStems, stem } from '../retrieval/terms.ts';
import { wordCount } from '../ingest/words.ts';
import type { ParsedThesis, SectionId } from '../types.ts';
import { expectationOf, satisfies } from './answer-type.ts';
import { citeSentence, withTags } from './cite.ts';
import { definitionFirst } from './definition.ts';
import { answerMetadata } from './metadata.ts';
import { answerOutline } from './outline.ts';
import { refusal, unknownSection } from './refusal.ts';
import { answerAboutSections } from './section-answer.ts';
import type { Answer } from './types.ts';

/**
 * Least evidence for an answer, on `confidence` below (0-1). Calibrated on the dev set and our
 * own reworded set (test/fixtures/paraphrase.jsonl): off-topic questions score under 0.35 or
 * fail the unseen-words test; reworded answerable ones score 0.37 and up, save one whose words
 * are all synonyms of the text's. Unanswerable questions on the thesis's own ground overlap
 * with them; those asking for a figure or a date are caught by their answer type instead
 * (answer-type.ts). At 0.35 one of 46 answerable questions is refused and two of ten such
 * unanswerables are answered; at 0.45 three would be refused. We lean towards answering,
 * since every answer shows its quotes and a reader can judge them.
 */
export const ANSWER_THRESHOLD = 0.35;

/**
 * A question half of whose topic words never occur in the thesis is about something else
 * ("the capital of France", "the population of Urumqi"), however well its other half matches.
 */
export const MAX_UNSEEN_SHARE = 0.5;

/** Vector similarity this high is typical of unrelated USE-lite sentence pairs; only above it counts. */
const SIMILARITY_FLOOR = 0.3;

/**
 * Words that ask what a section or the whole work is about without naming a topic ("What does
 * chapter 3 discuss?", "What is the main argument?", "What are the findings?").
 */
const GENERIC = new Set(
  'about say argue argument claim central statement question research findings results contribution contributions show want cover main idea point focus topic content contents summary summarize summarise introduce talk deal present describe explain examine study propose conclude conclusion conclusions contain key theme themes role play overview tldr tl dr recap synopsis nutshell brief briefly think believe opinion purpose aim goal gist happen happens go goes general'
    .split(' ')
    .map(stem),
);

const OUTCOME = /\b(?:findings?|results?|conclusions?|outcomes?|found|shows?|showed|shown)\b/iu;

/** How much better another section must cover a question before the named one is passed over. */
const ELSEWHERE_MARGIN = 0.4;

/** Words of an answer at most: one to three sentences in the thesis's own words. */
const MAX_ANSWER_WORDS = 150;

/** How strongly the best passage supports answering: topic coverage plus a little from vectors. */
function confidence(hit: Hit): number {
  return hit.coverage + 0.5 * Math.max(0, hit.similarity - SIMILARITY_FLOOR);
}

function chooseSentences(hits: readonly Hit[]): Hit[] {
  const [top] = hits;
  if (!top) return [];
  const chosen = [top];
  let words = wordCount(top.passage.text);
  for (const hit of hits.slice(1, 6)) {
    if (chosen.length >= 3) break;
    if (hit.score < 0.8 * top.score || confidence(hit) < ANSWER_THRESHOLD) continue;
    const size = wordCount(hit.passage.text);
    if (words + size > MAX_ANSWER_WORDS) continue;
    chosen.push(hit);
    words += size;
  }
  return chosen;
}

/** What answering needs: the parsed thesis, its text and a retriever over it. */
export interface AskContext {
  parsed: ParsedThesis;
  corpus: string;
  retriever: Retriever;
  mode?: SearchMode;
  /** Start offsets of sentences already given in this conversation, to say something new. */
  exclude?: ReadonlySet<number>;
}

/**
 * Answers a cleaned question extractively from the thesis, citing every sentence; refuses
 * honestly, naming the nearest sections, when the evidence is weak.
 */
export async function answerQuestion(question: string, ctx: AskContext): Promise<Answer> {
  const { parsed } = ctx;
  const refs = findSectionRefs(question, parsed.sections);
  // "chapter 7" in a thesis of six: say so, whatever else the question names.
  if (refs.missing.length > 0) return unknownSection(question, refs.missing, parsed);
  if (refs.ids.length === 0) {
    const about = answerOutline(question, parsed) ?? answerMetadata(question, parsed, ctx.corpus);
    if (about) return about;
  }
  const named = parsed.sections.filter((s) => refs.ids.includes(s.id));
  const rest = ctx.retriever.vocabulary.correct(refs.rest);
  // The author's name stands for the thesis ("What does Wang argue…"), not for a topic.
  const author = new Set(contentStems(parsed.metadata.author ?? ''));
  const record = JSON.stringify(parsed.metadata).toLowerCase();
  const unrecorded = (name: string) => !record.includes(name.toLowerCase());
  // A name the thesis never has as a phrase ("United States") is a topic word it never uses.
  const phrases = ctx.retriever.names.unknownPhrases(rest).filter(unrecorded).map((name) => name.toLowerCase());
  const topic = [...ctx.retriever.topicStems(rest).filter((t) => !GENERIC.has(t) && !author.has(t)), ...phrases];
  const exclude = ctx.exclude ?? new Set<number>();
  if (topic.length === 0) {
    const whole = named.length === 0 ? parsed.sections.filter((s) => s.id === 'overview') : named;
    // What a work found or concluded is at its end; what it is about, at its start.
    const fromEnd = refs.fromEnd || OUTCOME.test(rest);
    return answerAboutSections(question, whole, ctx.retriever, exclude, fromEnd) ?? refusal(question, [], parsed);
  }
  const search = async (sections?: readonly SectionId[]) => (await ctx.retriever.search(rest, { mode: ctx.mode, sections, topic })).filter((h) => !exclude.has(h.passage.start));
  // A place or name the thesis never mentions ("Shanghai") means it is not what the thesis is about.
  const unknownNames = ctx.retriever.names.unknownNames(rest).filter(unrecorded);
  const offTopic = ctx.retriever.unseenShare(topic) >= MAX_UNSEEN_SHARE || unknownNames.length > 0;
  if (offTopic) return refusal(question, await search(), parsed);
  // "How many…", "in which year…": only sentences holding a figure or a time can answer.
  const expected = expectationOf(rest);
  const usable = (found: readonly Hit[]) => (expected ? found.filter((h) => satisfies(expected, h.passage.text)) : found);
  const refuse = (found: readonly Hit[]) => refusal(question, found, parsed, answerable(found) ? expected : undefined);
  const found = await search(refs.ids);
  const hits = definitionFirst(rest, usable(found));
  if (named.length === 0) return answerable(hits) ? cited(question, hits) : refuse(found);
  // When the named section covers the topic much worse than another part does, say both.
  const elsewhere = definitionFirst(rest, usable(await search()));
  const here = hits[0]?.coverage ?? 0;
  const there = elsewhere[0]?.coverage ?? 0;
  if (answerable(hits) && there < here + ELSEWHERE_MARGIN) return cited(question, hits);
  if (!answerable(elsewhere)) return refuse(found);
  const answer = cited(question, elsewhere);
  const names = named.map((s) => s.label).join(' and ');
  return { ...answer, answer: `${names} ${named.length > 1 ? 'do' : 'does'} not say; elsewhere the thesis does. ${answer.answer}` };
}

function answerable(hits: readonly Hit[]): boolean {
  const top = hits[0];
  return top !== undefined && confidence(top) >= ANSWER_THRESHOLD;
}

function cited(question: string, hits: readonly Hit[]): Answer {
  const citations = chooseSentences(hits).map((h) => citeSentence(h.passage.section, h.passage, h.score));
  return { question, answer: withTags(citations), abstained: false, citations, nearest: [] };
}
