import type { Retriever, Hit, SearchMode } from '../retrieval/search.ts';
import { findSectionRefs } from '../retrieval/section-ref.ts';
import { contentStems, stem } from '../retrieval/terms.ts';
import { wordCount } from '../ingest/words.ts';
import type { ParsedThesis, Section, SectionId } from '../types.ts';
import { type Expectation, expectationOf, satisfies } from './answer-type.ts';
import { citeSentence, withTags } from './cite.ts';
import { answerMetadata } from './metadata.ts';
import { answerOutline } from './outline.ts';
import { summarizeSection } from './summarize.ts';
import type { Answer, Citation, SectionPointer } from './types.ts';

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

/** Words that ask what a section is about without naming a topic ("What does chapter 3 discuss?"). */
const GENERIC = new Set(
  'about say argue cover main idea point focus topic content contents summary summarize summarise introduce talk deal present describe explain examine study propose conclude contain key theme themes role play overview tldr tl dr recap gist synopsis nutshell brief briefly think believe opinion purpose aim goal gist happen happens go goes general'
    .split(' ')
    .map(stem),
);

/** Asking for a section's gist: answered with its summary rather than its opening lines. */
const SUMMARY_INTENT = /\b(?:summar(?:y|ies|ize|ise|ized|ised)|tl;?\s?dr|recap|gist|synopsis|main\s+points|key\s+points|nutshell|overview\s+of)\b/iu;

/** How much better another section must cover a question before the named one is passed over. */
const ELSEWHERE_MARGIN = 0.4;

/** Words of an answer at most: one to three sentences in the thesis's own words. */
const MAX_ANSWER_WORDS = 150;

/** How strongly the best passage supports answering: topic coverage plus a little from vectors. */
function confidence(hit: Hit): number {
  return hit.coverage + 0.5 * Math.max(0, hit.similarity - SIMILARITY_FLOOR);
}

function pointer(section: Section): SectionPointer {
  return { section: section.id, label: section.label, title: section.title };
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

const MISSING_KIND: Record<Expectation['kind'], string> = { count: ' It gives no such figure.', amount: ' It gives no such figure.', date: ' It gives no such date.', duration: ' It gives no such period.' };

function refusal(question: string, hits: readonly Hit[], parsed: ParsedThesis, expected?: Expectation): Answer {
  const nearest = [...new Map(hits.slice(0, 6).map((h) => [h.passage.section.id, h.passage.section])).values()].slice(0, 2);
  const directions = nearest.map((s) => `${s.label} (“${s.title}”)`).join(' and ');
  const hasHan = parsed.sections.some((s) => s.sentences.some((x) => /\p{Script=Han}/u.test(x.text)));
  const language = !hasHan && /\p{Script=Han}/u.test(question) ? ' The text we have is in English; try asking in English.' : '';
  const kind = expected ? MISSING_KIND[expected.kind] : '';
  const answer = `The thesis text we have does not say.${kind}${directions ? ` The closest parts are ${directions}.` : ''}${language}`;
  return { question, answer, abstained: true, citations: [], nearest: nearest.map(pointer) };
}

/**
 * The opening sentences of each section (its closing ones when a conclusion is asked of a
 * section that ends the thesis), for questions that name a section and nothing more.
 */
function sectionLead(question: string, sections: readonly Section[], exclude: ReadonlySet<number>, fromEnd: boolean): Answer {
  const citations: Citation[] = [];
  for (const section of sections) {
    let words = 0;
    const picked: Citation[] = [];
    for (const sentence of fromEnd ? [...section.sentences].reverse() : section.sentences) {
      if (words >= 40) break;
      if (exclude.has(sentence.start)) continue;
      picked.push(citeSentence(section, sentence, 1));
      words += wordCount(sentence.text);
    }
    citations.push(...picked.sort((a, b) => a.start - b.start));
  }
  return { question, answer: withTags(citations), abstained: false, citations, nearest: [] };
}

/** The thesis's sections, for a question about one it does not have. */
function unknownSection(question: string, missing: readonly string[], parsed: ParsedThesis): Answer {
  const list = parsed.sections.map((s) => s.label).join(', ');
  const answer = `The thesis has no ${missing.join(' or ')}. Its sections are: ${list}.`;
  return { question, answer, abstained: true, citations: [], nearest: parsed.sections.map(pointer) };
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
  const phrases = ctx.retriever.unknownPhrases(rest).filter(unrecorded).map((name) => name.toLowerCase());
  const topic = [...ctx.retriever.topicStems(rest).filter((t) => !GENERIC.has(t) && !author.has(t)), ...phrases];
  const exclude = ctx.exclude ?? new Set<number>();
  if (topic.length === 0) {
    const whole = named.length === 0 ? parsed.sections.filter((s) => s.id === 'overview') : named;
    if (whole.length === 1 && whole[0] && SUMMARY_INTENT.test(question) && !refs.fromEnd) {
      const { citations } = summarizeSection(whole[0], ctx.retriever);
      return { question, answer: withTags(citations), abstained: false, citations, nearest: [] };
    }
    const lead = sectionLead(question, whole, exclude, refs.fromEnd);
    return lead.citations.length > 0 ? lead : refusal(question, [], parsed);
  }
  const search = async (sections?: readonly SectionId[]) => (await ctx.retriever.search(rest, { mode: ctx.mode, sections, topic })).filter((h) => !exclude.has(h.passage.start));
  // A place or name the thesis never mentions ("Shanghai") means it is not what the thesis is about.
  const unknownNames = ctx.retriever.unknownNames(rest).filter(unrecorded);
  const offTopic = ctx.retriever.unseenShare(topic) >= MAX_UNSEEN_SHARE || unknownNames.length > 0;
  if (offTopic) return refusal(question, await search(), parsed);
  // "How many…", "in which year…": only sentences holding a figure or a time can answer.
  const expected = expectationOf(rest);
  const usable = (found: readonly Hit[]) => (expected ? found.filter((h) => satisfies(expected, h.passage.text)) : found);
  const refuse = (found: readonly Hit[]) => refusal(question, found, parsed, answerable(found) ? expected : undefined);
  const hits = await search(refs.ids);
  if (named.length === 0) return answerable(usable(hits)) ? cited(question, usable(hits)) : refuse(hits);
  // When the named section covers the topic much worse than another part does, say both.
  const elsewhere = await search();
  const here = usable(hits)[0]?.coverage ?? 0;
  const there = usable(elsewhere)[0]?.coverage ?? 0;
  if (answerable(usable(hits)) && there < here + ELSEWHERE_MARGIN) return cited(question, usable(hits));
  if (!answerable(usable(elsewhere))) return refuse(hits);
  const answer = cited(question, usable(elsewhere));
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
