/**
 * Two words offered as alternatives ("thinkers or reports"); a means or place said again after
 * "or" ("through consultation or through elections") offers the word after it.
 */
const ALTERNATIVES = /\b(\p{L}+)\s+or\s+(?:(?:through|by|via|with|in|from|at|on)\s+)?(\p{L}+)\b/giu;

/**
 * "Which thinkers or reports…": of two alternative words, one the thesis never uses drops out
 * when it uses the other, since either would answer. `knows` tells the words the thesis uses;
 * a small word (`small`) is no alternative ("fixed or can it change").
 */
export function withoutUnknownAlternatives(text: string, knows: (word: string) => boolean, small: (word: string) => boolean): string {
  return text.replace(ALTERNATIVES, (whole: string, a: string, b: string) => {
    if (small(a) || small(b) || knows(a) === knows(b)) return whole;
    return knows(a) ? a : b;
  });
}

/**
 * The text as typed and once with each of the first pair of alternatives it offers: "who
 * supervised or wrote it?" is also "who supervised it?" and "who wrote it?". Small words
 * (`small`) are no alternatives ("who or what?").
 */
export function eachAlternative(text: string, small: (word: string) => boolean): string[] {
  const m = new RegExp(ALTERNATIVES.source, 'iu').exec(text);
  if (!m?.[1] || !m[2] || small(m[1]) || small(m[2])) return [text];
  const at = (word: string) => `${text.slice(0, m.index)}${word}${text.slice(m.index + m[0].length)}`;
  return [text, at(m[1]), at(m[2])];
}

/** A lettered option of a multiple-choice question: "(a) ", "b) ", "C. " after a space or at the start. */
const OPTION = /(?:^|\s)(?:\(([a-e])\)|([a-e])[).])\s+/giu;

/**
 * "The contraction of the circle (a) gathers power (b) spends money (c) builds roads?": the
 * question with only the options whose every word the thesis uses (`knows`), joined by "or",
 * so the search is not led by an option the thesis never speaks of. Options in order from
 * "a" only; with fewer than two, or when every option or none is known, the text as it is.
 */
export function withKnownChoices(text: string, knows: (word: string) => boolean, small: (word: string) => boolean): string {
  const marks = [...text.matchAll(OPTION)];
  const letters = marks.map((m) => (m[1] ?? m[2] ?? '').toLowerCase());
  if (marks.length < 2 || letters.some((l, i) => l !== 'abcde'[i])) return text;
  const first = marks[0]?.index ?? 0;
  const options = marks.map((m, i) => text.slice((m.index ?? 0) + m[0].length, marks[i + 1]?.index ?? text.length).replace(/[\s?？.!;,]+$/u, ''));
  const known = options.filter((o) => (o.match(/\p{L}+/gu) ?? []).every((w) => small(w.toLowerCase()) || knows(w)));
  if (known.length === 0 || known.length === options.length) return text;
  const stem = text.slice(0, first).replace(/^\s*(?:multiple[-\s]choice|mcq|quiz)\s*[:,-]\s*/iu, '');
  return `${stem.trim()} ${known.join(' or ')}?`;
}
