import { capitalized } from '../ingest/words.ts';
import type { Hit } from '../retrieval/search.ts';
import type { Section, SectionId } from '../types.ts';
import { inlineItems } from './enumeration.ts';
import { answerable } from './evidence.ts';
import { ONE_OF_THEM, asksIfInSection, sectionList } from './in-section.ts';
import type { Answer } from './types.ts';

/** How much better another section must cover a question before the named one is passed over. */
const ELSEWHERE_MARGIN = 0.4;

/** How nearly a sentence not yet quoted must cover the topic, against the best, to be news. */
const NEWS_SHARE = 0.9;

/** How many times the score of the best chapter sentence another part's must be to be preferred to it. */
const FAR_BETTER = 1.5;

/**
 * Whether the best hit of all is outside `scope` and covers more of the question than the best
 * inside it, scoring far above it (scores compared within one search, where they are alike). A
 * sentence listing what the chapters do ("…through community consultation; …through thousands
 * of clues; …the Party branch…") points to them rather than answering for them.
 */
export function farBetter(everywhere: readonly Hit[], scope: readonly SectionId[]): boolean {
  const [top] = everywhere;
  const inside = everywhere.find((h) => scope.includes(h.passage.section.id));
  if (!top || !inside || top === inside || inlineItems(top.passage.text).length > 0) return false;
  return top.coverage > inside.coverage && top.score >= FAR_BETTER * inside.score;
}

/** How a topic question is answered or refused, once its search is done. */
export interface Answering {
  answer: (hits: readonly Hit[]) => Answer;
  refuse: () => Answer;
  weight: number;
  seen: ReadonlySet<number> | undefined;
  /** Where the last answer's first quote stands, in a conversation. */
  lead?: { readonly start: number } | undefined;
}

/**
 * A question about named sections: answered from them unless another part covers the topic
 * much better, when both are said; in a conversation, what was quoted already is no news.
 */
export function beyondNamed({ question, named, outside }: { question: string; named: readonly Section[]; outside?: boolean | undefined }, hits: readonly Hit[], elsewhere: readonly Hit[], { answer, refuse, weight, seen, lead }: Answering): Answer {
  const here = hits[0]?.coverage ?? 0;
  const there = elsewhere[0]?.coverage ?? 0;
  if (answerable(hits, weight) && there < here + ELSEWHERE_MARGIN) {
    const usual = answer(hits);
    // "Does chapter 4 or chapter 5 deal with it?" asks which: the one that says it best leads.
    return (ONE_OF_THEM.test(question) ? undefined : eachNamed(named, hits, usual, answer, weight)) ?? usual;
  }
  if (!answerable(elsewhere, weight)) return refuse();
  // "Outside chapter 4" names every other section: the one set aside is what to name.
  const aside = outside ? [...new Set(elsewhere.map((h) => h.passage.section))].filter((s) => !named.includes(s)) : [];
  if (aside.length > 0) return onlyAside(aside, elsewhere, answer);
  const names = `${capitalized(sectionList(named))} ${named.length > 1 ? 'do' : 'does'} not say`;
  // Nor is a sentence that covers the topic clearly worse than the quoted one did (its neighbour, say).
  // "Is that in chapter 1?" of a quote just given asks where it is: the quote itself says so.
  const inSection = asksIfInSection(question);
  const quoted = inSection && lead ? elsewhere.find((h) => h.passage.start === lead.start) : undefined;
  const fresh = quoted ? [quoted] : inSection ? elsewhere : elsewhere.filter((h) => !seen?.has(h.passage.start));
  if (!quoted && (!answerable(fresh, weight) || (fresh[0]?.coverage ?? 0) < Math.max(here + ELSEWHERE_MARGIN, NEWS_SHARE * there))) {
    // Outside a conversation nothing was quoted before: it is a plain refusal.
    if (!seen || seen.size === 0) return refuse();
    // "What about chapter 6?" may have meant the chapter itself: say how to ask for that.
    const [only] = named;
    const pointer = only && named.length === 1 ? ` For what ${only.label} does cover, ask “summarize ${only.label.toLowerCase()}”.` : '';
    return { question, answer: `${names}, and elsewhere the thesis says no more on this than the passages already quoted.${pointer}`, abstained: true, citations: [], nearest: [] };
  }
  const fromElsewhere = answer(fresh);
  return { ...fromElsewhere, answer: `${names}; elsewhere the thesis does. ${fromElsewhere.answer}` };
}

/** How an answer opens that says only the section set aside speaks of the topic: where it is, news though its quote is not. */
export const ONLY_ASIDE = /^Only .+? speaks? of this; no other part of the thesis does\./u;

/**
 * "Is that mentioned outside chapter 4?" when no other section speaks of it: only the one set
 * aside does, which is said, with what it says there.
 */
function onlyAside(aside: readonly Section[], elsewhere: readonly Hit[], answer: Answering['answer']): Answer {
  const only = `Only ${sectionList(aside)} ${aside.length > 1 ? 'speak' : 'speaks'} of this; no other part of the thesis does.`;
  // What it says there is quoted again, though the conversation has had it: it is the answer's proof.
  const said = answer(elsewhere.filter((h) => aside.includes(h.passage.section)));
  return { ...said, answer: `${only} ${said.answer}` };
}

/**
 * "Compare the overview's and chapter 6's account of expansion": when two or more sections are
 * named and the best sentences all come from one, each named section that speaks to the topic
 * answers for itself, in the thesis's order, so neither side of the comparison is left out.
 * Undefined when the `usual` answer already quotes every named section that has something to say.
 */
function eachNamed(named: readonly Section[], hits: readonly Hit[], usual: Answer, answer: (hits: readonly Hit[]) => Answer, weight: number): Answer | undefined {
  if (named.length < 2) return undefined;
  const speaking = named.map((s) => hits.filter((h) => h.passage.section.id === s.id)).filter((own) => answerable(own, weight));
  const quoted = new Set<string>(usual.citations.map((c) => c.section));
  if (speaking.length < 2 || speaking.every((own) => quoted.has(own[0]?.passage.section.id ?? ''))) return undefined;
  const parts = speaking.map((own) => answer(own));
  return { ...usual, answer: parts.map((p) => p.answer).join(' '), citations: parts.flatMap((p) => p.citations) };
}
