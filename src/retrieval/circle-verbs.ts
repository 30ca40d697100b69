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

/** A verb read as one word of the thesis's, its particle at `particle` dropped, the phrase ending before `at`. */
export interface OneWord {
  readonly word: string;
  readonly particle: number;
  readonly at: number;
}

/** Where the circle stands among the tokens from `from` to `to`, if it does. */
function circleAt(tokens: readonly SearchToken[], from: number, to: number): number | undefined {
  for (let j = from; j <= to; j++) if (CIRCLE.test(tokens[j]?.word ?? '')) return j;
  return undefined;
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
 * bigger": the thesis's contraction and expansion. The particle (or size) may come before the
 * circle or after it, with at most two words ("the concentric") before the circle; undefined
 * when no circle is moved.
 */
export function circleMoved(tokens: readonly SearchToken[], i: number): OneWord | undefined {
  const verb = tokens[i]?.word ?? '';
  const move = MOVES.find(([v]) => v.test(verb));
  if (move && move[1].test(tokens[i + 1]?.word ?? '')) {
    const circle = circleAt(tokens, i + 2, i + 4);
    return circle === undefined ? undefined : { word: move[2], particle: i + 1, at: circle + 1 };
  }
  const circle = move || MAKE.test(verb) ? circleAt(tokens, i + 1, i + 3) : undefined;
  if (circle === undefined) return undefined;
  const after = tokens[circle + 1]?.word ?? '';
  const word = move ? (move[1].test(after) ? move[2] : undefined) : SIZES.find(([size]) => size.test(after))?.[1];
  return word === undefined ? undefined : { word, particle: circle + 1, at: circle + 2 };
}
