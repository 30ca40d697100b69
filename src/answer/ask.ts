import type { Retriever, SearchMode } from '../retrieval/search.ts';
import { findSectionRefs } from '../retrieval/section-ref.ts';
import { contentStems, stem } from '../retrieval/terms.ts';
import type { ParsedThesis } from '../types.ts';
import { termAskedAbout } from './definition.ts';
import { ownWords } from './follow-up.ts';
import { answerMetadata } from './metadata.ts';
import { asksWhichSection, withLead } from './lead.ts';
import { answerOutline } from './outline.ts';
import { asksForOpinion, nothingMore, opinionRefusal, refusal, unknownSection } from './refusal.ts';
import { answerAboutSections } from './section-answer.ts';
import { nameSectionByTopic } from './section-topic.ts';
import { askedJudgement, askedSource } from './source.ts';
import { answerTopic } from './topic-answer.ts';
import type { Answer } from './types.ts';

/**
 * Words that ask what a section or the whole work is about without naming a topic ("What does
 * chapter 3 discuss?", "What is the main argument?", "What are the findings?", "Does it use
 * the word…").
 */
const GENERIC = new Set(
  'about say argue argument word words term terms phrase use claim central statement question research findings results contribution contributions show want cover main idea point focus topic content contents summary summarize summarise introduce talk deal present describe explain examine study propose conclude conclusion conclusions contain theme themes role play overview tldr tl dr recap synopsis nutshell brief briefly think believe opinion purpose aim goal gist happen happens go goes general case quote quoted cite cited refer remind recall elaborate walk know wonder curious confused understand learn sentence short simple simply plain layman justify justification rationale subject'
    .split(' ')
    .map(stem),
);

/**
 * "Key" frames a question when it qualifies what is asked for ("the key findings"), not when it
 * is the topic ("the key to community governance").
 */
const KEY_FRAME = /\bkey\s+(?=(?:findings?|points?|themes?|ideas?|arguments?|takeaways?|messages?|contributions?|conclusions?|results?|claims?|concepts?|terms?)\b)/giu;

/** "What kind of model…" asks about the model; the kind is what the answer gives. */
const KIND_FRAME = /\b(?:kinds?|sorts?|types?)\s+of\b/giu;

/**
 * The same frame in Chinese. Han text is searched by characters and pairs, so these are taken
 * out of the question as strings, before it is split ("总结" would leave "总" and "结").
 */
const HAN_GENERIC = /讲|说|谈|讨论|介绍|阐述|论述|内容|主要|关于|总结|概括|概述|观点|认为|研究/gu;

/**
 * Comparing or linking named sections asks for what each says ("What links chapters 3 and
 * 6?"); comparing with anything else is a topic.
 */
const COMPARING = new Set(
  'compare comparison contrast versus vs differ difference differences link links linked connect connects connected connection relate related relation relationship common share similar similarity alike'
    .split(' ')
    .map(stem),
);

/** "The whole thesis", "the entire paper": the work itself, asked about as a whole. */
const WHOLE_FRAME = /\b(?:whole|entire|overall)\s+(?=(?:thesis|dissertation|paper|work|study|book|text|abstract|research)\b)|\bas\s+a\s+whole\b/giu;

/**
 * "Everything" is a topic when the party "leads everything", a frame in "tell me everything
 * about chapter 3" or "summarise everything".
 */
const EVERYTHING_FRAME =
  /\b(?:tell\s+me|explain|summari[sz]e|show\s+me|list|give\s+me)\s+everything\b|\beverything\s+(?=(?:about|on|regarding|concerning|you|i|we|there|that\s+(?:is|was|you|the|it|this))\b)/giu;

/** "True or false: …", "Is it true that …": the claim is the question, the frame is not. */
const TRUTH_FRAME = /\b(?:true\s+or\s+false|is\s+it\s+(?:true|correct|right|accurate)(?:\s+that|\s+to\s+say)?|fact[-\s]?check)\b/giu;

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
}

/** What a conversation tells the core about itself. */
export type AskOptions = Pick<AskContext, 'exclude' | 'seen'>;

/**
 * Answers a cleaned question extractively from the thesis, citing every sentence; refuses
 * honestly, naming the nearest sections, when the evidence is weak.
 */
export async function answerQuestion(question: string, ctx: AskContext): Promise<Answer> {
  const { parsed } = ctx;
  const refs = findSectionRefs(await nameSectionByTopic(question, parsed.sections, ctx.retriever, ctx.mode), parsed.sections);
  // "chapter 7" in a thesis of six: say so, whatever else the question names.
  if (refs.missing.length > 0) return unknownSection(question, refs.missing, parsed);
  if (asksForOpinion(question)) return opinionRefusal(question, parsed, refs.ids);
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
  const frame = (t: string) => GENERIC.has(t) || author.has(t) || (named.length > 1 && COMPARING.has(t));
  // "What does the thesis mean by the last mile?": the term is the topic, not the asking.
  const term = termAskedAbout(rest);
  const asked = term && ctx.retriever.topicStems(term).length > 0 ? term : rest;
  const topic = [...ctx.retriever.topicStems(asked.replace(HAN_GENERIC, ' ').replace(KEY_FRAME, ' ').replace(KIND_FRAME, ' ').replace(TRUTH_FRAME, ' ').replace(EVERYTHING_FRAME, ' ').replace(WHOLE_FRAME, ' ')).filter((t) => !frame(t)), ...phrases];
  const exclude = ctx.exclude ?? new Set<number>();
  if (topic.length === 0) {
    const whole = named.length === 0 ? parsed.sections.filter((s) => s.id === 'overview') : named;
    // What a work found or concluded is at its end; what it is about, at its start.
    const fromEnd = refs.fromEnd || OUTCOME.test(rest);
    return answerAboutSections(question, whole, ctx.retriever, exclude, fromEnd) ?? (exclude.size > 0 ? nothingMore : refusal)(question, [], parsed);
  }
  const chapters = parsed.sections.filter((s) => s.id !== 'overview').map((s) => s.id);
  const which = named.length === 0 && asksWhichSection(ownWords(question)) && chapters.length > 0;
  // "What do critics / young people say…", people the thesis never mentions, or "what are its
  // failures" when it never speaks of failures: it cannot tell.
  // Numbers are written many ways ("19th", "19 th"), so they do not decide.
  const source = askedSource(rest);
  const who = source ? ctx.retriever.topicStems(source).filter((t) => !frame(t) && !/\d/u.test(t)) : [];
  const judgement = askedJudgement(rest);
  const unmentioned =
    source && ctx.retriever.unseenShare(who) > 0 ? source : judgement && ctx.retriever.unseenShare(ctx.retriever.topicStems(judgement)) > 0 ? judgement.toLowerCase() : undefined;
  const answer = await answerTopic({ question, rest, term, unmentioned, topic, named, scope: which ? chapters : named.map((s) => s.id), exclude, unrecorded }, ctx);
  return withLead(answer, { question: ownWords(question), topic, named, which }, ctx.retriever.passages);
}
