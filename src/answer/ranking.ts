import type { Hit, Retriever } from '../retrieval/search.ts';
import { type Expectation, agentVerb, satisfies } from './answer-type.ts';
import type { AskContext } from './ask.ts';
import { comparisonFirst } from './comparison.ts';
import { contrastFirst } from './contrast.ts';
import { definitionFirst } from './definition.ts';
import { effectFirst } from './effect.ts';
import { ownTopicFirst } from './own-topic.ts';
import { ownWords } from './follow-up-forms.ts';
import { firstMentionFirst, sequenceFirst } from './sequence.ts';
import { speakerFirst } from './speaker.ts';
import { chapterFirst, overviewFirst } from './thesis-wide.ts';
import { namedFirst } from './which-one.ts';
import { quotedFirst } from './quoted-phrase.ts';
import type { TopicQuestion } from './topic-answer.ts';

/**
 * The order in which a topic question's hits are read. Only those holding the kind of answer
 * expected count ("how many…" wants a figure); a follow-up's own words choose first when the
 * best was shown already ("what conditions do they need (…)"); then a chapter's own sentence
 * over the overview's retelling of several chapters, the overview on a thesis-wide topic (unless
 * a term's meaning is asked), a definition, what something brings
 * about, an order of things, a comparison, a contrast, a speaker for "who said…", or a name
 * for "which city…" opens the answer when it scores near the best, a later one in this list
 * winning; a sentence that writes a phrase put in quotes opens it before those; the earliest sentence holding the topic opens it for "where is X first mentioned?".
 */
export function rankerFor(q: TopicQuestion, ctx: AskContext, expected: Expectation | undefined, typed: readonly string[]): (found: readonly Hit[]) => readonly Hit[] {
  const { rest, topic } = q;
  const openers = [
    (h: readonly Hit[]) => (q.term ? h : overviewFirst(chapterFirst(h), topic, ctx.retriever.passages)),
    (h: readonly Hit[]) => definitionFirst(rest, h),
    (h: readonly Hit[]) => effectFirst(rest, h, topic),
    (h: readonly Hit[]) => sequenceFirst(rest, h),
    (h: readonly Hit[]) => comparisonFirst(rest, h),
    (h: readonly Hit[]) => contrastFirst(rest, h, (t) => ctx.retriever.topicStems(t)),
    (h: readonly Hit[]) => speakerFirst(rest, h),
    (h: readonly Hit[]) => namedFirst(rest, h),
    // Only what the asker typed: a follow-up pieced together carries the thesis's own quotes.
    (h: readonly Hit[]) => (ctx.leans ? h : quotedFirst(ownWords(q.question), h)),
    (h: readonly Hit[]) => firstMentionFirst(q.question, h, topic, ctx.retriever.passages),
  ];
  const usable = (found: readonly Hit[]) => (expected ? ofExpectedKind(found, expected, q, ctx.retriever) : found);
  return (found) => openers.reduce((hits, first) => first(hits), ownTopicFirst(usable(found), typed, topic, ctx.seen, ownWords(rest)));
}

/**
 * The hits holding the kind of answer expected. "Who leads the corps?": when those that could
 * name someone all lack the topic's rarest word, none, for the thesis does not say who; the
 * others answer another question. Only a "who…?" question: of "how long…" or "how did they
 * choose the people who…", the rarest word is too often the asking's own.
 */
function ofExpectedKind(found: readonly Hit[], expected: Expectation, q: TopicQuestion, retriever: Pick<Retriever, 'idfOf' | 'topicStems'>): readonly Hit[] {
  const kept = found.filter((h) => satisfies(expected, h.passage.text));
  if (expected.kind !== 'agent' || !/^\s*(?:(?:and|so|but)\s+)?who\b/iu.test(q.rest)) return kept;
  // "Who started it?": the doing asked ("started", the thesis's "beginning") is no topic word.
  const doing = new Set(retriever.topicStems(agentVerb(q.rest) ?? ''));
  const rarest = [...q.topic].filter((t) => !doing.has(t)).sort((a, b) => retriever.idfOf(b) - retriever.idfOf(a))[0];
  const holdsRarest = (hits: readonly Hit[]) => rarest !== undefined && hits.some((h) => h.passage.stems.has(rarest));
  return holdsRarest(found) && !holdsRarest(kept) ? [] : kept;
}
