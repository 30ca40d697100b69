import { findSectionRefs } from '../retrieval/section-ref.ts';
import { contentStems } from '../retrieval/terms.ts';
import type { Section } from '../types.ts';
import { asksForSummary } from './section-answer.ts';

/** Words that point back to the previous question's topic. */
const ANAPHORA = /\b(?:that|this|it|those|these|they|them|there|else|more|same|also)\b/iu;
const SHORT = 4;
const MORE = /\b(?:else|more|other|another|further)\b/iu;

/** True when a follow-up asks for more than was already said ("what else…", "tell me more"). */
export function asksForMore(text: string): boolean {
  return MORE.test(text);
}

/**
 * Turns a short follow-up in a conversation into a question that stands alone, using the
 * previous question: "and in chapter 5?" after "What does chapter 4 say about national unity?"
 * becomes a question about national unity in chapter 5. Questions with a topic of their own,
 * and requests for a summary, are left as they are.
 */
export function resolveFollowUp(previous: string | undefined, current: string, sections: readonly Section[]): string {
  if (!previous || asksForSummary(current)) return current;
  const now = findSectionRefs(current, sections);
  const topic = contentStems(now.rest);
  const refersBack = ANAPHORA.test(now.rest) || /^\s*(?:and|what about|how about|but)\b/iu.test(current);
  if (topic.length > SHORT || (topic.length > 0 && !refersBack && now.ids.length === 0)) return current;
  // A new section keeps the old topic but not the old section; otherwise both carry over.
  if (now.ids.length > 0 || now.missing.length > 0) {
    const oldTopic = findSectionRefs(previous, sections).rest.replace(/\s+/g, ' ').trim();
    return `${current.trim()} ${oldTopic}`;
  }
  return `${current.trim()} (${previous.trim()})`;
}
