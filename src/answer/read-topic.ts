import type { Retriever } from '../retrieval/search.ts';
import { contentStems, isStopword, stem } from '../retrieval/terms.ts';
import type { Vocabulary } from '../retrieval/vocabulary.ts';
import type { Section } from '../types.ts';
import { CARDINALS } from '../ingest/ordinals.ts';
import type { AskContext } from './ask.ts';
import { choiceWritten } from './asking-frames.ts';
import { termAskedAbout } from './definition.ts';
import { askedOrdinal, namedThing } from './enumeration.ts';
import { excludedPart } from './exclusion.ts';
import { THE_REST } from './follow-up-forms.ts';
import { COMPARING, GENERIC, SCHOLARLY, framingStems } from './frame-words.ts';
import { withoutFrames } from './frames.ts';
import { withoutUnknownAlternatives } from './alternatives.ts';
import { POLAR } from './recount.ts';
import { unmentionedIn } from './source.ts';

/** What a question's words say it is about, once section names are taken out. */
export interface ReadTopic {
  rest: string;
  term: string | undefined;
  topic: string[];
  unmentioned: string | undefined;
  unrecorded: (name: string) => boolean;
}

/**
 * The words of "the second experience" or "the second of the three reasons" that ask for a
 * place in a list (the ordinal, and the count), not for a phrase of the thesis.
 */
function placeInList(question: string, vocabulary: Vocabulary): string[] {
  const place = askedOrdinal(question);
  const thing = namedThing(question);
  if (!place || !thing || vocabulary.hasPhrase(`${place} ${thing.word}`)) return [];
  if (new RegExp(`\\bthe\\s+${place}\\s+${thing.word}\\b`, 'iu').test(question)) return [place];
  const of = new RegExp(`\\bthe\\s+${place}\\s+of\\s+(?:the\\s+|its\\s+|these\\s+|those\\s+)?(?:(\\d+|${CARDINALS.slice(2).join('|')})\\s+)?${thing.word}\\b`, 'iu').exec(question);
  return of ? [place, ...(of[1] ? [of[1]] : [])] : [];
}

/**
 * "Why was the topic chosen?", "the reasons for choosing this topic": the thesis's topic is
 * itself the thing asked about (its introduction gives "the reason and significance of the
 * topic"), not a word that frames the question.
 */
const TOPIC_ITSELF = /\b(?:why|reasons?|significance|importance|choos\p{L}*|chose|chosen|pick\p{L}*|select\p{L}*)\b[^?]*\b(?:the|this|its|their|his|her)\s+topic\b|\b(?:the|this)\s+topic\s+(?:was|is|were|got|had\s+been)\s+(?:chosen|picked|selected)\b/iu;

/**
 * "What was formed under the party's leadership?": a thing coming into being is the event asked
 * about, though "form" frames other questions ("what do the masses form?" asks what they are).
 */
const COME_INTO_BEING = /\b(?:was|were|is|are|(?:has|have|had)\s+been|being|got|get|gets)\s+(?:\p{L}+ly\s+)?formed\b/iu;

/**
 * "What's improved by dealing with the party and masses?": a framing word done as the means
 * ("by dealing with", "through using") is the act asked about, when the thesis has it.
 */
function acting(asking: ReadonlySet<string>, question: string, vocabulary: Vocabulary): ReadonlySet<string> {
  const means = [...question.matchAll(/\b(?:by|through|via)\s+(\p{L}+ing)\b/giu)].map((m) => m[1] ?? '').filter((w) => vocabulary.knows(w));
  if (means.length === 0) return asking;
  const done = new Set(means.map(stem));
  return new Set([...asking].filter((t) => !done.has(t)));
}

/** The topic of what is left of a question once section names are out, its frames set aside. */
export function readTopic(withoutSections: string, named: readonly Section[], ctx: Pick<AskContext, 'parsed' | 'retriever'>): ReadTopic {
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
  // "What does the thesis mean by the last mile?": the term is the topic, not the asking; a
  // scholar's word ("legitimacy") frames other questions but is the topic of "define legitimacy".
  const term = termAskedAbout(rest);
  const termed = new Set(term ? retriever.topicStems(term) : []);
  const scholarly = (t: string) => SCHOLARLY.has(t) && retriever.unseenShare([t]) > 0 && !termed.has(t);
  const asking = acting(framingStems(rest), rest, vocabulary);
  const frame = (t: string) => (GENERIC.has(t) && asking.has(t)) || author.has(t) || describing.has(t) || scholarly(t) || (named.length > 1 && COMPARING.has(t));
  const asked = term && retriever.topicStems(term).length > 0 ? term : rest;
  // "The second experience" asks for a place in a list of experiences: "second" is no topic
  // ("the last kilometer", a phrase of the thesis, keeps its "last").
  const places = new Set(placeInList(rest, vocabulary).map(stem));
  // "The rest", "the other three": what is left of a set, and how many, are no topic either.
  const framed = retriever.topicStems(withoutFrames(asked).replace(THE_REST, ' ')).filter((t) => !frame(t) && !places.has(t));
  const found = withFramingWordsWritten(withoutSetAside(framed, asked, retriever), asked, frame, retriever);
  const chosen = choiceWritten(asked, found, retriever.passages);
  const topic = [...found, ...(chosen ? [chosen] : []), ...(TOPIC_ITSELF.test(asked) ? [stem('topic')] : []), ...(COME_INTO_BEING.test(asked) ? [stem('formed')] : []), ...phrases];
  // "What do critics say…", "what are its failures", "the link between religion and…": about
  // something the thesis never mentions, it cannot tell.
  // Named as typed now: never run on into the question before, carried in brackets.
  const unmentioned = unmentionedIn(rest, retriever, { frame, author })?.split(/\s*[()]/u)[0]?.trim() || undefined;
  return { rest, term, topic, unmentioned, unrecorded };
}

/**
 * "Were results achieved?": in a claim to check, words that frame other questions are the
 * thesis's own when one of its sentences holds them with the whole topic ("actual results are
 * achieved"); then they are kept, lest "achieve" alone find "more difficult to achieve".
 */
function withFramingWordsWritten(topic: string[], question: string, frame: (t: string) => boolean, retriever: Retriever): string[] {
  if (topic.length === 0 || !POLAR.test(question)) return topic;
  const framing = retriever.topicStems(question).filter((t) => frame(t) && GENERIC.has(t) && !topic.includes(t));
  return framing.length > 0 && retriever.namesWhole([...topic, ...framing]) ? [...topic, ...framing] : topic;
}

/**
 * "Besides consultation, what paths…": what is set aside is no topic, unless it is all there is
 * or a sentence names it with the rest (a list it belongs to, which then answers).
 */
function withoutSetAside(topic: string[], question: string, retriever: Retriever): string[] {
  const aside = new Set(retriever.topicStems(excludedPart(question) ?? ''));
  const kept = topic.filter((t) => !aside.has(t));
  if (aside.size === 0 || kept.length === 0) return topic;
  return retriever.namesWhole(topic) ? topic : kept;
}
