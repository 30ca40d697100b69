import type { Section } from '../types.ts';
import { isEnglishWord } from './english.ts';
import { tokenize } from './terms.ts';

/** Small words a name may hold that its acronym leaves out: "Communist Party of China" is CPC. */
const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'in', 'on']);

const capitalised = (word: string) => /^\p{Lu}\p{Ll}/u.test(word);

/** The runs of capitalised words, with the small words between them, in a sentence's words. */
function namesIn(words: readonly string[]): string[][] {
  const names: string[][] = [];
  let run: string[] = [];
  const close = () => {
    while (run.length > 0 && !capitalised(run.at(-1) ?? '')) run.pop();
    if (run.filter(capitalised).length >= 2) names.push(run);
    run = [];
  };
  for (const word of words) {
    if (capitalised(word)) run.push(word);
    else if (run.length > 0 && CONNECTORS.has(word.toLowerCase())) run.push(word);
    else close();
  }
  close();
  return names;
}

/** "The 19th CPC congress", "the third CCP plenum": an ordinal, an acronym, and the body it numbers. */
const NUMBERED_BODY = /\b(\d{1,3}\s*(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth)\s+(\p{L}{2,6})\s+((?:national\s+)?(?:party\s+)?(?:congress|plenum|plenary\s+session|session|conference))\b/giu;

/**
 * Acronyms readers of Chinese politics write that a thesis may only spell out ("the XPCC" for
 * "the Xinjiang Production and Construction Corps"): used when the thesis defines none of its own.
 */
const FIELD_ACRONYMS = new Map([
  ['CCP', 'Chinese Communist Party'],
  ['CPC', 'Communist Party of China'],
  ['PRC', "People's Republic of China"],
  ['NPC', "National People's Congress"],
  ['CPPCC', "Chinese People's Political Consultative Conference"],
  ['XPCC', 'Xinjiang Production and Construction Corps'],
  ['UFWD', 'United Front Work Department'],
]);

/**
 * The acronyms of the names the thesis writes out ("Communist Party of China" → CPC,
 * "United Front Work" → UFW), so a question that uses the short form finds the long one. Of a
 * long name, the parts that begin or end it count too ("National Congress of the Communist
 * Party of China" gives NC and CPC), not those from its middle.
 */
export class Acronyms {
  private readonly names = new Map<string, string>();

  constructor(sections: readonly Section[]) {
    for (const sentence of sections.flatMap((s) => s.sentences)) {
      for (const name of namesIn(tokenize(sentence.text).map((t) => t.word))) {
        const capitals = name.map((w, i) => (capitalised(w) ? i : -1)).filter((i) => i >= 0);
        for (const [from, to] of capitals.flatMap((a) => capitals.filter((b) => b > a).map((b) => [a, b] as const))) {
          if (from !== 0 && to !== name.length - 1) continue;
          const words = name.slice(from, to + 1);
          const initials = words.filter(capitalised).map((w) => w[0]).join('');
          if (initials.length <= 6 && !this.names.has(initials)) this.names.set(initials, words.join(' '));
        }
      }
    }
  }

  /**
   * The text with each acronym the thesis can spell out ("CPC", "the CPC's", "cpc" typed in
   * lower case when it is no English word), or that the field commonly uses ("XPCC"), written
   * out in full. "The 19th CPC congress" numbers the congress: "the 19th congress of the
   * Communist Party of China", as the thesis words it.
   */
  expand(text: string): string {
    const full = (word: string) => this.names.get(word.toUpperCase()) ?? FIELD_ACRONYMS.get(word.toUpperCase());
    const known = (word: string) => full(word) !== undefined && (/^\p{Lu}+$/u.test(word) || (word.length >= 3 && !isEnglishWord(word)));
    const numbered = text.replace(NUMBERED_BODY, (whole: string, nth: string, acronym: string, body: string) => (known(acronym) ? `${nth} ${body} of the ${full(acronym)}` : whole));
    return numbered.replace(/\b(\p{L}{2,6})(?=(?:['’]s|s)?\b)/gu, (word: string) => (known(word) ? (full(word) ?? word) : word));
  }
}
