import type { Hit } from '../retrieval/search.ts';
import { asksForOthers } from './exclusion.ts';
import { isStopword, stem } from '../retrieval/terms.ts';
import type { Vocabulary } from '../retrieval/vocabulary.ts';
import { GENERIC } from './frame-words.ts';
import type { Section, SectionId } from '../types.ts';
import { expectationOf } from './answer-type.ts';
import type { AskContext } from './ask.ts';
import { askedOrdinal } from './enumeration.ts';
import { beyondNamed, farBetter } from './elsewhere.ts';
import { answerFromList } from './list-answer.ts';
import { namesAsTyped } from '../retrieval/names.ts';
import { othersUnlisted, settledByList } from './list-settled.ts';
import { unlisted } from './unlisted.ts';
import { VECTOR_WEIGHT, answerable, cited } from './evidence.ts';
import { missing, nothingMore, refusal } from './refusal.ts';
import { quotedTerms } from './question.ts';
import { typedNow } from './own-topic.ts';
import { rankerFor } from './ranking.ts';
import type { Answer } from './types.ts';

/**
 * A question half of whose topic words never occur in the thesis is about something else
 * ("the capital of France", "the population of Urumqi"), however well its other half matches.
 */
export const MAX_UNSEEN_SHARE = 0.5;

/** A question with a topic, as read: its words without section names, and where to look. */
export interface TopicQuestion {
  question: string;
  rest: string;
  /** The term whose meaning is asked ("what is meant by X"), if that is the question. */
  term: string | undefined;
  /** The speaker, judgement or related thing a question hinges on, when the thesis never mentions it. */
  unmentioned: string | undefined;
  topic: readonly string[];
  named: readonly Section[];
  /** Where to look first: the named sections, or the chapters for "which chapter…"; empty for everywhere. */
  scope: readonly SectionId[];
  exclude: ReadonlySet<number>;
  /** True for a name the catalogue record does not hold. */
  unrecorded: (name: string) => boolean;
}

/** Shorthand typed in capitals that frames a question rather than names a thing. */
const CHAT = new Set(['ok', 'lol', 'tldr', 'eli5', 'faq', 'btw', 'imo', 'imho', 'asap', 'fyi', 'pls', 'plz', 'thx', 'omg', 'idk']);

/**
 * "NGOs", "GDP": acronyms the thesis never writes (those of names it writes out were spelled
 * out before), which name things it does not speak of. Chat shorthand ("TLDR", "OK") frames.
 */
function unknownAcronyms(rest: string, vocabulary: Vocabulary): string[] {
  const acronyms = [...rest.matchAll(/\b(\p{Lu}{2,6})s?\b/gu)].map((m) => m[1] ?? '');
  return acronyms.filter((a) => !isStopword(a) && !GENERIC.has(stem(a)) && !CHAT.has(a.toLowerCase()) && !vocabulary.knows(a));
}

/**
 * Whether the thesis cannot speak to the question whatever it finds, and why when that can be
 * said: a place, name or acronym it never mentions or half the topic's words unused (no reason
 * given), a speaker or judgement it does not mention, a term (asked about, or put in quotes)
 * it never uses. Undefined when it may speak to it.
 */
