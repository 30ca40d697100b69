import type { Retriever, SearchMode } from '../retrieval/search.ts';
import { type SectionRefs, findSectionRefs } from '../retrieval/section-ref.ts';
import { contentStems, isStopword, stem } from '../retrieval/terms.ts';
import type { Vocabulary } from '../retrieval/vocabulary.ts';
import type { ParsedThesis, Section } from '../types.ts';
import { termAskedAbout } from './definition.ts';
import { undefinedTermNote } from './undefined-term.ts';
import { askedOrdinal, namedThing } from './enumeration.ts';
import { excludedPart } from './exclusion.ts';
import { isChatter } from './chatter.ts';
import { THE_REST, ownWords } from './follow-up-forms.ts';
import { withGlosses, withKnownChoices, withoutTag, withoutUnknownAlternatives } from './question.ts';
import { COMPARING, GENERIC } from './frame-words.ts';
import { choiceWritten } from './asking-frames.ts';
import { withoutFrames } from './frames.ts';
import { acknowledgement, asksAboutBot, botHelp } from './help.ts';
import { answerMetadata } from './metadata.ts';
import { asksWhichSection, withLead } from './lead.ts';
import { answerOutline, sectionLengthRefusal } from './outline.ts';
import { asksForOpinion, asksForWriting, nothingMore, opinionRefusal, refusal, unknownSection, writingRefusal } from './refusal.ts';
import { answerAboutSections, answerTitles, asksForTitle } from './section-answer.ts';
import { nameSectionByTopic } from './section-topic.ts';
import { unmentionedIn } from './source.ts';
import { answerWhoIsQuoted, asksWhoIsQuoted } from './speaker.ts';
import { answerTermQuestion } from './term-count.ts';
import { answerTopic } from './topic-answer.ts';
import type { Answer } from './types.ts';

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
}

/** What a conversation tells the core about itself. */
export type AskOptions = Pick<AskContext, 'exclude' | 'seen' | 'leans'>;

/** What a question's words say it is about, once section names are taken out. */
interface ReadTopic {
  rest: string;
  term: string | undefined;
  topic: string[];
  unmentioned: string | undefined;
  unrecorded: (name: string) => boolean;
}

/**
 * Answers a cleaned question extractively from the thesis, citing every sentence; refuses
 * honestly, naming the nearest sections, when the evidence is weak.
 */
export async function answerQuestion(question: string, ctx: AskContext): Promise<Answer> {
  const { parsed } = ctx;
  // Typos are mended and acronyms spelled out first, so a mistyped section name
  // ("introducton") still names it and "the CPC" finds "the Communist Party of China".
  const vocabulary = ctx.retriever.vocabulary;
  // "(a) gathers power (b) spends money": the options the thesis never speaks of drop out.
  const knows = (w: string) => vocabulary.knows(w);
  // "'tongxinyuan' (concentric circle)": a gloss in the thesis's words stands for the term.
  const glossed = withGlosses(ctx.retriever.acronyms.expand(withoutTag(question)), knows, isStopword);
  const mended = withKnownChoices(vocabulary.correct(glossed), knows, isStopword);
  const refs = findSectionRefs(await nameSectionByTopic(mended, parsed.sections, ctx.retriever, ctx.mode), parsed.sections);
  const named = parsed.sections.filter((s) => refs.ids.includes(s.id));
  // "Who wrot this?" is read as mended; the answer keeps the question as typed.
  const settled = answerWithoutSearch(mended, refs, named, ctx);
  if (settled) return { ...settled, question };
  const { rest, term, topic, unmentioned, unrecorded } = readTopic(refs.rest, named, ctx);
  const exclude = ctx.exclude ?? new Set<number>();
  if (topic.length === 0 && unmentioned) return refusal(question, [], parsed, `It does not mention ${unmentioned}.`);
  // "Who is quoted in chapter 4?": the sentences there that report what someone said.
  if (topic.length === 0 && asksWhoIsQuoted(rest)) {
    const scope = new Set(named.map((s) => s.id));
    const where = named.length > 0 ? named.map((s) => s.label).join(' and ') : undefined;
    return answerWhoIsQuoted(question, ctx.retriever.passages.filter((p) => scope.size === 0 || scope.has(p.section.id)), where);
  }
  if (topic.length === 0) {
    const whole = named.length === 0 ? parsed.sections.filter((s) => s.id === 'overview') : named;
    // What a work found or concluded is at its end; what it is about, at its start.
    const fromEnd = refs.fromEnd || OUTCOME.test(rest);
    const about = answerAboutSections(question, whole, ctx.retriever, exclude, fromEnd, refs.oneSentence) ?? (exclude.size > 0 ? nothingMore : refusal)(question, [], parsed);
    // "Which chapter comes after Chapter 3?": named by the question itself, it is still the answer.
    const which = named.length === 1 && asksWhichSection(ownWords(question));
    return withLead(about, { question: ownWords(question), topic, named, which }, ctx.retriever.passages);
  }
  const chapters = parsed.sections.filter((s) => s.id !== 'overview').map((s) => s.id);
  const asksWhich = asksWhichSection(ownWords(question));
  const which = named.length === 0 && asksWhich && chapters.length > 0;
  const found = await answerTopic({ question, rest, term, unmentioned, topic, named, scope: which ? chapters : named.map((s) => s.id), exclude, unrecorded }, ctx);
  const note = found.abstained ? undefined : undefinedTermNote(rest, term, ctx.retriever.passages, (t) => ctx.retriever.topicStems(t));
  const answer = note ? { ...found, answer: `${note} ${found.answer}` } : found;
  // "Which chapter is that?" of a question before that named it: that chapter still leads.
  return withLead(answer, { question: ownWords(question), topic, named, which: which || (asksWhich && named.length > 0) }, ctx.retriever.passages);
}

