import { distance } from 'fastest-levenshtein';

const KEYBOARD = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
/** How far each keyboard row is shifted to the right, in keys. */
const STAGGER = [0, 0.25, 0.75];

/** Whether two letters touch on a QWERTY keyboard: beside each other, or diagonally across rows. */
function neighbours(a: string, b: string): boolean {
  const at = (ch: string) => KEYBOARD.flatMap((row, r) => (row.includes(ch) ? [{ r, x: row.indexOf(ch) + (STAGGER[r] ?? 0) }] : []))[0];
  const p = at(a);
  const q = at(b);
  if (!p || !q) return false;
  return p.r === q.r ? Math.abs(p.x - q.x) === 1 : Math.abs(p.r - q.r) === 1 && Math.abs(p.x - q.x) <= 0.75;
}

/** Letters a learner spells one for the other because they sound alike: "consentric", "cirkle". */
const SOUND_ALIKE = new Set(['cs', 'sc', 'ck', 'kc', 'sz', 'zs', 'iy', 'yi']);

/** "-sion" for "-tion" ("consultasion", "participasion"): before "ion" the two sound alike. */
function endingSlip(typed: string, known: string, i: number): boolean {
  const pair = `${typed[i]}${known[i]}`;
  return (pair === 'st' || pair === 'ts') && typed.slice(i + 1) === 'ion' && known.slice(i + 1) === 'ion';
}

/**
 * In a long word, one vowel for another is as common a slip ("denominater", "governence"): an
 * unstressed vowel sounds much like any other. Short words are left alone, where it makes
 * another word ("stage", "stoge").
 */
function vowelSlip(typed: string, a: string, b: string): boolean {
  return typed.length >= 7 && /^[aeiou]$/u.test(a) && /^[aeiou]$/u.test(b);
}

/**
 * Edits between a typed word and a word of the thesis, as typos make them: a swap of
 * neighbouring letters ("circel") counts as one edit and, when `strict`, a changed letter
 * counts only when its key is next to the right one ("cpnsult") or it sounds the same
 * ("consentric"), so a word is not bent into another ("marked" stays, though "market" is
 * one letter away).
 */
export function edits(typed: string, known: string, strict: boolean): number {
  const d = distance(typed, known);
  if (typed.length !== known.length || d > 2) return d;
  const diff = [...typed].flatMap((ch, i) => (ch === known[i] ? [] : [i]));
  const [i, j] = diff;
  if (d === 1 && i !== undefined && strict) return neighbours(typed[i] ?? '', known[i] ?? '') || SOUND_ALIKE.has(`${typed[i]}${known[i]}`) || endingSlip(typed, known, i) || vowelSlip(typed, typed[i] ?? '', known[i] ?? '') ? 1 : Number.POSITIVE_INFINITY;
  return diff.length === 2 && i !== undefined && j === i + 1 && typed[i] === known[j] && typed[j] === known[i] ? 1 : d;
}

/**
 * Words readers ask about a thesis with that its text may never use: who "wrote" it, its
 * "title", its "supervisor", its main "argument". A typo of one ("wrot", "titel") is mended like a typo of the
 * thesis's own words.
 */
export const ASKING_WORDS: ReadonlySet<string> = new Set(
  'wrote written writer author title titled published publish summary summarize summarise chapter chapters introduction conclusion keywords degree supervisor university subject abstract dissertation thesis section sections explain describe discuss mention argument arguments'.split(' '),
);

/** "What dose it say": "dose" after a question word is "does" (a dose is a word of its own). */
const DOSE = /\b(what|how|why|where|when|which|who|whom)\s+dose\b/giu;
/** "Who rote this?": "rote" after "who" is "wrote" (learning by rote is no question about a thesis). */
const ROTE = /\b(who)\s+rote\b/giu;

/**
 * Common slips in the small words questions are made of, too short or too common for
 * spelling correction to mend safely, chat shorthand for them ("abt", "thru", "cuz", "yr"), and
 * "summery", a word of its own no reader means here.
 */
const SLIPS = new Map(
  'waht:what whta:what wht:what hwat:what whcih:which wich:which whihc:which hwo:how wen:when wehn:when whn:when wher:where whre:where wehre:where teh:the adn:and summery:summary auther:author explane:explain explian:explain expain:explain discribe:describe abt:about thru:through cuz:because coz:because pls:please plz:please yr:year yrs:years'
    .split(' ')
    .map((pair): [string, string] => {
      const [slip = '', word = ''] = pair.split(':');
      return [slip, word];
    }),
);
const SLIP = new RegExp(`\\b(?:${[...SLIPS.keys()].join('|')})\\b`, 'giu');

/** Mends typos of the small words questions are made of, which spelling correction leaves alone. */
export function mendAsking(text: string): string {
  return text.replace(DOSE, '$1 does').replace(ROTE, '$1 wrote').replace(SLIP, (slip) => SLIPS.get(slip.toLowerCase()) ?? slip);
}
