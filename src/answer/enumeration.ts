import { numberOf, ordinalFigure } from '../ingest/ordinals.ts';
import type { Passage } from '../retrieval/search.ts';
import { isStopword, tokenize, type Token } from '../retrieval/terms.ts';

/**
 * "First,", "Secondly,", "First of all,", "Third:" opening a sentence, or "…as follows: first,"
 * inside one: the item's number. "Finally," and "Lastly," close a list: `last`.
 */
function ordinalAt(text: string): number | 'last' | undefined {
  const m = /^(?:.*?[:：]\s*)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|finally|lastly)(?:ly)?(?:\s+of\s+all)?\s*[,，:：]/iu.exec(text);
  const word = m?.[1]?.toLowerCase();
  if (!word) return undefined;
  return word === 'finally' || word === 'lastly' ? 'last' : numberOf(word);
}

/** "Based on the above three points", "these reasons": a sentence drawing the items together. */
const RECAP = /\b(?:above|these|those|foregoing|preceding)\s+(?:\p{L}+\s+)?(?:points|reasons|aspects|factors|grounds|considerations)\b/iu;

/** How many sentences may part one item from the next (an item's own explanation). */
const MAX_GAP = 8;

/** Items a text lists one sentence each ("first, … Second, … Third, …"), with the sentences around them. */
export interface Enumeration {
  readonly items: readonly Passage[];
  /** The sentence that leads into the list ("…which is why X is chosen."), if any. */
  readonly lead?: Passage | undefined;
  /** The sentence that draws the items together after them ("Based on the above three points…"), if any. */
  readonly recap?: Passage | undefined;
}

/** The lists a section's sentences hold, found by their ordinal openers, in document order. */
export function findEnumerations(passages: readonly Passage[]): Enumeration[] {
  const found: Enumeration[] = [];
  passages.forEach((p, i) => {
    if (ordinalAt(p.text) !== 1) return;
    const items = [p];
    let at = i;
    for (let j = i + 1; j < passages.length && j - at <= MAX_GAP; j++) {
      const next = passages[j];
      if (!next || next.section !== p.section) break;
      const n = ordinalAt(next.text);
      if (n === 1) break;
      if (n === items.length + 1 || n === 'last') {
        items.push(next);
        at = j;
      }
      if (n === 'last') break;
    }
    if (items.length < 2) return;
    const same = (q: Passage | undefined) => (q?.section === p.section ? q : undefined);
    const after = passages.slice(at + 1, at + 1 + MAX_GAP).filter((q) => q.section === p.section);
    found.push({ items, lead: same(passages[i - 1]), recap: after.find((q) => RECAP.test(q.text)) });
  });
  return found;
}

/**
 * "The second one", "the third reason", "the last point": one item asked for, by its place.
 * "Last" ending a question or before "for" is the verb ("how long did the stages last?"),
 * unless a determiner makes it the item ("and the last?") or it stands alone ("last?"). "The
 * final path" is the last. A compound ("a first-year student", "second-hand") asks for no item.
 */
const ITEM_ASKED = /\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|(?<=\b(?:the|its|their|this|that|these|those|very)\s+|^\s*(?:and\s+)?)last|last(?!\s*[?.!]*\s*$)(?!\s+for\b)|(?<=\b(?:the|its|their|this|that)\s+)final|[1-9](?:st|nd|rd|th))\b(?![-‐]\p{L})(?!\s+(?:chapter|section|part|half|sentence|paragraph|page|line|time|of\s+all)\b)/iu;

/** "Number 4", "no. 4", "item 4" of a list (not of a chapter): its place, as "4th". */
const NUMBERED_ITEM = /(?<!\b(?:chapter|section|part|ch)\.?\s*)\b(?:number|no\.?|item)\s*([1-9])\b(?!\s*(?:st|nd|rd|th)\b)/giu;

/** The question with its numbered items written as ordinals ("number 4" → "4th"). */
function withOrdinals(question: string): string {
  return question.replace(NUMBERED_ITEM, (_m, d: string) => ordinalFigure(Number(d)));
}

