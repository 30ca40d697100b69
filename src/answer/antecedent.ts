import { wordCount } from '../ingest/words.ts';
import type { Passage } from '../retrieval/search.ts';

/**
 * A sentence that opens by pointing back ("It takes…", "These measures…", "This feature…"),
 * draws a conclusion from the one before ("Therefore, …") or speaks of "the above" or "the
 * first two", which mean nothing alone. A sentence about the work itself ("This
 * paper…") stands alone. The Chinese forms are the same pointers (这, 此, 上述…).
 */
const POINTS_BACK =
  /^(?:therefore|thus|hence|consequently)\b|^(?:it|its|they|their|these|those|such|this)\b(?!\s+(?:paper|thesis|dissertation|study|chapter|article|research|work|book)\b)|\b(?:the above|above-mentioned|aforementioned|the former|the latter)\b|\bthe\s+(?:first|last|previous|preceding|former|latter)\s+(?:two|three|four|few)\b(?!\s+(?:chapters?|sections?|parts?)\b)|^(?:这|此|其|上述|以上|该)/iu;

/** "The above three points", "the aforementioned four paths": pointing back to several sentences' worth. */
const COUNTS_BACK = /\b(?:the\s+above|above-mentioned|aforementioned)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b/iu;

/** "It…", "This…": pointing back to one thing. */
const SINGULAR_POINTER = /^(?:it|its|this)\b/iu;
/** A sentence whose verbs are all plural ("…and other concepts are defined") is not what "it" points to. */
const PLURAL_VERB = /\b(?:are|were)\b/iu;
const SINGULAR_VERB = /\b(?:is|was|has)\b/iu;

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
  const forward = POINTS_FORWARD.test(passage.text) || leadsOn(passage, near(1)[0]);
  const before = POINTS_BACK.test(passage.text) ? antecedent(passage, near) : [];
  // "Based on the above three points" after "Therefore, …": one step back is only the last of
  // them, itself pointing further back, and would pass for what the pointer means.
  const resolved = COUNTS_BACK.test(passage.text) && before.some((p) => POINTS_BACK.test(p.text)) ? [] : before;
  return [...resolved, passage, ...(forward ? near(1) : [])];
}

/** Words a sentence may have and still be a bare claim that its next sentence spells out. */
const BARE_CLAIM_WORDS = 12;

/** Openings of a sentence that spells out the one before ("Only under the premise of…", "Namely…"). */
const SPELLS_OUT = /^(?:only|namely|that\s+is|specifically|in\s+other\s+words|for\s+(?:example|instance)|即|只有|也就是)/iu;

/**
 * A short claim whose next sentence spells it out about the same things ("The contraction and
 * expansion are not unconditional. Only under the premise of… can they be contracted and
 * expanded."): the claim alone leaves out what matters.
 */
function leadsOn(passage: Passage, next: Passage | undefined): boolean {
  if (!next || wordCount(passage.text) > BARE_CLAIM_WORDS || !SPELLS_OUT.test(next.text)) return false;
  return [...passage.stems].filter((t) => next.stems.has(t)).length >= 2;
}

/**
 * The sentence a pointer refers to: the one before, or for "it" after a sentence that speaks
 * only of plural things, the one before that ("The first chapter defines… Respectively, the
 * concepts are defined. It focuses on…").
 */
function antecedent(passage: Passage, near: (offset: number) => Passage[]): Passage[] {
  const before = near(-1);
  const text = before[0]?.text ?? '';
  if (SINGULAR_POINTER.test(passage.text) && PLURAL_VERB.test(text) && !SINGULAR_VERB.test(text)) {
    const further = near(-2);
    if (further.length > 0) return further;
  }
  return before;
}
