import { THE_REST } from './follow-up-forms.ts';
import type { Hit } from '../retrieval/search.ts';
import type { AskContext } from './ask.ts';
import { askedOrdinal } from './enumeration.ts';
import { GENERIC } from './frame-words.ts';
import { withoutFrames } from './frames.ts';
import { ownWords } from './follow-up-forms.ts';
import { stem } from '../retrieval/terms.ts';
import { asksRankOfThem } from './ranked-one.ts';

/** What a follow-up pieced together with the question before asks in the words typed now. */
export interface TypedNow {
  /** The words that ask for a list, if any: "what conditions do they need" asks none, whatever came before. */
  readonly listing: string;
  /** The topic stems of the words typed now that the thesis uses, when the question leans on the one before. */
  readonly stems: readonly string[];
}

/**
 * Reads a question's own words apart from the question before it that was added in brackets:
 * "what conditions do they need (what are the two functions of the circle?)" asks about
 * conditions, not for the list of functions. "And the second?" has no topic of its own and
 * leans wholly on the question before.
 */
export function typedNow(rest: string, ctx: Pick<AskContext, 'leans' | 'retriever'>): TypedNow {
  const own = ownWords(rest);
  // "Which one is first?", "which chapter talks about it?": a place in a list and the asking are no topic.
  const place = askedOrdinal(own);
  const topical = (t: string) => !GENERIC.has(t) && (!place || t !== stem(place));
  // Nor is "the rest" of what was asked before.
  const stems = ctx.leans && own !== rest ? ctx.retriever.topicStems(withoutFrames(own).replace(THE_REST, ' ')).filter(topical) : [];
  if (stems.length === 0) return { listing: rest, stems: [] };
  // "Which one is more important (what does expansion do)": ranked among what was asked before.
  return { listing: asksRankOfThem(own) ? rest : own, stems: stems.filter((t) => ctx.retriever.unseenShare([t]) === 0) };
}

/** "Is it the same as…?", "how does it relate to…?": whether or how what was asked before stands to a new thing. */
const RELATING = /^\s*(?:(?:and|so|but)\s+)?(?:is|are|was|were|does|do|did)\s+(?:it|that|this|they|these|those)\b|\b(?:relates?|related|relation|relationship|connected|connection|linked|differs?|different|difference|same\s+as|similar)\b/iu;

/**
 * When the best passage was shown already, passages holding every word typed now and a word of
 * the question before (`topic` holds both) come first, in their order: "what conditions do they
 * need?" is not answered by the functions just quoted, but by what it says of their conditions.
 */
export function ownTopicFirst(hits: readonly Hit[], stems: readonly string[], topic: readonly string[], seen: ReadonlySet<number> | undefined, asked = ''): readonly Hit[] {
  const [top] = hits;
  if (stems.length === 0 || !top || !seen?.has(top.passage.start)) return hits;
  const before = topic.filter((t) => !stems.includes(t));
  // "Is it the same as the concentric circle (what is the mass line?)": the sentence shown
  // before that holds both whole relates them, and is the answer again.
  if (RELATING.test(asked) && [...stems, ...before].every((t) => top.passage.stems.has(t))) return hits;
  // Of the sentences not shown yet: "and what happens when it expands?" after the conditions is
  // answered by one holding the words typed now, when none holds a word of the question before too.
  const own = (h: Hit) => !seen.has(h.passage.start) && stems.every((t) => h.passage.stems.has(t));
  const both = (h: Hit) => own(h) && before.some((t) => h.passage.stems.has(t));
  // Failing those, one shown before that holds the words typed now ("is it static?" after a
  // summary that said so) answers better than the best, which does not; first one that holds a
  // word of the question before too ("who takes part in it?" of consultation just quoted), over
  // one not shown that holds only the words typed now ("participants" in another chapter).
  const shown = (h: Hit) => stems.every((t) => h.passage.stems.has(t));
  // A sentence not shown from the same section still comes first: the thread stays where it is
  // ("and what happens when it expands?" after the conditions of both).
  const shownBoth = (h: Hit) => shown(h) && before.some((t) => h.passage.stems.has(t)) && !hits.some((o) => own(o) && o.passage.section.id === h.passage.section.id);
  const holds = [both, shownBoth, own].find((tier) => hits.some(tier)) ?? shown;
  const first = hits.filter(holds);
  return first.length === 0 ? hits : [...first, ...hits.filter((h) => !holds(h))];
}
