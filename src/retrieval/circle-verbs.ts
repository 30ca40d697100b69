import type { SearchToken } from './terms.ts';

/** "Change" and its forms: said of the circle, what it does is contract and expand. */
const CHANGE = /^(?:change|changes|changed|changing)$/iu;
const CIRCLE = /^(?:circles?|rings?)$/iu;
const PRONOUN = /^(?:it|they)$/iu;
const BREAK = /^(?:and|or|but|that|which|who)$/iu;

/**
 * "Can the circle change?", "the ring really changes", "is the circle fixed or can it
 * change?": the thesis's circle "is not static"; it contracts and expands, so the change reads
 * as both words. Up to two words (a modal, an adverb) may stand between, or a pronoun for a
 * circle named before. Elsewhere ("climate change", "how did the pandemic change…") a change
 * stays a word the thesis lacks.
 */
export function circleChanges(tokens: readonly SearchToken[], i: number): boolean {
  if (!CHANGE.test(tokens[i]?.word ?? '')) return false;
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const word = tokens[j]?.word ?? '';
    if (CIRCLE.test(word)) return true;
    if (PRONOUN.test(word)) return tokens.slice(0, j).some((t) => CIRCLE.test(t.word));
    if (BREAK.test(word)) return false;
  }
  return false;
}

/** Verbs that move the circle in or out, with the particle each needs and what it means. */
const MOVES: ReadonlyArray<readonly [RegExp, RegExp, string]> = [
  [/^(?:pull|pulls|pulled|pulling|rein|reins|reined|reining|draw|draws|drew|drawn|drawing)$/iu, /^in$/iu, 'contraction'],
  [/^(?:push|pushes|pushed|pushing|stretch|stretches|stretched|stretching)$/iu, /^out$/iu, 'expansion'],
];

/** "Making the circle bigger", "made the ring smaller": what becomes of it. */
const MAKE = /^(?:make|makes|made|making)$/iu;
const SIZES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:bigger|larger|wider|broader)$/iu, 'expansion'],
  [/^(?:smaller|narrower|tighter)$/iu, 'contraction'],
];

/**
 * "Pulling the circle in", "pull in the ring", "push the circle out", "making the circle
 * bigger": the thesis's contraction and expansion. The particle may come before the circle or after it, with at most two words
 * ("the concentric") before the circle. Returns the word, the particle's index (which is
 * dropped) and the index past the phrase; undefined when no circle is moved.
 */
export function circleMoved(tokens: readonly SearchToken[], i: number): { word: string; particle: number; at: number } | undefined {
  const verb = tokens[i]?.word ?? '';
  if (MAKE.test(verb)) return madeSize(tokens, i);
  const move = MOVES.find(([v]) => v.test(verb));
  if (!move) return undefined;
  const particle = move[1];
  if (particle.test(tokens[i + 1]?.word ?? '')) {
    const circle = [i + 2, i + 3, i + 4].find((j) => CIRCLE.test(tokens[j]?.word ?? ''));
    return circle === undefined ? undefined : { word: move[2], particle: i + 1, at: circle + 1 };
  }
  const circle = [i + 1, i + 2, i + 3].find((j) => CIRCLE.test(tokens[j]?.word ?? ''));
  if (circle === undefined || !particle.test(tokens[circle + 1]?.word ?? '')) return undefined;
  return { word: move[2], particle: circle + 1, at: circle + 2 };
}

/** "Making the circle bigger": the size word after the circle, read as the circle's expansion or contraction. */
function madeSize(tokens: readonly SearchToken[], i: number): { word: string; particle: number; at: number } | undefined {
  const circle = [i + 1, i + 2, i + 3].find((j) => CIRCLE.test(tokens[j]?.word ?? ''));
  if (circle === undefined) return undefined;
  const size = SIZES.find(([word]) => word.test(tokens[circle + 1]?.word ?? ''));
  return size && { word: size[1], particle: circle + 1, at: circle + 2 };
}
