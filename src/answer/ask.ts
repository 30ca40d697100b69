import type { Retriever, SearchMode } from '../retrieval/search.ts';
import { type SectionRefs, findSectionRefs } from '../retrieval/section-ref.ts';
import type { ParsedThesis, Section } from '../types.ts';
import { undefinedTermNote } from './undefined-term.ts';
import { pinyinNote } from './pinyin-terms.ts';
import { inFieldEnglish } from './han-terms.ts';
import { firstSentencesOnly } from './brevity.ts';
import { asksFirstMention } from './sequence.ts';
import { ownWords } from './follow-up-forms.ts';
import { withKnownChoices } from './alternatives.ts';
import { withGlosses, withoutElongation, withoutTag } from './question.ts';
import { isStopword } from '../retrieval/terms.ts';
import { isEnglishWord } from '../retrieval/english.ts';
import { readTopic } from './read-topic.ts';
import { withPlainIdioms } from './idioms.ts';
import { asksWhichSection, onlyOverviewHolds, withLead } from './lead.ts';
import { withCountConfirmed, withCountLead } from './count-lead.ts';
import { answerWhyOfClaim } from './reasons.ts';
import { withChapterOfEach, withoutEachWhere } from './each-chapter.ts';
import { languageOf, nothingMore, refusal } from './refusal.ts';
import { answerAboutSections, asksForOneSentence, sentencesAsked } from './section-answer.ts';
import { nameSectionByTopic } from './section-topic.ts';
import { answerWhoIsQuoted, asksWhoIsQuoted } from './speaker.ts';
import { answerTopic } from './topic-answer.ts';
import { stanceAnswer, stanceThing } from './stance.ts';
import type { Answer } from './types.ts';
import { answerWithoutSearch } from './without-search.ts';
import { corrected, namedAs } from './wrong-name.ts';

const OUTCOME = /\b(?:findings?|results?|conclusions?|outcomes?|found|shows?|showed|shown)\b/iu;

/** What answering needs: the parsed thesis, its text and a retriever over it. */
export interface AskContext {
  parsed: ParsedThesis;
  corpus: string;
  retriever: Retriever;
  mode?: SearchMode;
  /** Start offsets of sentences already given in this conversation, to say something new. */
  exclude?: ReadonlySet<number>;
  /**
   * Start offsets of sentences the conversation has shown: an answer from outside the section
   * asked about ("and in chapter 5?" when chapter 5 does not say) skips them.
   */
  seen?: ReadonlySet<number>;
  /** True when the question was pieced together with the one before it ("does it say which ones?"). */
  leans?: boolean;
  /**
   * Where the first quote of the answer before stands: a pronoun its question cannot resolve
   * ("when can they happen?" after "the two functions") may mean what that quote named.
   */
  lead?: { readonly start: number; readonly end: number } | undefined;
  /** Where the claim stands that a bare "why?" asks about: the sentences after it argue it. */
  reasonsFor?: { readonly start: number; readonly end: number } | undefined;
}

/** What a conversation tells the core about itself. */
export type AskOptions = Pick<AskContext, 'exclude' | 'seen' | 'leans' | 'lead' | 'reasonsFor'>;

/**
 * Answers a cleaned question extractively from the thesis, citing every sentence; refuses
 * honestly, naming the nearest sections, when the evidence is weak.
 */
