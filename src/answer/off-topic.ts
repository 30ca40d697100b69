import { isStopword, stem, tokenize } from '../retrieval/terms.ts';
import type { Vocabulary } from '../retrieval/vocabulary.ts';
import { namesAsTyped } from '../retrieval/names.ts';
import { isEnglishWord } from '../retrieval/english.ts';
import { capitalized } from '../ingest/words.ts';
import { GENERIC } from './frame-words.ts';
import type { AskContext } from './ask.ts';
import { askedOrdinal } from './enumeration.ts';
import { quotedTerms } from './question.ts';
import { missing } from './refusal.ts';
import { kindWords } from './pattern-kinds.ts';
import type { Expectation } from './answer-type.ts';
import type { TopicQuestion } from './topic-answer.ts';

/**
 * A question half of whose topic words never occur in the thesis is about something else
 * ("the capital of France", "the population of Urumqi"), however well its other half matches.
 */
export const MAX_UNSEEN_SHARE = 0.5;


/** The share of a quote's words one sentence must hold for the quote to be the thesis's phrase retold. */
const RETOLD_SHARE = 0.75;

/** How many words, for each word of a quote, the thesis's phrase it retells may run to. */
const RETOLD_SPAN = 3;

/**
 * Whether `enough` of the stems stand close together in a sentence, as a phrase retold does
 * ("visiting the people, benefiting the people and gathering the people's hearts"), not
 * strewn over a long one ("the party… the masses… contradictions" is no "party masses conflict").
 */
function heldClose(text: string, stems: readonly string[], enough: number): boolean {
  const at = tokenize(text).map((t) => t.stem);
  const span = RETOLD_SPAN * stems.length;
  return at.some((_, i) => new Set(at.slice(i, i + span).filter((s) => stems.includes(s))).size >= enough);
}

/** Shorthand typed in capitals that frames a question rather than names a thing. */
const CHAT = new Set(['ok', 'lol', 'tldr', 'eli5', 'faq', 'btw', 'imo', 'imho', 'asap', 'fyi', 'pls', 'plz', 'thx', 'omg', 'idk']);

/**
 * "NGOs", "GDP": acronyms the thesis never writes (those of names it writes out were spelled
 * out before), which name things it does not speak of. Chat shorthand ("TLDR", "OK") frames.
 */
function unknownAcronyms(rest: string, vocabulary: Vocabulary): string[] {
  // Named as typed ("NGOs"), judged without the plural's "s".
  const acronyms = [...rest.matchAll(/\b(\p{Lu}{2,6})s?\b/gu)].map((m) => ({ typed: m[0], a: m[1] ?? '' }));
  return acronyms.filter(({ a }) => !isStopword(a) && !GENERIC.has(stem(a)) && !CHAT.has(a.toLowerCase()) && !vocabulary.knows(a)).map(({ typed }) => typed);
}

/** Endings English makes words with: a word so made is a word, however rare ("historicize", "diachronic", "affective"). */
const ENGLISH_ENDING = /(?:i[sz](?:e|es|ed|ing|ation|ations)|ness|ation|ations|ity|ities|ic|ical|ally|ment|ments|ism|ist|ists|ive|ively)$/u;

/**
 * "tibet autonomous region", "guangxi autonomous region": a name typed in small letters, known
 * neither to the thesis nor to an English dictionary (typos of the thesis's words were mended
 * before), names a thing the thesis does not speak of, however well the words around it match.
 */
