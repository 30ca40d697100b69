import { escapeRegExp } from '../ingest/words.ts';
import { isStopword, stem } from './terms.ts';

/**
 * Runs of capitalised non-stopwords in a question, past its first word: the names it uses.
 * Mid-sentence only: after a word or comma, not after a full stop or question mark.
 */
function capitalisedRuns(question: string): string[][] {
  // "WeChat", "TikTok": a name may have capitals inside it.
  const runs = question.match(/(?<=[\p{L}\p{N},;:"”)]\s+)\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)*(?:\s+\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)*)*/gu) ?? [];
  return runs.flatMap((run) => {
    const parts: string[][] = [[]];
    for (const word of run.split(/\s+/u)) {
      if (isStopword(word)) parts.push([]);
      else parts.at(-1)?.push(word);
    }
    return parts.filter((p) => p.length > 0);
  });
}

/** A full name: capitalised words, with "and", "of", "the" or "for" between them ("Xinjiang Production and Construction Corps"). */
const FULL_NAME = /(?<=[\p{L}\p{N},;:"”)]\s+)\p{Lu}\p{Ll}+(?:['’]s)?(?:\s+(?:(?:and|of|the|for)\s+)?\p{Lu}\p{Ll}+(?:['’]s)?)*/gu;

/** Finds the names in a question that the thesis never uses: a sign it asks about something else. */
export class Names {
  private readonly text: string;
  /** The words of the thesis as written, in small letters. */
  private readonly words: ReadonlySet<string>;

  /** `known` holds the stems the thesis uses. */
  constructor(
    sentences: readonly string[],
    private readonly known: ReadonlyMap<string, unknown>,
  ) {
    this.text = sentences.join(' ').toLowerCase();
    this.words = new Set(this.text.match(/\p{L}+/gu));
  }

  /**
   * Names in the question (capitalised words past its first) that the thesis never uses, even
   * as the start of a longer word ("Western" is known from "West"): "Shanghai", "France". Years
   * and decades are names of times: "in 2009", "during the 1990s", when the thesis has none in
   * them; "the 20th National Congress" is another than the thesis's 19th.
   */
  unknownNames(question: string): string[] {
    const anchored = this.anchored(question);
    const names = capitalisedRuns(question).flat().filter((name) => {
      if (anchored.has(name)) return false;
      const s = stem(name);
      return !this.known.has(s) && ![...this.known.keys()].some((k) => k.length >= 4 && s.startsWith(k));
    });
    const years = [...question.matchAll(/\b(1[5-9]\d|20\d)(\d)(s?)\b/gu)].filter(([, head, last, decade]) => !this.text.match(new RegExp(`\\b${head}${decade ? '\\d' : last}\\b`, 'u')));
    return [...names, ...years.map(([year]) => year), ...this.otherOrdinals(question)];
  }

  /**
   * A numbered name whose number the thesis never gives it: "the 20th National Congress" when
   * the thesis has only the 19th. A numbered thing it never numbers is left to the other tests.
   */
  private otherOrdinals(question: string): string[] {
    // The name runs on through its capitalised words ("the 20th National Congress"); the thesis
    // may put words between the number and the one typed ("the 19th National Congress" for "the 20th congress").
    return [...question.matchAll(/\b(\d+)\s?(?:st|nd|rd|th)\s+(\p{L}+)(?:\s+\p{Lu}\p{L}*)*/gu)].flatMap(([name, n, word = '']) => {
      const numbers = [...this.text.matchAll(new RegExp(`\\b(\\d+)\\s?(?:st|nd|rd|th)\\s+(?:\\p{L}+\\s+){0,2}?${word.toLowerCase()}\\b`, 'gu'))].map((m) => m[1]);
      return numbers.length > 0 && !numbers.includes(n) ? [`the ${name}`] : [];
    });
  }

  /**
   * Names of several capitalised words that the thesis never has as a phrase ("United
   * States"), though it may use each word ("United Front", "state"): a topic of their own.
   */
  unknownPhrases(question: string): string[] {
    const anchored = this.anchored(question);
    return capitalisedRuns(question)
      .filter((run) => run.length > 1 && !run.every((word) => anchored.has(word)))
      .map((run) => run.join(' '))
      .filter((name) => !this.text.includes(name.toLowerCase()));
  }

  /**
   * Of the names `unknownPhrases` finds, those with a word the thesis never writes as typed
   * ("Nations" of "United Nations", though it writes "national"): a body it never names. A
   * name of its own words in another order ("the 19th Party Congress" for its "National
   * Congress of the Communist Party") may be its own thing named another way.
   */
  unwrittenNames(question: string): string[] {
    return this.unknownPhrases(question).filter((name) => !name.split(' ').every((word) => this.words.has(word.toLowerCase())));
  }

  /**
   * Words of a full name the thesis knows by its last word that the thesis never uses
   * ("Production" in "Xinjiang Production and Construction Corps"): they describe the thing,
   * they are not what is asked about.
   */
  describingWords(question: string): string[] {
    return [...this.anchored(question)].filter((word) => !this.known.has(stem(word)));
  }

  /**
   * The words of full names that end in a thing the thesis speaks of as "the …": "Xinjiang
   * Production and Construction Corps" is the thesis's "the corps" named in full. "Hong Kong"
   * and "United States" end in words it never writes, and "the 20th Party Congress" in one it
   * writes only within another name ("National Congress").
   */
  private anchored(question: string): Set<string> {
    const words = new Set<string>();
    for (const [name] of question.matchAll(FULL_NAME)) {
      const parts = name.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w));
      const head = parts.at(-1)?.toLowerCase().replace(/['’]s$/u, '');
      if (parts.length > 1 && head && new RegExp(`\\bthe ${head}\\b`, 'u').test(this.text)) for (const w of parts) words.add(w);
    }
    return words;
  }
}

/** What may join the words of one name: "Hong Kong", "Belt and Road", "Bank of China". */
const JOINTS = [' ', ' and ', ' of ', ' of the ', ' & '];

/** Names as typed: words of one name ("Hong", "Kong") joined again, each once. */
export function namesAsTyped(names: readonly string[], text: string): string[] {
  const out: string[] = [];
  for (const name of new Set(names)) {
    const last = out.at(-1);
    const joint = last === undefined ? undefined : JOINTS.map((j) => `${last}${j}${name}`).find((whole) => text.includes(whole));
    if (joint) out[out.length - 1] = joint;
    else out.push(name);
  }
  // "The Belt and Road Initiative" keeps its article: "the 20th Congress" has its own; a year
  // ("the 2009 riots") gives it to the word after it, and so does one place's name ("the Tibet
  // autonomous region"), though an acronym keeps it ("the XPCC").
  return out.map((name) => (!/^the\s/iu.test(name) && !/^\d+$/u.test(name) && !/^\p{Lu}\p{Ll}+$/u.test(name) && new RegExp(String.raw`\bthe\s+${escapeRegExp(name)}`, 'iu').test(text) ? `the ${name}` : name));
}
