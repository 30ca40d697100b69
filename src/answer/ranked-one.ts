import type { Hit } from '../retrieval/search.ts';
import { firstPlural } from './enumeration.ts';
import { contentStems } from '../retrieval/terms.ts';

/**
 * "Which consultation platform was the most effective?", "what community is the best
 * example?", "which of the six stages was the longest?", "which one is more important?", "which
 * activity got the most participants?": one of a kind asked for by a rank, with the kind named
 * before the verb.
 */
const RANK_ASKED = /^\s*(?:which|what)\s+(?:(?:one\s+)?of\s+(?:the|its|these|those)\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+)?)?((?:[\p{L}'’-]+\s+){1,3}?)(?:(?:is|was|are|were|has\s+been|have\s+been|proved|proves|seems|seemed)\s+(?:the\s+)?((?:most|least|more|less)\s+\p{L}+|best|worst|better|worse|\p{L}{2,}est)|(got|gets|get|had|has|have|drew|draws|attracted|attracts|received|receives|won|wins|involved|involves|saw|sees)\s+the\s+((?:most|fewest|least|biggest|largest|highest|lowest)\s+\p{L}+))\b/iu;

/** Kinds a rank is asked of by how the thesis is read, not by what it ranks ("which chapter is the most theoretical?"). */
const READING_KINDS = /^(?:chapter|chapters|section|sections|part|parts)$/iu;

/** Words ending in "-est" that rank nothing. */
const NOT_RANKING = /^(?:interest|suggest|request|honest|forest|protest|manifest|contest|harvest|modest|invest|digest|arrest|attest|conquest|guest|quest|chest|crest|test|west|rest|nest|pest|vest|latest)$/iu;

/** Whether a sentence ranks something: "the most important", "the largest", "at the top". */
function ranks(text: string): boolean {
  return /\b(?:most|least|best|worst|top)\b/iu.test(text) || (text.match(/\b\p{L}{2,}est\b/giu) ?? []).some((w) => !NOT_RANKING.test(w));
}

/** A rank asked from the bottom: "the least serious", "the fewest members", "the lowest". */
const BOTTOM = /^(?:least|fewest|lowest)\b/iu;
/** A sentence that ranks from the bottom, not "at least". */
const BOTTOM_TOLD = /(?<!\bat\s+)\b(?:least|fewest|lowest|bottom)\b/iu;

/** How near the best score a sentence must come to count as what the answer would say. */
const NEAR = 0.8;

/**
 * Why "which platform was the most effective?" is not answered: none of the sentences that
 * would answer it ranks anything, so the thesis does not say which. Undefined when the
 * question asks no rank of a named kind, or a sentence near the best ranks.
 */
/** "Which one is more important?", "which of them is best?": a rank asked of things named before. */
export function asksRankOfThem(question: string): boolean {
  const typed = RANK_ASKED.exec(question)?.[1]?.trim() ?? '';
  return PRONOUN_KIND.test(typed);
}

const PRONOUN_KIND = /^(?:(?:one\s+)?of\s+)?(?:them|these|those|ones?)$/iu;

export function unrankedOne(question: string, hits: readonly Hit[]): string | undefined {
  const m = RANK_ASKED.exec(question);
  // "Which part of (chapter 3) is…": the kind is "part", its section taken out before.
  const typed = m?.[1]?.trim().replace(/\s+(?:of|in)$/iu, '');
  const top = hits[0];
  if (!m || !typed || !top || READING_KINDS.test(typed)) return undefined;
  // "Which of them is most important (what are the three reasons…)": the kind is the list's.
  const pronoun = PRONOUN_KIND.test(typed);
  const before = pronoun ? (/\((.+)\)\s*$/su.exec(question)?.[1] ?? '') : '';
  // Asked of them, a sentence ranks them only if it speaks of what was asked before: "the most
  // important two elements" ranks no functions of the circle.
  const of = contentStems(before);
  const near = hits.filter((h) => h.score >= NEAR * top.score).slice(0, 3);
  const speaksOf = (h: Hit) => of.length === 0 || of.some((t) => h.passage.stems.has(t));
  // "The least serious" is the bottom of a ranking: a sentence naming the top does not give it.
  const bottom = BOTTOM.test(m[2] ?? m[4] ?? '');
  const ranking = near.filter((h) => ranks(h.passage.text) && speaksOf(h));
  if (ranking.some((h) => !bottom || BOTTOM_TOLD.test(h.passage.text))) return undefined;
  const listed = pronoun ? firstPlural(before)?.word : typed;
  const kind = listed ? `no ${listed.toLowerCase()}` : 'none of them';
  // "Which activity got the most participants?": said back with the verb asked, not "is".
  const asked = m[2] ? `is the ${m[2].toLowerCase()}` : `${m[3]?.toLowerCase()} the ${m[4]?.toLowerCase()}`;
  if (ranking.length > 0) return `It names only what ranks at the top, so it does not say which ${asked}.`;
  return `It ranks ${kind}, so it does not say which ${asked}.`;
}
