import { CARDINALS, NUMBER_WORD, hanNumber, numberOf } from '../ingest/ordinals.ts';

/** Between the numbers of a list or range of chapters: "3, 4 and 5", "2-4", "4 to 6", "2 & 3". */
const LIST_SEPARATOR = String.raw`\s*(?:,\s*(?:and\s+|&\s*)?|\s(?:and|or|to|through)\s|&|-|–)\s*(?:the\s+)?`;
const RANGE_SEPARATOR = /^\s*(?:to|through|-|–)\s*$/iu;
// "one of", "two of them": a count, not another chapter.
const LIST = `(?:${NUMBER_WORD})(?:\\b|(?<=\\d)(?=s\\b))(?:${LIST_SEPARATOR}(?:${NUMBER_WORD})\\b(?!\\s+of\\b))*`;
// A possessive goes with the name ("the first chapter's argument", "chapter 3's aim", "chapter 3s aim").
// "Section 4" and "part 2" are how readers number chapters too, when the thesis has no parts;
// "chapter no. 4", "chapter number 4" and "chapter #4" are chapter 4.
const CHAPTER_REF = new RegExp(`\\b(?:chapters?|chaps?\\.?|chp?t?\\.?|sections?|parts?)\\s*-?\\s*(?:(?:no\\.?|number|nr\\.?|#)\\s*)?(${LIST})(?:['’]?s\\b)?|\\b(${LIST})\\s+chapters?(?:['’]s?)?\\b|第([一二两三四五六七八九十\\d]{1,3})章`, 'giu');
/** One number without an ordinal ending: before a plural "chapters" it counts them. */
const COUNT_ONLY = new RegExp(`^(?:\\d{1,2}|${CARDINALS.slice(1).join('|')})$`, 'iu');
const LAST_REF = /\b(?:the\s+)?(?:last|final|concluding)\s+chapter(?:['’]s)?(?![\p{L}'’])/giu;
/** Chapters named by their place rather than their number: "the opening chapter", "the penultimate chapter". */
const PLACE_REF = /\b(?:the\s+)?(?:(opening|initial)|penultimate|second[-\s]to[-\s]last|next[-\s]to[-\s]last)\s+chapter(?:['’]s)?\b/giu;
/** "the first two chapters", "the last three chapters". */
const FIRST_OR_LAST_REF = new RegExp(`\\b(?:the\\s+)?(first|last|final)\\s+(${NUMBER_WORD})\\s+chapters\\b`, 'giu');
/** "The middle chapters", "the central chapter": those halfway through. */
// "The middle chapter", and "which chapter is in the middle (of the body)?".
const MIDDLE_REF = /\b(?:the\s+)?(?:middle|central|midd?le-?most)\s+(chapters?)\b|\b(chapters?)\s+(?:is|are|sits?|lies?|stands?|comes?|falls?)\s+in\s+the\s+middle(?:\s+of\s+(?:the\s+)?(?:body|thesis|book|dissertation|text|work))?\b/giu;
const ROMAN_ONLY = /^[ivx]+$/iu;

/**
 * The chapter numbers of a list or range ("3 and 4", "2-4", "three, four and five") and the
 * text after the last one that belongs to the question instead: a lower-case "i" after a
 * digit is the reader, not chapter one ("chapter 3 and i am lost").
 */
function readChapterList(list: string): { numbers: number[]; tail: string } {
  const parts = list.split(new RegExp(`(${LIST_SEPARATOR})`, 'iu'));
  const first = parts[0] ?? '';
  const start = numberOf(first);
  const numbers = start === undefined ? [] : [start];
  for (let i = 1; i + 1 < parts.length; i += 2) {
    const item = parts[i + 1] ?? '';
    const n = numberOf(item);
    const prev = numbers.at(-1) ?? 0;
    if (n === undefined || (ROMAN_ONLY.test(item) && !ROMAN_ONLY.test(first))) return { numbers, tail: parts.slice(i).join('') };
    const range = RANGE_SEPARATOR.test(parts[i] ?? '') && n > prev && n - prev <= 20;
    for (let k = range ? prev + 1 : n; k <= n; k++) numbers.push(k);
  }
  return { numbers, tail: '' };
}

/**
 * Takes the chapters a text names by number or place ("chapter 4", "chapters 2-4", "the first
 * two chapters", "the last chapter", "the penultimate chapter", "第三章") out of it, telling
 * `add` each number.
 */
export function takeChapterRefs(text: string, lastChapter: number, add: (n: number) => void): string {
  // "Second-to-last chapter" before "last chapter", which it contains.
  const rest = text
    .replace(PLACE_REF, (_m, opening?: string) => {
      if (opening) add(1);
      else if (lastChapter > 1) add(lastChapter - 1);
      return ' ';
    })
    .replace(LAST_REF, () => {
      if (lastChapter > 0) add(lastChapter);
      return ' ';
    })
    .replace(MIDDLE_REF, (_m, before: string | undefined, after: string | undefined) => {
      middleOf(lastChapter, (before ?? after ?? '').toLowerCase().endsWith('s')).forEach(add);
      return ' ';
    });
  return rest
    .replace(FIRST_OR_LAST_REF, (_m, end: string, count: string) => {
      const n = Math.min(numberOf(count) ?? 0, lastChapter);
      for (let k = 1; k <= n; k++) add(end.toLowerCase() === 'first' ? k : lastChapter - n + k);
      return ' ';
    })
    .replace(CHAPTER_REF, (m: string, a: string | undefined, b: string | undefined, han: string | undefined, at: number, whole: string) => {
      // "Part one of my question" is no chapter.
      if (/^(?:sections?|parts?)\b/iu.test(m) && /^\s+of\b/iu.test(whole.slice(at + m.length))) return m;
      // "All six chapters", "its 6 chapters": a count of them, not chapter six.
      if (b && /chapters$/iu.test(m) && COUNT_ONLY.test(b)) return " ";
      // "If I read only one chapter": a chapter, any one, not chapter one.
      if (b && /^one$/iu.test(b) && /chapter$/iu.test(m)) return m;
      const { numbers, tail } = han ? { numbers: [hanNumber(han)], tail: '' } : readChapterList(a ?? b ?? '');
      for (const n of numbers) if (n !== undefined) add(n);
      return ` ${tail} `;
    });
}

/**
 * The chapters halfway through N: of six, the third and fourth; of seven, the fourth alone,
 * or the third to fifth when several are asked for. Of two or fewer, none is in the middle.
 */
function middleOf(chapters: number, several: boolean): number[] {
  if (chapters < 3) return [];
  const half = (chapters + 1) / 2;
  if (chapters % 2 === 0) return [half - 0.5, half + 0.5];
  return several ? [half - 1, half, half + 1] : [half];
}
