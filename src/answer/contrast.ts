import type { Hit } from '../retrieval/search.ts';
import { twoSides } from './source.ts';

/** "The difference between contraction and expansion", "how do A and B differ", "how is A different from B", "A vs B". */
const CONTRAST_QUESTIONS = [
  /\b(?:differences?|distinction|contrast)\s+between\s+(.+?)\s+and\s+(.+?)\s*[?.!]*$/iu,
  /\bhow\s+(?:do|does|did)\s+(.+?)\s+and\s+(.+?)\s+differ\b/iu,
  /\bhow\s+(?:is|are|was|were)\s+(.+?)\s+different\s+from\s+(.+?)\s*[?.!]*$/iu,
  /^\s*(?:(?:compare|contrast)\s+)?(?:the\s+)?([^,;:?]+?)\s+(?:vs\.?|versus)\s+([^,;:?]+?)\s*[?.!]*$/iu,
];

/** A sentence that draws a contrast itself: "…not only different from…", "…more difficult than…". */
const CONTRASTING = /\b(?:differ\w*|unlike|whereas|than|rather|contrary|opposite)\b/iu;

/** How many of the best hits are looked through for one that draws the contrast itself. */
const LOOK_AT = 3;

/** The two things a question asks the difference between, as typed, or undefined. */
export function contrastedSides(question: string): readonly [string, string] | undefined {
  return twoSides(CONTRAST_QUESTIONS, question);
}

/**
 * For a question asking how two things differ, puts first a sentence on the one without the
 * other and then a sentence on the other without the one ("Through the contraction…, the power
 * is gathered", "With the expansion…, targeted governance…"): sentences naming both together
 * ("contraction and expansion are not unconditional") do not tell them apart. Both must be
 * in one section, and none of the best hits may draw a contrast itself ("…more difficult
 * than…"). `stemsOf` gives a text's topic stems.
 */
export function contrastFirst(question: string, hits: readonly Hit[], stemsOf: (text: string) => readonly string[]): readonly Hit[] {
  const sides = contrastedSides(question);
  if (!sides) return hits;
  // "Contraction and expansion of the circle": what follows "of" qualifies both sides, telling neither apart.
  const [one, other] = sides.map((side) => stemsOf(side.replace(/\s+(?:of|in|within)\s+.*$/iu, '')));
  const own = (mine: readonly string[] = [], theirs: readonly string[] = []) => mine.filter((t) => !theirs.includes(t));
  const [a, b] = [own(one, other), own(other, one)];
  if (a.length === 0 || b.length === 0) return hits;
  const covers = (h: Hit, stems: readonly string[]) => stems.some((t) => h.passage.stems.has(t));
  const top = hits.slice(0, LOOK_AT);
  const contrasting = top.find((h) => (covers(h, a) || covers(h, b)) && CONTRASTING.test(h.passage.text));
  if (contrasting) {
    // "The mass line and the concentric circle": a sentence holding both whole ("the circle is
    // the development and sublimation of the mass line") relates them better than one that
    // contrasts one of them with a third thing ("different from… the West").
    const whole = (h: Hit) => [...(one ?? []), ...(other ?? [])].every((t) => h.passage.stems.has(t));
    const both = whole(contrasting) ? undefined : top.find(whole);
    return both ? [both, ...hits.filter((h) => h !== both)] : hits;
  }
  const first = hits.find((h) => covers(h, a) && !covers(h, b));
  // A thesis sets two things side by side in one place: one on each in different chapters
  // ("the construction quality of party organizations", "community governance") is chance.
  const second = hits.find((h) => covers(h, b) && !covers(h, a) && h.passage.section === first?.passage.section);
  return first && second ? [first, second, ...hits.filter((h) => h !== first && h !== second)] : hits;
}
