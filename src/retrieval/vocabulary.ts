import type { Section } from '../types.ts';
import { isEnglishWord } from './english.ts';
import { isStopword, stem, tokenize } from './terms.ts';
import { ASKING_WORDS, edits, mendAsking } from './typos.ts';

/** The words of the thesis, for spelling suggestions and corrections. */
export class Vocabulary {
  private readonly counts = new Map<string, number>();
  private readonly stems = new Set<string>();
  /** Each sentence's content stems in order, for phrases. */
  private readonly runs: string[][] = [];
  /** Hyphenated compounds as the thesis writes them ("point-to-point"), by their spaced form. */
  private readonly compounds = new Map<string, string>();
  /** Their spaced forms as typed ("point to point", "grass  roots"), one pattern built once. */
  private readonly spacedCompound: RegExp | undefined;

  constructor(sections: readonly Section[]) {
    for (const s of sections) {
      for (const sentence of s.sentences) {
        const run: string[] = [];
        for (const t of tokenize(sentence.text)) {
          const word = t.word.toLowerCase();
          this.counts.set(word, (this.counts.get(word) ?? 0) + 1);
          this.stems.add(t.stem);
          if (!isStopword(word)) run.push(t.stem);
        }
        this.runs.push(run);
        for (const m of sentence.text.matchAll(/\p{L}+(?:-\p{L}+)+/gu)) this.compounds.set(m[0].toLowerCase().replace(/-/gu, ' '), m[0].toLowerCase());
      }
    }
    // Longest first, so "point to point" is not taken for a shorter compound inside it.
    const spaced = [...this.compounds.keys()].sort((a, b) => b.length - a.length).map((c) => c.replace(/ /gu, String.raw`\s+`));
    this.spacedCompound = spaced.length > 0 ? new RegExp(String.raw`\b(?:${spaced.join('|')})\b`, 'giu') : undefined;
  }

  /**
   * True when the thesis has the phrase's words in a row in some form, its small words aside
   * ("fine styles of party" is found in "the three fine styles of the party"). A phrase
   * without content words is not judged: true. "X's Y" is also found as "Y of X" ("community
   * governance's core" in "the core of community governance").
   */
  hasPhrase(phrase: string): boolean {
    const possessive = /^(.+?)['’]s\s+(.+)$/u.exec(phrase.trim());
    return this.hasRun(phrase) || (possessive !== null && this.hasRun(`${possessive[2]} of ${possessive[1]}`));
  }

  private hasRun(phrase: string): boolean {
    const want = tokenize(phrase).filter((t) => !isStopword(t.word.toLowerCase())).map((t) => t.stem);
    if (want.length === 0) return true;
    // A term of three words or more may be written in another order ("the party-masses
    // interaction concentric circle" for "the concentric circle of party masses interaction")
    // or shared out ("national governance capacity" in "the national governance system and
    // governance capacity"): all its words within a stretch hardly longer than itself.
    const span = want.length >= 3 ? want.length + 2 : want.length;
    return this.runs.some((run) => run.some((_, i) => span === want.length ? want.every((w, j) => run[i + j] === w) : want.every((w) => run.slice(i, i + span).includes(w))));
  }

  /**
   * The text with a compound typed with spaces ("point to point") written as the thesis
   * hyphenates it, so it is read as one term and not as the asking word "point".
   */
  hyphenated(text: string): string {
    if (!this.spacedCompound) return text;
    return text.replace(this.spacedCompound, (typed) => this.compounds.get(typed.toLowerCase().replace(/\s+/gu, ' ')) ?? typed);
  }

  /** True when the thesis uses the word in some form (its stem). */
  knows(word: string): boolean {
    return this.stems.has(stem(word));
  }

  /**
   * True when the thesis writes this very word, or its singular: stricter than `knows`, which
   * takes "reviewers" for "review".
   */
  writes(word: string): boolean {
    const w = word.toLowerCase();
    return [w, w.replace(/e?s$/u, ''), w.replace(/s$/u, '')].some((form) => this.counts.has(form));
  }

  /** The word as the thesis writes it: itself if used, else its commonest form with the same stem. */
  spelling(word: string): string {
    const w = word.toLowerCase();
    return this.counts.has(w) ? w : (this.formOf(stem(w)) ?? w);
  }

  /** Words of the thesis that begin with `prefix`, commonest first (small words left out). */
  completions(prefix: string, limit: number): string[] {
    const p = prefix.toLowerCase();
    return [...this.counts]
      .filter(([w]) => w.startsWith(p) && w.length > 2 && !isStopword(w))
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, limit)
      .map(([w]) => w);
  }

