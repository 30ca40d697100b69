/** Number words from zero to twenty, each at its value's index. */
export const CARDINALS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
const ORDINALS = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];
const ROMAN = /^(x{0,2})(ix|iv|v?i{0,3})$/i;
const HAN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Alternation matching the ordinal words a reader uses for places in a short list, "first" to "tenth". */
export const PLACE_WORD = ORDINALS.slice(1, 11).join('|');

/** Alternation matching any way a chapter number is written in English text. */
export const NUMBER_WORD = `\\d{1,2}(?:st|nd|rd|th)?|${[...ORDINALS.slice(1), ...CARDINALS.slice(1)].join('|')}|[ivx]{1,5}`;

function romanValue(text: string): number | undefined {
  const m = ROMAN.exec(text);
  if (!m || !text) return undefined;
  const tens = (m[1] ?? '').length * 10;
  const unit = (m[2] ?? '').toLowerCase();
  const units: Record<string, number> = { '': 0, i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9 };
  const value = tens + (units[unit] ?? 0);
  return value > 0 ? value : undefined;
}

/** Reads a Chinese numeral up to 99 ("三", "十二", "二十"). */
export function hanNumber(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  const [tensPart, unitPart] = text.includes('十') ? text.split('十') : ['', text];
  const tens = text.includes('十') ? (tensPart ? HAN_DIGITS[tensPart] : 1) : 0;
  const units = unitPart ? HAN_DIGITS[unitPart] : 0;
  if (tens === undefined || units === undefined) return undefined;
  return tens * 10 + units || undefined;
}

/** The number a word stands for: "4", "4th", "four", "fourth", "iv"; undefined if none. */
export function numberOf(word: string): number | undefined {
  const w = word.toLowerCase();
  const digits = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(w);
  if (digits) return Number(digits[1]);
  const cardinal = CARDINALS.indexOf(w);
  if (cardinal > 0) return cardinal;
  const ordinal = ORDINALS.indexOf(w);
  if (ordinal > 0) return ordinal;
  return romanValue(w);
}

/** A place as a figure with its suffix: "1st", "4th", "12th", "21st". */
export function ordinalFigure(n: number): string {
  const teens = n % 100 >= 11 && n % 100 <= 13;
  return `${n}${teens ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th'}`;
}

/** The ordinal word for a place ("first" for 1), or its figure past twenty ("21st"). */
export function ordinalWord(n: number): string {
  const word = ORDINALS[n];
  return word && n > 0 ? word : ordinalFigure(n);
}