function offTopic(q: TopicQuestion, ctx: AskContext): { reason?: string } | undefined {
  const unknownNames = [...ctx.retriever.names.unknownNames(q.rest), ...unknownAcronyms(q.rest, ctx.retriever.vocabulary)].filter(q.unrecorded);
  // "The fifth path" asks for a place in a list: "fifth" need not occur for the list to be there
  // ("the last kilometer" is a phrase of the thesis, whose "last" does).
  const place = askedOrdinal(q.rest);
  const words = q.topic.filter((t) => !place || t !== stem(place) || ctx.retriever.vocabulary.knows(place));
  // What it does not mention ("the appendix") is the reason, whatever else it lacks.
  if (q.unmentioned) return { reason: `It does not mention ${q.unmentioned}.` };
  // "How does it compare Urumqi with Kashgar?": the name it never writes is why.
  if (unknownNames.length > 0) return { reason: `It does not mention ${namesAsTyped(unknownNames, q.rest).join(' or ')}.` };
  // "How does it define social capital?": a term the thesis never uses is one it does not define.
  // One hyphened word ("three-in-one") is looked for whole: its small words are its point.
  const spaced = (t: string) => t.toLowerCase().replace(/[-‐–\s]+/gu, ' ');
  const written = (t: string) => (/^[^\s-]+(?:-[^\s-]+)+$/u.test(t) ? spaced(ctx.corpus).includes(spaced(t)) : ctx.retriever.vocabulary.hasPhrase(t));
  // "The circle's center" is the center of a thing, said however the thesis says it: no term.
  const term = q.term && !/\p{L}['’]s?\s/u.test(q.term) ? q.term : undefined;
  // A quote that is the thesis's own phrase retold ("'visit, benefit, gather hearts'"): every
  // word of it in one sentence. "'Last hundred metres'" or "'three good work styles'" is not.
  const retold = (t: string) => {
    const stems = ctx.retriever.topicStems(t);
    return stems.length > 1 && ctx.retriever.passages.some((p) => stems.every((s) => p.stems.has(s)));
  };
  const unused = [term, ...quotedTerms(q.rest).filter((t) => !retold(t))].find((t) => t !== undefined && !written(t));
  if (unused) return { reason: `It does not use the term “${unused}”.` };
  return ctx.retriever.unseenShare(words) >= MAX_UNSEEN_SHARE ? {} : undefined;
}

/** Answers a question with a topic from the passages that cover it, or refuses. */
export async function answerTopic(q: TopicQuestion, ctx: AskContext): Promise<Answer> {
  const { question, rest, topic, named, scope, exclude } = q;
  const { parsed } = ctx;
  const search = async (sections?: readonly SectionId[]) => (await ctx.retriever.search(rest, { mode: ctx.mode, sections, topic })).filter((h) => !exclude.has(h.passage.start));
  const off = offTopic(q, ctx);
  if (off) return refusal(question, await search(), parsed, off.reason);
  const unseen = ctx.retriever.unseenShare(topic);
  // "How many…", "in which year…": only sentences holding a figure or a time can answer.
  const expected = expectationOf(rest);
  // A follow-up's own words ("what conditions do they need (…)") ask for no list asked before.
  const { listing, stems: typed } = typedNow(rest, ctx);
  const ranked = rankerFor(q, ctx, expected, typed);
  const weight = unseen > 0 ? VECTOR_WEIGHT.someWordsUnknown : VECTOR_WEIGHT.allWordsKnown;
  const refuse = (found: readonly Hit[]) => (exclude.size > 0 ? nothingMore(question, found, parsed) : refusal(question, found, parsed, answerable(found, weight) && expected ? missing(expected) : undefined));
  // "What are the reasons…": a list the thesis gives item by item is answered whole.
  // "What else…" gives what is left, not the whole list again.
  const listed = (found: readonly Hit[]) => answerFromList(listing, found, ctx.retriever.passages, ctx.leans ? ctx.seen : undefined, exclude.size > 0 ? exclude : undefined);
  // "What are the four dangers?" of a thesis that only names them: said before the sentence
  // that names them, alone, as any other beside it would pass for the list.
  const noted = (found: readonly Hit[]) => {
    const note = exclude.size > 0 ? undefined : unlisted(listing, found, ctx.retriever.passages);
    const a = cited(question, note ? found.slice(0, 1) : found, weight, ctx.retriever.passages, topic);
    return note ? { ...a, answer: `${note} ${a.answer}` } : a;
  };
  const answer = (found: readonly Hit[]) => listed(found) ?? noted(found);
  // "And the rest?" after one item: the list is found whole, the items given set aside after.
  if (exclude.size > 0 && asksForOthers(rest)) {
    const whole = ranked(await ctx.retriever.search(rest, { mode: ctx.mode, sections: scope, topic }));
    const others = listed(whole);
    if (others) return others;
    // "The other three" of "the four dangers" the thesis only names: not there.
    const unnamed = othersUnlisted(listing, whole, ctx.retriever.passages);
    if (unnamed) return refusal(question, whole, parsed, unnamed);
  }
  const found = await search(scope);
  // "The fifth basic experience" of four is not there; "how many reasons…" counts the items.
  // Whatever was said before, "the other three dangers" of a thesis that names one is not there.
  const settled = exclude.size === 0 ? settledByList(listing, found, ctx.retriever.passages, expected?.kind === 'count' ? expected.nouns : undefined) : othersUnlisted(listing, found, ctx.retriever.passages);
  if (settled) return typeof settled === 'string' ? refusal(question, found, parsed, settled) : settled;
  // More on a topic ("tell me more") is a sentence that speaks of it, not one beside such a sentence.
  const onTopic = (h: Hit) => exclude.size === 0 || ctx.retriever.coverage(topic, h.passage.stems) > 0;
  const hits = ranked(found).filter(onTopic);
  // "What else…" about a named section stays in it: when it has no more, that is the answer.
  if (named.length > 0 && exclude.size > 0) return answerable(hits, weight) ? answer(hits) : refuse(found);
  if (named.length === 0) {
    // "Which chapter…" that no chapter answers, or that the overview answers far better ("which
    // chapter says community is the basic unit of governance?"), is answered from the overview.
    const everywhere = scope.length > 0 ? ranked(await search()) : [];
    if (answerable(hits, weight) && !farBetter(everywhere, scope)) return answer(hits);
    return answerable(everywhere, weight) ? answer(everywhere) : refuse(found);
  }
  return beyondNamed(q, hits, ranked(await search()), { answer, refuse: () => refuse(found), weight, seen: ctx.seen });
}
