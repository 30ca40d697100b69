import { stem } from './stem.ts';
import { COMPARED, PHRASAL } from './phrasal-verbs.ts';
import { type OneWord, circleChanges, circleMoved } from './circle-verbs.ts';
import type { SearchToken } from './terms.ts';

/** Words a verb's object is not: a particle past them ends another clause. */
const CLAUSE_BREAK = /^(?:and|or|but|to|is|are|was|were|that|which|who|with)$/iu;

/**
 * The one words of phrasal verbs whose particle may follow a short object: "pull the people's
 * strength together", "hold the communities back", "pin the interests down", "set a platform
 * up", "push power down", "position the model against". Not "in", "on" or "over": after a noun
 * they begin a phrase of their own ("bring people in the community"); nor "compared… with",
 * whose things compared are what is asked.
 */
const SEPARABLE = new Set(['gather', 'establish', 'find', 'restrict', 'list', 'separation', 'sink', 'differ', 'unite']);

/**
 * A separable phrasal verb at i and the particle after its object of one to three words, or
 * undefined. The verb becomes the one word; the particle is dropped.
 */
function splitPhrasal(tokens: readonly SearchToken[], i: number): OneWord | undefined {
  const verb = tokens[i];
  if (!verb || verb.compound) return undefined;
  const entries = PHRASAL.filter(([v, , word]) => SEPARABLE.has(word) && v !== COMPARED && v.test(verb.word));
  if (entries.length === 0) return undefined;
  for (let j = i + 2; j <= i + 4; j++) {
    if (CLAUSE_BREAK.test(tokens[j - 1]?.word ?? '')) return undefined;
    const particle = tokens[j]?.word ?? '';
    const entry = entries.find(([, p]) => p.test(particle));
    if (entry) return { word: entry[2], particle: j, at: j + 1 };
  }
  return undefined;
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
    const changes = circleChanges(tokens, i);
    // A verb whose particle stands apart ("hold the communities back", "pull the circle in"):
    // its one word, the words between kept, the particle dropped.
    const apart = circleMoved(tokens, i) ?? (phrasal || changes ? undefined : splitPhrasal(tokens, i));
    if (apart) {
      out.push(as(t, apart.word), ...tokens.slice(i + 1, apart.at).filter((_, k) => i + 1 + k !== apart.particle));
      i = apart.at - 1;
      continue;
    }
    if (!phrasal) {
      out.push(...(changes ? [as(t, 'static'), as(t, 'expansion')] : [t]));
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
