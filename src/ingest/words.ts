/**
 * Counts words the way a reader would: runs of letters or digits, with two Han characters
 * counted as one word so Chinese text is sized comparably to English.
 */
export function wordCount(text: string): number {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = text.replace(/\p{Script=Han}/gu, ' ').match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return latin + Math.ceil(han / 2);
}

/** Text with its first letter a capital: a sentence's start, or a name typed in small letters. */
export function capitalized(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** Text made safe to put inside a regular expression, matching itself literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
