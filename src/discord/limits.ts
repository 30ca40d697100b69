import { escapeRegExp } from '../ingest/words.ts';
/** Discord's limits on one message (https://discord.com/developers/docs/resources/message). */
export const LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  fieldName: 256,
  fieldValue: 1024,
  fields: 25,
  footer: 2048,
  embedTotal: 6000,
  threadName: 100,
  choiceName: 100,
  customId: 100,
} as const;

/** Cuts text to `max` characters at a word boundary, ending with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  if (/\s/.test(text[max - 1] ?? '')) return `${cut.trimEnd()}…`;
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * Splits text into parts of at most `max` characters, preferring sentence ends, then line
 * breaks, then spaces, so a long answer is never cut mid-word.
 */
export function splitText(text: string, max: number): string[] {
  const parts: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const window = rest.slice(0, max + 1);
    const sentence = Math.max(...['. ', '! ', '? ', '] ', '\n'].map((m) => window.lastIndexOf(m)));
    const cut = sentence > max * 0.5 ? sentence + 1 : window.lastIndexOf(' ') > 0 ? window.lastIndexOf(' ') : max;
    parts.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest) parts.push(rest);
  return parts;
}

/** Characters kept on each side of the part of a quote an answer marks. */
const AROUND = 60;

/**
 * A quote cut to at most `max` characters around the first of `marks` (clauses an answer put
 * in bold, spaced as the answer spaces them) that it holds, so the part that answers shows;
 * without one, its start. Ellipses show what was left out.
 */
export function excerpt(quote: string, marks: readonly string[], max: number): string {
  if (quote.length <= max) return quote;
  for (const mark of marks) {
    // The answer restores spaces the source lost ("gravity,\"point"): spaces match or not.
    const pattern = [...mark.replace(/\s+/gu, '')].map(escapeRegExp).join('\\s*');
    const found = new RegExp(pattern, 'u').exec(quote);
    if (!found) continue;
    const from = Math.max(0, found.index - AROUND);
    // Start after a space, not mid-word, but never past the mark (the copy lost many spaces).
    const start = from === 0 ? 0 : Math.min(found.index, quote.indexOf(' ', from) + 1 || from);
    const window = quote.slice(start, found.index + found[0].length + AROUND);
    const end = start + window.length;
    return truncate(`${start > 0 ? '…' : ''}${window.trim()}${end < quote.length ? '…' : ''}`, max);
  }
  return truncate(quote, max);
}