export async function answerQuestion(question: string, ctx: AskContext): Promise<Answer> {
  const { parsed } = ctx;
  const argued = ctx.reasonsFor ? answerWhyOfClaim(question, ctx.reasonsFor, parsed.sections) : undefined;
  if (argued) return argued;
  // "What are the four paths, and which chapter covers each?": the list, then each item's chapter.
  const listed = withoutEachWhere(question);
  if (listed) {
    // Each item is looked for in the chapters: the overview it was quoted from is set aside.
    const inChapters = { ...ctx, exclude: new Set(ctx.retriever.passages.filter((p) => p.section.id === 'overview').map((p) => p.start)) };
    return { ...(await withChapterOfEach(await answerQuestion(listed, ctx), (q) => answerQuestion(q, inChapters))), question };
  }
  const mended = mendedQuestion(question, ctx);
  // "The case city is Kashgar, isn't it?": a name the thesis never uses, put for one it does.
  const misnamed = namedAs(mended, (text) => ctx.retriever.names.unknownNames(text));
  if (misnamed) {
    const fixed = corrected(question, misnamed.name, await answerQuestion(misnamed.asked, ctx));
    if (fixed) return fixed;
  }
  // "Does the author like X?": the text states no feelings; what it says of X is shown instead.
  const felt = stanceThing(mended, parsed.metadata.author);
  if (felt === '') return refusal(question, [], parsed, 'It records nothing of what its author personally likes or dislikes.');
  if (felt) return stanceAnswer(question, felt, await answerQuestion(`What does the thesis say about ${felt}?`, ctx), ctx.retriever, parsed);
  const refs = findSectionRefs(await nameSectionByTopic(mended, parsed.sections, ctx.retriever, ctx.mode), parsed.sections);
  const named = parsed.sections.filter((s) => refs.ids.includes(s.id));
  // "Who wrot this?" is read as mended; the answer keeps the question as typed.
  const settled = answerWithoutSearch(mended, refs, named, ctx);
  if (settled) return { ...settled, question };
  const { rest, term, topic, unmentioned, unrecorded } = readTopic(refs.rest, named, ctx);
  const exclude = ctx.exclude ?? new Set<number>();
  if (topic.length === 0 && unmentioned) return refusal(question, [], parsed, `It does not mention ${unmentioned}.`);
  // "Sumarize chaptr 3" is read as mended, as "summarize chapter 3".
  if (topic.length === 0) return { ...answerWithoutTopic(mended, rest, refs, named, ctx), question };
  const chapters = parsed.sections.filter((s) => s.id !== 'overview').map((s) => s.id);
  const asksWhich = asksWhichSection(ownWords(question));
  // "Where does it first mention Urumqi?" may be answered by the overview, which comes first.
  // "Which chapters…, besides chapter 2?" asks among the chapters left.
  const which = (named.length === 0 || refs.outside === true) && asksWhich && chapters.length > 0 && !asksFirstMention(question);
  const inChapters = which && !onlyOverviewHolds(ownWords(question), topic, ctx.retriever.passages);
  const scope = inChapters ? chapters.filter((id) => named.length === 0 || named.some((s) => s.id === id)) : named.map((s) => s.id);
  const found = await answerTopic({ question, rest, term, unmentioned, topic, named, outside: refs.outside, scope, exclude, unrecorded }, ctx);
  const english = inThesisEnglish(question, parsed);
  const note = found.abstained ? undefined : english ? `Reading the question as “${english}”.` : (pinyinNote(question) ?? undefinedTermNote(rest, term, ctx.retriever.passages, (t) => ctx.retriever.topicStems(t)));
  const noted = note ? { ...found, answer: `${note} ${found.answer}` } : found;
  // "What is the circle, in one sentence?": the first cited sentence alone; "in two sentences", two.
  const sentences = asksForOneSentence(rest) ? 1 : sentencesAsked(rest);
  const answer = withCountConfirmed(withCountLead(sentences ? firstSentencesOnly(noted, sentences) : noted, question), ownWords(question));
  // "Which chapter is that?" of a question before that named it: that chapter still leads.
  return withLead(answer, { question: ownWords(question), topic, named, which: which || (asksWhich && named.length > 0) }, ctx.retriever.passages);
}

/** A question in Chinese to a thesis in English, read in the English of the field's terms (han-terms.ts). */
const inThesisEnglish = (question: string, parsed: ParsedThesis) => (languageOf(parsed) === 'English' ? inFieldEnglish(question) : undefined);

/**
 * The question with typos mended and acronyms spelled out, so a mistyped section name
 * ("introducton") still names it and "the CPC" finds "the Communist Party of China".
 */
function mendedQuestion(question: string, ctx: AskContext): string {
  const vocabulary = ctx.retriever.vocabulary;
  // "(a) gathers power (b) spends money": the options the thesis never speaks of drop out.
  const knows = (w: string) => vocabulary.knows(w);
  // "Soooo what…" is "so what…".
  // "同心圆可以收缩吗?" to a thesis in English: read in the English of the field's terms.
  const read = inThesisEnglish(question, ctx.parsed) ?? question;
  const plain = withoutElongation(withoutTag(read), (w) => isStopword(w) || knows(w) || isEnglishWord(w));
  // "'tongxinyuan' (concentric circle)": a gloss in the thesis's words stands for the term.
  const glossed = withGlosses(ctx.retriever.acronyms.expand(withPlainIdioms(plain)), knows, isStopword);
  return withKnownChoices(vocabulary.correct(vocabulary.hyphenated(glossed)), knows, isStopword);
}

/**
 * A question with no topic of its own: who is quoted (in the sections named), or what the
 * sections named (or the thesis as a whole) are about, found or conclude.
 */
function answerWithoutTopic(question: string, rest: string, refs: SectionRefs, named: readonly Section[], ctx: AskContext): Answer {
  const { parsed } = ctx;
  const exclude = ctx.exclude ?? new Set<number>();
  // "Who is quoted in chapter 4?": the sentences there that report what someone said.
  if (asksWhoIsQuoted(rest)) {
    const scope = new Set(named.map((s) => s.id));
    const where = named.length > 0 ? named.map((s) => s.label).join(' and ') : undefined;
    return answerWhoIsQuoted(question, ctx.retriever.passages.filter((p) => scope.size === 0 || scope.has(p.section.id)), where);
  }
  const whole = named.length === 0 ? parsed.sections.filter((s) => s.id === 'overview') : named;
  // What a work found or concluded is at its end; what it is about, at its start.
  const fromEnd = refs.fromEnd || OUTCOME.test(rest);
  const about = answerAboutSections(question, whole, ctx.retriever, exclude, fromEnd, refs.oneSentence) ?? (exclude.size > 0 ? nothingMore : refusal)(question, [], parsed);
  // "Which chapter comes after Chapter 3?": named by the question itself, it is still the answer.
  const which = named.length === 1 && asksWhichSection(ownWords(question));
  return withLead(about, { question: ownWords(question), topic: [], named, which }, ctx.retriever.passages);
}