function unknownLowerNames(rest: string, vocabulary: Vocabulary): string[] {
  // Only a word naming which of a thing the thesis knows ("tibet autonomous region"): a word
  // elsewhere is as likely a typo ("throught") or a scholar's coinage ("securitisation").
  const words = [...rest.matchAll(/(?<![\p{L}'’-])(\p{Ll}{4,})\s+(\p{L}+)/gu)].filter((m) => vocabulary.knows(m[2] ?? '') && !isStopword(m[2] ?? '')).map((m) => m[1] ?? '');
  const english = (w: string) => isEnglishWord(w) || isEnglishWord(capitalized(w)) || ENGLISH_ENDING.test(w);
  const unknown = words.filter((w) => !isStopword(w) && !GENERIC.has(stem(w)) && !CHAT.has(w) && !vocabulary.knows(w) && !english(w));
  // Said back as the name it is: "It does not mention Tibet".
  return unknown.map(capitalized);
}

/**
 * Whether the thesis cannot speak to the question whatever it finds, and why when that can be
 * said: a place, name or acronym it never mentions or half the topic's words unused (no reason
 * given), a speaker or judgement it does not mention, a term (asked about, or put in quotes)
 * it never uses. Undefined when it may speak to it.
 */
export function offTopic(q: TopicQuestion, ctx: AskContext): { reason?: string } | undefined {
  // A name of words each near one the thesis uses ("United Nations") counts when no word of the
  // question is a name on its own ("Hong Kong" is found word by word).
  const named = ctx.retriever.names.unknownNames(q.rest);
  const unknownNames = [...(named.length > 0 ? named : ctx.retriever.names.unwrittenNames(q.rest)), ...unknownAcronyms(q.rest, ctx.retriever.vocabulary), ...unknownLowerNames(q.rest, ctx.retriever.vocabulary)].filter(q.unrecorded);
  // "The fifth path" asks for a place in a list: "fifth" need not occur for the list to be there
  // ("the last kilometer" is a phrase of the thesis, whose "last" does).
  const place = askedOrdinal(q.rest);
  const words = q.topic.filter((t) => !place || t !== stem(place) || ctx.retriever.vocabulary.knows(place));
  // "How does it compare Urumqi with Kashgar?": the name it never writes is why, before any
  // other thing it does not mention ("protests in Hong Kong"); failing a name, that thing
  // ("the appendix") is the reason, whatever else it lacks.
  if (unknownNames.length > 0) return { reason: `It does not mention ${namesAsTyped(unknownNames, q.rest).join(' or ')}.` };
  if (q.unmentioned) return { reason: `It does not mention ${q.unmentioned}.` };
  // "How does it define social capital?": a term the thesis never uses is one it does not define.
  // One hyphened word ("three-in-one") is looked for whole: its small words are its point.
  const spaced = (t: string) => t.toLowerCase().replace(/[-‐–\s]+/gu, ' ');
  // "The concentric circle model" is the thesis's circle; "the Xinjiang model", named after a place, is a term of its own.
  const phrase = (t: string) => ctx.retriever.vocabulary.hasPhrase(t) || (!NAMED_MODEL.test(t) && ctx.retriever.vocabulary.hasPhrase(t.replace(KIND_OF_IDEA, '')));
  const written = (t: string) => (/^[^\s-]+(?:-[^\s-]+)+$/u.test(t) ? spaced(ctx.corpus).includes(spaced(t)) : phrase(t));
  // "The circle's center" is the center of a thing, said however the thesis says it: no term.
  const term = q.term && !/\p{L}['’]s?\s/u.test(q.term) ? q.term : undefined;
  // A quote that is the thesis's own phrase retold ("'visit, benefit, gather hearts'"), maybe
  // misremembered ("'…win their hearts'"): three in four of its words in one sentence.
  // "'Last hundred metres'" or "'three good work styles'" is not.
  const retold = (t: string) => {
    const stems = [...new Set(ctx.retriever.topicStems(t))];
    const enough = Math.ceil(RETOLD_SHARE * stems.length);
    return stems.length > 1 && ctx.retriever.passages.some((p) => stems.filter((s) => p.stems.has(s)).length >= enough && heldClose(p.text, stems, enough));
  };
  const unused = [term, ...quotedTerms(q.rest)].find((t) => t !== undefined && !written(t) && !retold(t));
  if (unused) return { reason: `It does not use the term “${unused}”.` };
  return ctx.retriever.unseenShare(words) >= MAX_UNSEEN_SHARE ? {} : undefined;
}

/** "The concentric circle model": a term the thesis writes, named with a word for what kind of idea it is. */
const KIND_OF_IDEA = /\s+(?:model|theory|framework|concept|idea|notion|approach|paradigm)s?$/iu;
/** "The Xinjiang model", "Urumqi experience": one name and the kind of idea, which names a term. */
const NAMED_MODEL = /^(?:the\s+)?\p{Lu}[\p{L}-]*\s+(?:model|theory|framework|concept|idea|notion|approach|paradigm)s?$/u;

/** Expectations of a measure (how long, when, how often, how much) rather than a count or a name. */
const MEASURES: ReadonlySet<Expectation['kind']> = new Set(['duration', 'date', 'frequency', 'pace', 'money', 'amount']);

/** What was done to the things counted: "were expelled", "are being trained". */
const DONE_TO = /\b(?:were|was|are|is|been|being)\s+(?:\p{L}+ly\s+)?(\p{L}+(?:ed|en|wn|t))\b/giu;

/**
 * "How many party members were expelled?": a count of things something was done to that the
 * thesis never speaks of (no one is expelled in it) is a figure it does not give, though it
 * counts other things with those words ("millions of Party members" who entered the
 * communities). How the author counts ("split into how many stages?") is no such doing.
 */
export function uncounted(q: TopicQuestion, ctx: AskContext, expected: Expectation | undefined): { reason: string } | undefined {
  // "How long does a consultation meeting last?": a span, date or sum of a thing the thesis never
  // names is one it does not give, whatever span ("20 years") it gives of something else.
  // "How fast…": the asking word is no thing named.
  const asking = new Set(kindWords(q.rest));
  if (expected && MEASURES.has(expected.kind) && q.topic.some((t) => !asking.has(t) && ctx.retriever.unseenShare([t]) > 0)) return { reason: missing(expected) };
  if (expected?.kind !== 'count') return undefined;
  const done = [...q.rest.matchAll(DONE_TO)].map((m) => stem(m[1] ?? ''));
  return done.some((t) => q.topic.includes(t) && ctx.retriever.unseenShare([t]) > 0) ? { reason: missing(expected) } : undefined;
}

