import { stem } from './stem.ts';
import { COMPARED, PHRASAL } from './phrasal-verbs.ts';
import type { SearchToken } from './terms.ts';

const GATHER = PHRASAL[0];
/** Words a verb's object is not: a "together" past them ends another clause. */
const CLAUSE_BREAK = /^(?:and|or|but|to|is|are|was|were|that|which|who|with)$/iu;

/**
 * "Pull the people's strength together": a verb and "together" around its object of up to
 * three words. The verb becomes "gather"; the rest stays ("together" is a stopword).
 */
function splitGather(tokens: readonly SearchToken[], i: number): boolean {
  const verb = tokens[i];
  if (!GATHER || !verb || verb.compound || !GATHER[0].test(verb.word)) return false;
  for (let j = i + 2; j <= i + 4; j++) {
    const word = tokens[j - 1]?.word ?? '';
    if (CLAUSE_BREAK.test(word)) return false;
    if (GATHER[1].test(tokens[j]?.word ?? '')) return true;
  }
  return false;
}

/** "Change" and its forms: said of the circle, what it does is contract and expand. */
const CHANGE = /^(?:change|changes|changed|changing)$/iu;
const CIRCLE = /^(?:circles?|rings?)$/iu;

/**
 * "Can the circle change?", "the ring really changes": the thesis's circle "is not static"; it
 * contracts and expands, so the change reads as both words. Up to two words (a modal, an adverb) may stand between. Elsewhere
 * ("climate change", "how did the pandemic change…") a change stays a word the thesis lacks.
 */
function circleChanges(tokens: readonly SearchToken[], i: number): boolean {
  if (!CHANGE.test(tokens[i]?.word ?? '')) return false;
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const word = tokens[j]?.word ?? '';
    if (CIRCLE.test(word)) return true;
    if (/^(?:and|or|but|that|which|who)$/iu.test(word)) return false;
  }
  return false;
}

/** The one word a verb and the particle after it stand for ("spell" "out": "list"), or undefined. */
export function phrasalWord(verb: string, particle: string): string | undefined {
  return PHRASAL.find(([v, p]) => v.test(verb) && p.test(particle))?.[2];
}

/**
 * Tokens with each phrasal verb ("brought together") made its one word ("gather"), and a
 * particle joined to it by "and" or "or" too ("gets bigger and smaller").
 */
export function withPhrasalVerbs(tokens: readonly SearchToken[]): SearchToken[] {
  const out: SearchToken[] = [];
  const as = (t: SearchToken, word: string): SearchToken => ({ ...t, word, stem: stem(word) });
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    // "Compared with" asks what is set apart only at the question's end: "which case studies
    // are compared with Urumqi?" asks for comparisons the thesis may not make.
    const verb = t.compound || (COMPARED.test(t.word) && (i === 0 || i + 2 < tokens.length)) ? undefined : t.word;
    const particleAt = (j: number) => PHRASAL.find(([v, particle]) => verb !== undefined && v.test(verb) && particle.test(tokens[j]?.word ?? ''));
    const phrasal = particleAt(i + 1);
    if (!phrasal) {
      if (circleChanges(tokens, i)) out.push(as(t, 'static'), as(t, 'expansion'));
      else out.push(splitGather(tokens, i) ? as(t, 'gather') : t);
      continue;
    }
    out.push(as(t, phrasal[2]));
    i++;
    for (let more = particleAt(i + 2); more && /^(?:and|or)$/iu.test(tokens[i + 1]?.word ?? ''); more = particleAt(i + 2)) {
      const particle = tokens[i + 2];
      if (particle) out.push(as(particle, more[2]));
      i += 2;
    }
  }
  return out;
}
