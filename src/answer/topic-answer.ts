import { namesOfCounted } from './name-asked.ts';
import type { Hit } from '../retrieval/search.ts';
import { asksForOthers } from './exclusion.ts';
import type { Section, SectionId } from '../types.ts';
import { expectationOf } from './answer-type.ts';
import type { AskContext } from './ask.ts';
import { beyondNamed, farBetter } from './elsewhere.ts';
import { answerFromList } from './list-answer.ts';
import { othersUnlisted, settledByList } from './list-settled.ts';
import { unlisted } from './unlisted.ts';
import { VECTOR_WEIGHT, answerable, cited } from './evidence.ts';
import { missing, nothingMore, refusal } from './refusal.ts';
import { typedNow } from './own-topic.ts';
import { ownWords } from './follow-up-forms.ts';
import { asksIfInSection } from './in-section.ts';
import { rankerFor } from './ranking.ts';
import { offTopic, uncounted } from './off-topic.ts';
import { answerRecount, recounted } from './recount.ts';
import type { Answer } from './types.ts';

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
  /** True when `named` are every section but those the asker set aside ("outside chapter 4"). */
  outside?: boolean | undefined;
  /** Where to look first: the named sections, or the chapters for "which chapter…"; empty for everywhere. */
  scope: readonly SectionId[];
  exclude: ReadonlySet<number>;
  /** True for a name the catalogue record does not hold. */
  unrecorded: (name: string) => boolean;
}

/** The ways one question is searched, answered and refused, shared by the branches below. */
interface Answerers {
  readonly search: (sections?: readonly SectionId[]) => Promise<Hit[]>;
  readonly ranked: (found: readonly Hit[]) => readonly Hit[];
  readonly answer: (found: readonly Hit[]) => Answer;
  readonly listed: (found: readonly Hit[]) => Answer | undefined;
  readonly refuse: (found: readonly Hit[]) => Answer;
  readonly weight: number;
  readonly listing: string;
  readonly expected: ReturnType<typeof expectationOf>;
}

/** The search, ranking, answer and refusal for one question, and what they were read from. */
function answerersFor(q: TopicQuestion, ctx: AskContext): Answerers {
  const { question, rest, topic, exclude } = q;
  const { parsed } = ctx;
  const search = async (sections?: readonly SectionId[]) => (await ctx.retriever.search(rest, { mode: ctx.mode, sections, topic })).filter((h) => !exclude.has(h.passage.start));
  // "How many…", "in which year…": only sentences holding a figure or a time can answer.
  // "By whom (when was it launched…)" asks its own question, not the date carried with it.
  const own = ownWords(rest);
  // A bare "when?" asks the date of what it carries, which it reads only with the brackets.
  // "Is it static (what are the conditions…)" asks yes or no of its own, as a wh-question does.
  const asksOwn = own !== rest && /\b(?:what|who|whom|whose|when|where|why|how|which)\b|^\s*(?:(?:and|so|but)\s+)?(?:is|are|was|were|does|do|did)\b/iu.test(own) && !expectationOf(own) && !expectationOf(`${own} (…)`);
  const expected = asksOwn && !namesOfCounted(rest) ? undefined : expectationOf(rest);
  // A follow-up's own words ("what conditions do they need (…)") ask for no list asked before.
  const { listing, stems: typed } = typedNow(rest, ctx);
  const weight = ctx.retriever.unseenShare(topic) > 0 ? VECTOR_WEIGHT.someWordsUnknown : VECTOR_WEIGHT.allWordsKnown;
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
  return { search, ranked: rankerFor(q, ctx, expected, typed), answer, listed, refuse, weight, listing, expected };
}

/**
 * "And the rest?" after one item: the list found whole, the items given set aside after; "the
 * other three" of "the four dangers" the thesis only names are not there. Undefined otherwise.
 */
async function answerOthers(q: TopicQuestion, ctx: AskContext, { ranked, listed, listing }: Answerers): Promise<Answer | undefined> {
  if (q.exclude.size === 0 || !asksForOthers(q.rest)) return undefined;
  const whole = ranked(await ctx.retriever.search(q.rest, { mode: ctx.mode, sections: q.scope, topic: q.topic }));
  const others = listed(whole);
  if (others) return others;
  const unnamed = othersUnlisted(listing, whole, ctx.retriever.passages);
  return unnamed ? refusal(q.question, whole, ctx.parsed, unnamed) : undefined;
}

/** Answers a question with a topic from the passages that cover it, or refuses. */
export async function answerTopic(q: TopicQuestion, ctx: AskContext): Promise<Answer> {
  const { question, topic, named, scope, exclude } = q;
  const tools = answerersFor(q, ctx);
  const { search, ranked, answer, refuse, weight, listing, expected } = tools;
  // "Are there seven basic experiences?" of a thesis that gives four: no, four.
  const recount = q.unmentioned ? recounted(q.unmentioned, ctx.retriever.passages) : undefined;
  if (recount) return answerRecount(question, recount) ?? refusal(question, await search(), ctx.parsed, `It speaks of ${recount.claim}.`);
  const off = offTopic(q, ctx) ?? uncounted(q, ctx, expected);
  if (off) return refusal(question, await search(), ctx.parsed, off.reason);
  const others = await answerOthers(q, ctx, tools);
  if (others) return others;
  const found = await search(scope);
  // "The fifth basic experience" of four is not there; "how many reasons…" counts the items.
  // Whatever was said before, "the other three dangers" of a thesis that names one is not there.
  const settled = exclude.size === 0 ? settledByList(listing, found, ctx.retriever.passages, expected?.kind === 'count' ? expected.nouns : undefined) : othersUnlisted(listing, found, ctx.retriever.passages);
  if (settled) return typeof settled === 'string' ? refusal(question, found, ctx.parsed, settled) : settled;
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
  // "Is that in chapter 5?" asks whether chapter 5 says it, however much better another part
  // (where it was just quoted from) says it: chapter 5's own sentence, if it has one, answers.
  if (asksIfInSection(ownWords(question)) && answerable(hits, weight)) return answer(hits);
  return beyondNamed(q, hits, ranked(await search()), { answer, refuse: () => refuse(found), weight, seen: ctx.seen, lead: ctx.lead });
}
