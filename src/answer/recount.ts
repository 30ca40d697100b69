import { CARDINALS, numberOf } from '../ingest/ordinals.ts';
import { capitalized, escapeRegExp } from '../ingest/words.ts';
import type { Passage } from '../retrieval/search.ts';
import { citeSentence, readable, withTags } from './cite.ts';
import type { Answer } from './types.ts';

/** A count as readers write it: "seven", "7" (a pattern's source, for other readers of counts). */
export const COUNT = String.raw`\d{1,3}|${CARDINALS.slice(1).join('|')}`;

/** The number a count phrase opens with ("six stages": 6), or undefined. */
export const openingNumber = (phrase: string | undefined): number | undefined => numberOf(phrase?.split(/\s+/u)[0] ?? '');
/** A phrase the thesis never has that opens with a count: "the seven basic experiences". */
const COUNTED = new RegExp(String.raw`^(?:the\s+|its\s+)?(${COUNT})\s+(\p{L}[\p{L}\s-]{2,60})$`, 'iu');
/** A question asking whether ("is…", "does…", "wait, has…"): a claim to check, or one whose answer is "no" before a count. */
export const POLAR = /^\s*(?:(?:and|so|but|wait)[\s,]+)?(?:is|are|was|were|does|do|did|has|have|had)\b/iu;

/** A second count offered after "or" ("six stages or five?", "three parts or 4"). */
const OFFERED_COUNT = new RegExp(String.raw`\bor\s+(?:maybe\s+|perhaps\s+)?(${COUNT})\b`, 'giu');

/** The counts a question offers after "or" ("five stages or six?" offers 6), as numbers. */
export function offeredCounts(question: string): number[] {
  return [...question.matchAll(OFFERED_COUNT)].flatMap((o) => numberOf(o[1] ?? '') ?? []);
}

/**
 * A question asking what the things are, or for them, or for one of them ("the five dangers -
 * what are they?", "the last of the seven stages?"): a count is no answer to it.
 */
const ASKS_WHAT = /^\s*(?:(?:and|so|but|ok(?:ay)?)[\s,]+)?(?:list|name|give|tell|show|describe|explain|summari[sz]e)\b|\b(?:what|which|who|whom|whose|how|why|where|when)\b|^\s*(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|last|final|next)\s+(?:one\s+)?of\b/iu;

/** Another count of the thing asked about, as the thesis gives it, and where. */
export interface Recount {
  /** "four basic experiences, not seven". */
  readonly claim: string;
  readonly passage: Passage;
}

/**
 * "Are there seven basic experiences?", "what are the five fine styles?": a count the thesis
 * gives otherwise. The phrase it never has (`unmentioned`, "the seven basic experiences")
 * stands there with another number ("four basic experiences"). Undefined when the phrase opens
 * with no count or the thesis has no other count of the same thing.
 */
export function recounted(unmentioned: string, passages: readonly Passage[]): Recount | undefined {
  const m = COUNTED.exec(unmentioned.trim());
  const asked = numberOf(m?.[1] ?? '');
  const thing = m?.[2]?.trim();
  if (!m || asked === undefined || !thing) return undefined;
  const words = thing.split(/[\s-]+/u).map(escapeRegExp);
  // The thesis may put a word between ("four basic experiences" of "three experiences").
  const other = new RegExp(String.raw`\b(${COUNT})\s+((?:[\p{L}-]+\s+)?${words.join(String.raw`[\s-]+`)})\b`, 'iu');
  for (const passage of passages) {
    const said = other.exec(readable(passage.text));
    const given = numberOf(said?.[1] ?? '');
    if (said && given !== undefined && given !== asked) return { claim: `${said[1]} ${said[2]}, not ${m[1]}`, passage };
  }
  return undefined;
}

/**
 * "Are there seven basic experiences?", "chapter two describes seven stages, right?" and "true
 * or false: …" are answered "no", with the count the thesis gives and the sentence giving it.
 * A question asking what they are is not answered by a count: undefined, for the caller to
 * refuse with the count as the reason.
 */
export function answerRecount(question: string, { claim, passage }: Recount): Answer | undefined {
  if (!POLAR.test(question) && ASKS_WHAT.test(question)) return undefined;
  const citation = citeSentence(passage.section, passage, 1);
  // "Five stages or six?" offered the count the thesis gives: that count is the answer, no "no".
  const given = claim.split(',')[0] ?? claim;
  if (offeredCounts(question).includes(openingNumber(given) ?? -1)) {
    return { question, answer: `${capitalized(given)}. ${withTags([citation])}`, abstained: false, citations: [citation], nearest: [] };
  }
  return { question, answer: `No: it speaks of ${claim}. ${withTags([citation])}`, abstained: false, citations: [citation], nearest: [] };
}
