import { asksAboutRecord } from './record-asked.ts';
import { HOW_TO_WORD } from './asking-frames.ts';

/** More parts than this are read as one question: a list of questions is rarely longer. */
const MAX_PARTS = 3;
/** A part shorter than this ("Why?", "How so?") leans on the one before and stays with it. */
const MIN_PART_WORDS = 3;

const QUESTION_WORD = String.raw`(?:what|who|whom|whose|when|where|why|how|which)`;
/**
 * "Who wrote it and what is chapter 2 about?": two questions joined by "and", each opening with
 * a question word, the second with its verb ("and what the masses want" is no question), or
 * with "which" and its noun ("…and which activity followed from it?") or "how many" ("…and how
 * many people did they visit?").
 */
const JOINED = new RegExp(String.raw`^(${QUESTION_WORD}\b.*?\S)\s*,?\s+and\s+(${QUESTION_WORD}\s+(?:is|are|was|were|does|do|did|can|could|should|would|has|have|had|wrote)\b.*|(?:which|what)\s+\p{L}+\s+(?:is|are|was|were|do|does|did|can|could|should|would|has|have|had|\p{L}+ed)\b.*|how\s+(?:many|much|long|often)\s+(?:\p{L}+\s+)?(?:is|are|was|were|does|do|did|can|could|has|have|had)\b.*)$`, 'iu');

/** "When was it launched, and by whom?": a second question word alone, asking the same of another side. */
const TRAILING_WH = new RegExp(String.raw`^(${QUESTION_WORD}\b.*?\S)\s*,?\s+and\s+((?:by\s+whom|who|when|where|since\s+when)\s*[?？!.]*)$`, 'iu');

const words = (text: string) => text.split(/\s+/u).length;

/** "Which chapters discuss X or Y?": the chapters asked of either of two things. */
const WHICH_OF_EITHER = /^((?:which|what)\s+(?:chapters|parts|sections)\s+(?:mention|discuss|cover|treat|address|talk\s+about|deal\s+with|speak\s+(?:of|about)|refer\s+to)\s+)(?!(?:whether|if|how|why|what|when|where)\b)(.+?)\s+or\s+(.+?)\s*[?？!.]*$/iu;

/**
 * "…, right? what's the second?", "…; is that right, and what does each do?": a claim with its
 * tag, and more asked after it.
 */
const TAGGED_THEN = /^(.*?\S)(?:\s*,?\s+(?:right|yes|yeah|correct|true|no)\s*[?？]+|\s*[,;:–—-]\s*is\s+(?:that|this|it)\s+(?:right|correct|true|so)\s*(?:[?？]+|,?\s+and\b))\s*(\S.*)$/iu;

/**
 * "…branch secretaries. What's the reasoning?", "…. How come?": asking only for the reason of
 * what was said before, as a bare "Why?" does; its "reason" is no topic of its own.
 */
const WHY_AGAIN = /(?<=[?？.!。]\s*)(?:so\s+|and\s+)?(?:what(?:['’]s|\s+is|\s+was)\s+the\s+(?:reasoning|logic|rationale|reason|thinking)(?:\s+(?:behind|for)\s+(?:it|that|this|them))?|why\s+(?:is|was)\s+that|how\s+come|why\s+so)\s*[?？!.]*\s*$/iu;

/** What was typed with a closing "What's the reasoning?" made the bare "Why?" it means. */
export const withBareWhy = (text: string): string => text.replace(WHY_AGAIN, 'Why?');

/** A request that needs no question mark: "Summarize chapter 2.", "Explain the mass line." */
const REQUEST = /^(?:please\s+)?(?:summari[sz]e|explain|list|give|show|tell|describe|define|compare|name)\b/iu;
/** "Also, what year…", "And what…": the joint between two questions, not part of the second. */
const ALSO = /^(?:also|and\s+also|plus|then)\s*,?\s+/iu;

/** "Explain like I'm 5.", "say it simply": how to word the answer to the question beside it, no question of its own. */
const HOW_TO_SAY = new RegExp(String.raw`^(?:please\s+)?${HOW_TO_WORD}(?:\s+please)?[\s?？.!]*$`, 'iu');

/** "1) … 2) …", "(1) … (2) …", "1. … 2. …": the numbers of a numbered list of questions. */
const NUMBER_MARK = /(?:^|\s)\(?([1-9])[).:]\s+/gu;

/**
 * "1) what is the mass line's place 2) which chapter discusses it": each numbered question,
 * when the numbers run 1, 2… from the message's start (after a lead-in like "two questions:").
 */
function numberedParts(text: string): string[] | undefined {
  const marks = [...text.matchAll(NUMBER_MARK)];
  if (marks.length < 2 || marks.length > MAX_PARTS || marks.some((m, i) => m[1] !== String(i + 1))) return undefined;
  const lead = text.slice(0, marks[0]?.index ?? 0);
  if (words(lead.trim()) > 3) return undefined;
  const parts = marks.map((m, i) => text.slice((m.index ?? 0) + m[0].length, marks[i + 1]?.index ?? text.length).trim());
  return parts.every((p) => words(p) >= 2) ? parts : undefined;
}

/**
 * The questions in what was typed, when it holds several ("What is the mass line? And what
 * are the three fine styles?", "Who wrote it and what is chapter 2 about?", "when was it
 * launched, and by whom?"); a single question
 * comes back alone, and so do questions about the record alone ("Who wrote it and when was it
 * posted?"), which the record answers together.
 */
export function splitQuestions(text: string): string[] {
  const numbered = numberedParts(text);
  if (numbered) return numbered;
  // "Which chapters mention the mass line or mass work?": the chapters of each, in turn.
  const [, which, one, other] = WHICH_OF_EITHER.exec(text.trim()) ?? [];
  if (which && one && other && !/\b(?:is|are|was|were)\b/iu.test(`${one} ${other}`)) return [`${which}${one}?`, `${which}${other}?`];
  // "There were 4 experiences right? whats the 2nd": a claim to check, then what it leads to.
  const [, claim, next] = TAGGED_THEN.exec(text.trim()) ?? [];
  if (claim && next && words(claim) >= 2) return [`${claim}, right?`, next.replace(/^and\s+(?=(?:what|which|who|whom|how|why|when|where)\b)/iu, '')];
  const parts = text.split(/(?<=[?？.!。])\s+/u).map((p) => p.trim().replace(ALSO, '')).filter(Boolean);
  const asked = parts.filter((p) => (/[?？]$/u.test(p) || REQUEST.test(p)) && words(p) >= MIN_PART_WORDS);
  if (parts.length >= 2 && parts.length <= MAX_PARTS && asked.length === parts.length && !parts.some((p) => HOW_TO_SAY.test(p))) return parts;
  // The bare second part leans on the first, as a follow-up in a thread would.
  const [, main, also] = TRAILING_WH.exec(text.trim()) ?? [];
  if (main && also && words(main) >= MIN_PART_WORDS && !asksAboutRecord(main)) return [main, also];
  const [, first, second] = JOINED.exec(text.trim()) ?? [];
  if (!first || !second || words(first) < MIN_PART_WORDS || words(second) < MIN_PART_WORDS) return [text];
  // "why (the third one (what are the … and what …))": a question carried in brackets is one.
  if (first.split('(').length !== first.split(')').length) return [text];
  return asksAboutRecord(first) && asksAboutRecord(second) ? [text] : [first, second];
}