/**
 * What is answered without searching the text: a section that does not exist, an opinion, the
 * bot itself, a count of a term, the outline or the catalogue record, a section's title.
 */
function answerWithoutSearch(question: string, refs: SectionRefs, named: readonly Section[], ctx: AskContext): Answer | undefined {
  const { parsed } = ctx;
  // "chapter 7" in a thesis of six: say so, whatever else the question names.
  if (refs.missing.length > 0) return unknownSection(question, refs.missing, parsed);
  if (asksForOpinion(question)) return opinionRefusal(question, parsed, refs.ids);
  if (asksForWriting(question)) return writingRefusal(question);
  if (refs.ids.length === 0 && asksAboutBot(question)) return botHelp(question, parsed);
  if (refs.ids.length === 0 && isChatter(question)) return acknowledgement(question);
  const counted = answerTermQuestion(question, refs.ids, parsed.sections, ctx.retriever.vocabulary);
  if (counted) return counted;
  const length = sectionLengthRefusal(question);
  if (length) return length;
  if (refs.ids.length === 0) return answerOutline(question, parsed) ?? answerMetadata(question, parsed, ctx.corpus);
  return named.length > 0 && asksForTitle(refs.rest) ? answerTitles(question, named) : undefined;
}

/** The ordinal of "the second experience" when it asks for a place in a list, not for a phrase of the thesis. */
function placeInList(question: string, vocabulary: Vocabulary): string | undefined {
  const place = askedOrdinal(question);
  const thing = namedThing(question);
  if (!place || !thing || !new RegExp(`\\bthe\\s+${place}\\s+${thing.word}\\b`, 'iu').test(question)) return undefined;
  return vocabulary.hasPhrase(`${place} ${thing.word}`) ? undefined : place;
}

/** The topic of what is left of a question once section names are out, its frames set aside. */
function readTopic(withoutSections: string, named: readonly Section[], ctx: AskContext): ReadTopic {
  const { parsed, retriever } = ctx;
  const vocabulary = retriever.vocabulary;
  const rest = withoutUnknownAlternatives(vocabulary.correct(withoutSections), (w) => vocabulary.knows(w), isStopword);
  // The author's name stands for the thesis ("What does Wang argue…"), not for a topic.
  const author = new Set(contentStems(parsed.metadata.author ?? ''));
  const record = JSON.stringify(parsed.metadata).toLowerCase();
  const unrecorded = (name: string) => !record.includes(name.toLowerCase());
  // A name the thesis never has as a phrase ("United States") is a topic word it never uses.
  const phrases = retriever.names.unknownPhrases(rest).filter(unrecorded).map((name) => name.toLowerCase());
  // "Production" in "the Xinjiang Production and Construction Corps" describes the thesis's corps.
  const describing = new Set(retriever.names.describingWords(rest).map(stem));
  const frame = (t: string) => GENERIC.has(t) || author.has(t) || describing.has(t) || (named.length > 1 && COMPARING.has(t));
  // "What does the thesis mean by the last mile?": the term is the topic, not the asking.
  const term = termAskedAbout(rest);
  const asked = term && retriever.topicStems(term).length > 0 ? term : rest;
  // "The second experience" asks for a place in a list of experiences: "second" is no topic
  // ("the last kilometer", a phrase of the thesis, keeps its "last").
  const place = placeInList(rest, vocabulary);
  // "The rest", "the other three": what is left of a set, and how many, are no topic either.
  const framed = retriever.topicStems(withoutFrames(asked).replace(THE_REST, ' ')).filter((t) => !frame(t) && (!place || t !== stem(place)));
  const found = withoutSetAside(framed, asked, retriever);
  const chosen = choiceWritten(asked, found, retriever.passages);
  const topic = [...found, ...(chosen ? [chosen] : []), ...phrases];
  // "What do critics say…", "what are its failures", "the link between religion and…": about
  // something the thesis never mentions, it cannot tell.
  const unmentioned = unmentionedIn(rest, retriever, { frame, author });
  return { rest, term, topic, unmentioned, unrecorded };
}

/**
 * "Besides consultation, what paths…": what is set aside is no topic, unless it is all there is
 * or a sentence names it with the rest (a list it belongs to, which then answers).
 */
function withoutSetAside(topic: string[], question: string, retriever: Retriever): string[] {
  const aside = new Set(retriever.topicStems(excludedPart(question) ?? ''));
  const kept = topic.filter((t) => !aside.has(t));
  if (aside.size === 0 || kept.length === 0) return topic;
  return retriever.passages.some((p) => topic.every((t) => p.stems.has(t))) ? topic : kept;
}
