import type { Passage } from '../retrieval/search.ts';

/**
 * A sentence that opens by pointing back ("It takes…", "These measures…", "This feature…") or
 * speaks of "the above", which means nothing alone. A sentence about the work itself ("This
 * paper…") stands alone. The Chinese forms are the same pointers (这, 此, 上述…).
 */
const POINTS_BACK =
  /^(?:it|its|they|their|these|those|such|this)\b(?!\s+(?:paper|thesis|dissertation|study|chapter|article|research|work|book)\b)|\b(?:the above|above-mentioned|aforementioned|the former|the latter)\b|^(?:这|此|其|上述|以上|该)/iu;

/** A sentence that announces what comes next ("The measures are as follows:"). */
const POINTS_FORWARD = /(?:as follows|the following)\s*[:：]?\s*$|[:：]\s*$/iu;

/**
 * A sentence with the neighbour it needs to be understood, in reading order: the one before
 * when it points back, the one after when it announces it, never across a section's edge.
 * `passages` are all of the thesis's, indexed as the retriever indexes them.
 */
export function inContext(passage: Passage, passages: readonly Passage[]): Passage[] {
  const near = (offset: number) => {
    const p = passages[passage.index + offset];
    return p && p.section.id === passage.section.id ? [p] : [];
  };
  return [...(POINTS_BACK.test(passage.text) ? near(-1) : []), passage, ...(POINTS_FORWARD.test(passage.text) ? near(1) : [])];
}
