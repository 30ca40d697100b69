import { contentStems } from '../retrieval/terms.ts';
import type { Section, Sentence } from '../types.ts';
import { citeSentence, withTags } from './cite.ts';
import type { Answer } from './types.ts';
import { sentenceHolding } from './quoted-span.ts';

/** How many sentences after a claim may be its argument: the key to governance takes four. */
const MAX_REASONS = 4;

/** A sentence that opens the next point ("Third, …", "Finally, …"): it argues the next claim, not this one. */
const NEXT_POINT = /^\s*(?:first|second|third|fourth|fifth|sixth|finally|lastly|next|in\s+addition|moreover|furthermore|besides)\b/iu;

/**
 * The sentences that argue the claim at `claim`: those after it in its section, up to the next
 * point of a list, while each shares a word with the claim. A thesis states a claim, then says
 * why ("the key … is the relationship between the party and the masses. … The party and the
 * masses are the most important two elements. … To deal with the relationship between them can
 * improve…"). Undefined when the claim closes its section or the next sentence moves on.
 */
export function reasonsAfter(claim: { start: number; end: number }, sections: readonly Section[]): { section: Section; sentences: Sentence[] } | undefined {
  const held = sentenceHolding(claim, sections);
  const said = held?.section.sentences[held.at];
  if (!held || !said) return undefined;
  const { section, at } = held;
  const stems = new Set(contentStems(said.text));
  const sentences: Sentence[] = [];
  for (const next of section.sentences.slice(at + 1, at + 1 + MAX_REASONS)) {
    if (next.heading || NEXT_POINT.test(next.text) || !contentStems(next.text).some((s) => stems.has(s))) break;
    sentences.push(next);
  }
  return sentences.length > 0 ? { section, sentences } : undefined;
}

/**
 * "Why?" asked of the claim that led the last answer: the sentences that argue it, cited, or
 * undefined when the text goes straight on to something else (then the question is searched).
 */
export function answerWhyOfClaim(question: string, claim: { start: number; end: number }, sections: readonly Section[]): Answer | undefined {
  const argued = reasonsAfter(claim, sections);
  if (!argued) return undefined;
  const citations = argued.sentences.map((s, i) => citeSentence(argued.section, s, 1 - i / (2 * MAX_REASONS)));
  return { question, answer: withTags(citations), abstained: false, citations, nearest: [] };
}