  /** Words of the thesis within a few edits of `word` (or sharing its first five letters), closest and commonest first. */
  suggest(word: string, limit = 5): string[] {
    const w = word.toLowerCase();
    const maxEdits = Math.max(1, Math.floor(w.length / 3));
    return [...this.counts]
      .map(([v, n]) => ({ v, n, d: w.length >= 5 && v.startsWith(w.slice(0, 5)) ? 0.5 : edits(w, v, false) }))
      .filter((x) => x.d <= maxEdits && x.v.length > 2 && x.v !== w)
      .sort((a, b) => a.d - b.d || b.n - a.n)
      .slice(0, limit)
      .map((x) => x.v);
  }

  /**
   * Rewrites words the thesis never uses but nearly spells ("consultaton" → "consultation"):
   * one edit (or one swap of neighbouring letters) for words of six to eight letters, two for
   * longer ones, keeping the first letter. A typo of a form the thesis does not use is
   * matched on the stem ("flexibel" is one edit from "flexibl", as in "flexibility").
   * Short words (where one edit makes another real word: "treat", "great") and words whose
   * stem the thesis uses are left alone, so mostly typos change. The words readers ask with
   * ("wrote", "title") are mended too, though the thesis may never use them.
   */
  correct(typed: string): string {
    const text = mendAsking(typed);
    let out = '';
    let at = 0;
    let before: string | undefined;
    for (const t of tokenize(text)) {
      const w = t.word.toLowerCase();
      const prev = before;
      before = w;
      // "The mass lien", "the mass lin": a word the thesis never uses, one edit from the one it
      // writes after the word before ("mass line"), is that word, English or not.
      const paired = prev && !this.stems.has(t.stem) && w.length >= 3 && /^[a-z]+$/.test(w) && !isStopword(w) ? this.pairedWord(prev, w) : undefined;
      if (paired) {
        out += text.slice(at, t.start) + paired;
        at = t.end;
        continue;
      }
      if (w.length < 4 || this.stems.has(t.stem) || isStopword(w) || !/^[a-z]+$/.test(w) || isEnglishWord(w)) continue;
      const maxEdits = w.length >= 9 ? 2 : 1;
      // Small words of five letters or more ("abuot", "throgh") are mended too: shorter ones
      // are too near too many words.
      const best = [...this.counts.keys(), ...this.stems, ...ASKING_WORDS].filter((v) => v[0] === w[0] && (ASKING_WORDS.has(v) || !isStopword(v) || v.length >= 5))
        .map((v) => ({ v, d: edits(w, v, true) })).filter((x) => x.d <= maxEdits).sort((a, b) => a.d - b.d)[0];
      const word = best && (this.counts.has(best.v) || ASKING_WORDS.has(best.v) ? best.v : this.formOf(best.v));
      if (!word || stem(word) === t.stem) continue;
      out += text.slice(at, t.start) + word;
      at = t.end;
    }
    return out + text.slice(at);
  }

  /** The thesis word one edit from `word` that the thesis writes right after `prev` ("line" after "mass"), or undefined. */
  private pairedWord(prev: string, word: string): string | undefined {
    if (isStopword(prev) || !this.knows(prev)) return undefined;
    for (const v of this.counts.keys()) {
      // One edit keeps the length within one; checked first, as it is cheap.
      if (v[0] !== word[0] || Math.abs(v.length - word.length) > 1 || v.length < 4 || isStopword(v)) continue;
      if (edits(word, v, true) === 1 && this.hasRun(`${prev} ${v}`)) return v;
    }
    return undefined;
  }

  /** The commonest word of the thesis with this stem. */
  private formOf(stemmed: string): string | undefined {
    return [...this.counts].filter(([v]) => stem(v) === stemmed).sort((a, b) => b[1] - a[1])[0]?.[0];
  }
}