/** The ordinal word of an item asked for by its place ("second", "last", "number 4"), in lower case, or undefined. */
export function askedOrdinal(question: string): string | undefined {
  return ITEM_ASKED.exec(withOrdinals(question))?.[1]?.toLowerCase();
}

/** The place of the item asked for ("the second one": 2; "the last": 0), or undefined. */
export function itemAsked(question: string): number | undefined {
  const word = askedOrdinal(question);
  if (!word) return undefined;
  return word === 'last' || word === 'final' ? 0 : numberOf(word);
}

/**
 * The word after the ordinal ("the third path", "the third of the four paths": path), unless it
 * is "one"; with none, the first plural of the question before in brackets ("the first (what
 * are the six stages…)": stage).
 */
export function namedThing(question: string): Token | undefined {
  // "The second of the four paths" names paths.
  const after = /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|[1-9](?:st|nd|rd|th))\s+(?:of\s+(?:the\s+|its\s+|these\s+|those\s+)?(?:\p{N}+\s+|(?:two|three|four|five|six|seven|eight|nine|ten)\s+)?)?(\p{L}+)/iu.exec(withOrdinals(question))?.[1] ?? '';
  const own = tokenize(after).filter((t) => !isStopword(t.word) && !/^ones?$/iu.test(t.word))[0];
  const borrowed = /\((.+)\)\s*[?.!]*\s*$/su.exec(question)?.[1];
  return own ?? (borrowed ? firstPlural(borrowed) : undefined);
}

/** The first plural content word of a text ("the four basic experiences": experiences), what a list question asks for. */
export function firstPlural(text: string): Token | undefined {
  return tokenize(text).find((t) => !isStopword(t.word) && /[^s'’]s$/iu.test(t.word) && !/^\d+$/u.test(t.stem));
}

/**
 * Whether the thing asked for by its place ("the third path") is what the list lists: its
 * word is in one of the list's sentences ("The reasons are as follows…"). "The second one" or
 * "the third?" names nothing, and fits any list.
 */
export function namesList(question: string, list: Enumeration): boolean {
  const word = namedThing(question);
  return !word || listMentions(list, [word.stem]);
}

/**
 * Whether a sentence of the list (an item, the one leading into it or drawing it together) has
 * one of `stems`. `asCounted` takes only a plural (or a Chinese word): a list counts "the
 * reasons", while its "community governance" counts no communities.
 */
export function listMentions(list: Enumeration, stems: readonly string[], asCounted = false): boolean {
  const fits = (word: string, wordStem: string) => stems.includes(wordStem) && (!asCounted || /s$/iu.test(word) || /\p{Script=Han}/u.test(word));
  return [...list.items, list.lead, list.recap].some((p) => p !== undefined && tokenize(p.text).some((t) => fits(t.word, t.stem)));
}

/** The parts of a sentence between semicolons and colons, without their end marks. */
export function clausesOf(text: string): string[] {
  return text.split(/(?<=[;:：；])/u).map((c) => c.replace(/[;:：；.!?。]+$/u, '').trim());
}

/**
 * The items a sentence lists after a colon ("four basic experiences: …; …; …; …") or, with no
 * colon, between semicolons; fewer than three make no list.
 */
export function inlineItems(text: string): string[] {
  const colon = text.search(/[:：]/u);
  const items = clausesOf(colon >= 0 ? text.slice(colon + 1) : text);
  return items.length >= 3 ? items : [];
}

/** How near the colon the word for what is listed must be: "draws four basic experiences of X:". */
const INTRO_WORDS = 8;

/** Whether the words just before a sentence's colon name `thing` (any thing, when none is named). */
export function introduces(text: string, thing: Token | undefined): boolean {
  if (!thing) return true;
  const colon = text.search(/[:：]/u);
  return colon >= 0 && tokenize(text.slice(0, colon)).slice(-INTRO_WORDS).some((t) => t.stem === thing.stem);
}
