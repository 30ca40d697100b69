import { ThesisBotError } from '../errors.ts';
import { formStem } from '../retrieval/stem.ts';
import { type Token, searchTokens, tokenize } from '../retrieval/terms.ts';
import type { Section } from '../types.ts';
import type { Vocabulary } from '../retrieval/vocabulary.ts';
import type { LookupGroup, LookupResult } from './types.ts';

/** Characters of context on each side of a match. */
const CONTEXT = 60;

/** Start offsets (in sentence tokens) where the term's stems occur in a row. */
function matchesIn(tokens: readonly Token[], term: readonly Token[]): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (let i = 0; i + term.length <= tokens.length; i++) {
    if (term.every((t, j) => tokens[i + j]?.stem === t.stem)) {
      out.push({ start: tokens[i]?.start ?? 0, end: tokens[i + term.length - 1]?.end ?? 0 });
    }
  }
  return out;
}

const HAN = /\p{Script=Han}/u;

/**
 * Where a term occurs in a sentence, whichever way a compound is written: "grassroots" finds
 * "grass-roots" and "grass-roots" (or "grass roots") finds "grassroots".
 */
function occurrences(text: string, term: readonly Token[]): Array<{ start: number; end: number }> {
  // A look-up for "conditions" is not answered with "unconditional".
  const tokens = searchTokens(text).filter((t) => !t.negated).map(ownForms);
  const plain = tokens.filter((t) => !t.compound);
  const joined = term.length > 1 ? formStem(term.map((t) => t.word).join('')) : undefined;
  const found = [
    ...matchesIn(plain, term),
    ...(term.length === 1 ? matchesIn(tokens.filter((t) => t.compound), term) : []),
    ...plain.filter((t) => t.stem === joined).map((t) => ({ start: t.start, end: t.end })),
  ];
  return found.sort((a, b) => a.start - b.start);
}

/** Chinese has no inflection or spaces: a term is found as a substring. */
function substrings(text: string, term: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + term.length)) out.push({ start: i, end: i + term.length });
  return out;
}

/**
 * Where a term (a word or phrase, in any form) occurs in a sentence; Chinese is matched as a
 * substring.
 */
export function termIn(text: string, term: string): Array<{ start: number; end: number }> {
  return HAN.test(term) ? substrings(text, term) : occurrences(text, tokenize(term).map(ownForms));
}

/** A token keyed by its own forms: "authorities" finds "authority", not the "government" search joins it to. */
function ownForms<T extends Token>(t: T): T {
  return { ...t, stem: formStem(t.word) };
}

/** A keyword-in-context line: the match in bold, cut at word boundaries with ellipses. */
function snippet(text: string, start: number, end: number): string {
  let from = Math.max(0, start - CONTEXT);
  let to = Math.min(text.length, end + CONTEXT);
  if (from > 0) from = text.indexOf(' ', from) + 1 || from;
  if (to < text.length) to = text.lastIndexOf(' ', to) > end ? text.lastIndexOf(' ', to) : to;
  const body = `${text.slice(from, start)}**${text.slice(start, end)}**${text.slice(end, to)}`.replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${body}${to < text.length ? '…' : ''}`;
}

/**
 * Every occurrence of a word or phrase in the thesis, case-insensitive and across inflections
 * (consult, consultation, consultative), grouped by section in document order.
 * @throws ThesisBotError BAD_QUESTION for a term without words.
 */
export function lookupTerm(rawTerm: string, sections: readonly Section[], vocabulary: Vocabulary): LookupResult {
  const term = rawTerm.replace(/\s+/g, ' ').trim();
  const termTokens = tokenize(term);
  if (termTokens.length === 0) throw new ThesisBotError('BAD_QUESTION', 'Give a word or phrase to look up, for example: consultation');
  const matches: LookupGroup[] = [];
  for (const section of sections) {
    const snippets: string[] = [];
    for (const sentence of section.sentences) {
      for (const m of termIn(sentence.text, term)) snippets.push(snippet(sentence.text, m.start, m.end));
    }
    if (snippets.length > 0) matches.push({ section: section.id, label: section.label, count: snippets.length, snippets });
  }
  const total = matches.reduce((sum, g) => sum + g.count, 0);
  return { term, total, matches, suggestions: total === 0 ? suggestionsFor(term, sections, vocabulary) : [] };
}


/** How many words may stand between a phrase's words for it to be suggested as written. */
const MAX_GAP = 3;

/**
 * A phrase's words in its order with a few others between, as the thesis writes it: "19th
 * congress" is "19 th National Congress" there.
 */
function spreadPhrases(term: readonly Token[], sections: readonly Section[]): string[] {
  const found = new Map<string, string>();
  for (const sentence of sections.flatMap((s) => s.sentences)) {
    const tokens = tokenize(sentence.text);
    tokens.forEach((first, i) => {
      if (first.stem !== term[0]?.stem) return;
      let at = i;
      for (const next of term.slice(1)) {
        const j = tokens.findIndex((t, k) => k > at && k <= at + MAX_GAP + 1 && t.stem === next.stem);
        if (j < 0) return;
        at = j;
      }
      const written = sentence.text.slice(first.start, tokens[at]?.end).replace(/["“”]/gu, '').replace(/\s+/g, ' ');
      found.set(written.toLowerCase(), written);
    });
  }
  return [...found.values()].slice(0, 5);
}

/**
 * Close terms that do occur: for a phrase, the same phrase with each word the thesis lacks
 * respelt ("mass lne" → "mass line"), or its words as the thesis spreads them ("19th congress"
 * → "19 th National Congress"); failing that, words near its longest word.
 */
function suggestionsFor(term: string, sections: readonly Section[], vocabulary: Vocabulary): string[] {
  const words = term.split(/\s+/);
  if (words.length > 1 && !HAN.test(term)) {
    let phrases = [''];
    for (const w of words) {
      const options = vocabulary.knows(w) ? [vocabulary.spelling(w)] : vocabulary.suggest(w, 3);
      phrases = phrases.flatMap((p) => options.map((o) => (p ? `${p} ${o}` : o))).slice(0, 27);
    }
    const sentences = sections.flatMap((s) => s.sentences.map((x) => tokenize(x.text)));
    const occurs = (phrase: string) => sentences.some((tokens) => matchesIn(tokens, tokenize(phrase)).length > 0);
    const found = phrases.filter((p) => p !== term.toLowerCase() && occurs(p));
    if (found.length > 0) return found.slice(0, 5);
    // Two words may come either way round: "party congress" is "Congress of the … Party".
    const ordered = tokenize(term);
    const turned = ordered.length === 2 ? spreadPhrases([...ordered].reverse(), sections) : [];
    const spread = [...new Set([...spreadPhrases(ordered, sections), ...turned])].slice(0, 5);
    if (spread.length > 0) return spread;
  }
  return vocabulary.suggest(words.sort((a, b) => b.length - a.length)[0] ?? term);
}
