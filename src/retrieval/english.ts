import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

/**
 * The word list as one string with a newline on each side of every word: a look-up is one
 * substring search, about a millisecond, where a Set of its 274,000 words would cost 40 MB.
 */
let list: string | undefined;

/**
 * True when `word` is an English word (from the `word-list` package): such a word was typed on
 * purpose, and is not a typo to bend into a word of the thesis ("supervisor", "cares").
 */
export function isEnglishWord(word: string): boolean {
  list ??= `\n${readFileSync(wordListPath, 'utf8')}\n`;
  return list.includes(`\n${word.toLowerCase()}\n`);
}
