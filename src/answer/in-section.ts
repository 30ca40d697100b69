import type { Section } from '../types.ts';
import type { Answer } from './types.ts';

/** "Is that in chapter 1?", "was it said in the introduction?": whether it stands in a named section. */
const IN_SECTION = /^\s*(?:and\s+)?(?:is|was|are|were)\s+(?:that|this|it|they|those)\s+(?:(?:said|stated|mentioned|discussed|written|from)\s+)?in\b/iu;

/**
 * "Is consultative democracy in chapter 3?", "does chapter 6 cover the four dangers?", "is
 * national unity part of chapter 4?": whether a thing stands in a named section, asked of the
 * thing itself.
 */
const THING_IN_SECTION =
  /^\s*(?:and\s+)?(?:is|are|was|were)\s+(?!(?:that|this|it|they|those)\b).+?\s+(?:(?:said|stated|mentioned|discussed|covered|written|talked\s+about|dealt\s+with|explained|described)\s+)?(?:in|part\s+of)\s+(?:the\s+)?(?:chapter|ch\b|introduction|intro\b|overview|conclusion)|^\s*(?:and\s+)?(?:does|did)\s+(?:the\s+)?(?:chapter\s+\w+|\w+\s+chapter|introduction|intro|overview|conclusion)\s+(?:cover|include|deal\s+with|address|explain|describe|contain)\b/iu;

/**
 * "Does chapter 2 skip the six stages?", "does the intro leave out the methods?": whether a
 * thing is missing, the other way round from whether it is there.
 */
export const OMITTED = /\b(?:skip|skips|skipped|omit|omits|omitted|overlook|overlooks|overlooked|neglect|neglects|neglected|ignore|ignores|ignored|miss|misses|missed|lack|lacks|lacked|(?:leave|leaves|left)\s+(?:(?:the|its|any)\s+)?(?:[\p{L}-]+\s+){0,2}?out)\b/iu;
const SECTION_OMITS = new RegExp(String.raw`^\s*(?:and\s+)?(?:does|did|do)\s+(?:the\s+)?(?:chapter\s+\w+|\w+\s+chapter|introduction|intro|overview|conclusion)\s+${OMITTED.source}`, 'iu');

/** Sections by name, as one says them: "the introduction and Chapter 2" (or "… nor …"). */
export function sectionList(sections: readonly Section[], joiner = ' and '): string {
  return sections.map((s) => (/^chapter\b/iu.test(s.label) ? s.label : `the ${s.label.toLowerCase()}`)).join(joiner);
}

/** "Chapter 4 or chapter 5?", "which of chapters 3 and 5…": a choice between sections, not a comparison. */
export const ONE_OF_THEM = /\bor\b|\bwhich\s+(?:one\s+)?of\b/iu;

/**
 * Which of the sections named says it: the one the answer's first quote comes from, when that
 * quote holds at least half the topic; else neither.
 */
function choiceVerdict(answer: Answer, asked: { topic: readonly string[]; named: readonly Section[] }, stems: ReadonlySet<string> | undefined): Answer {
  const first = answer.citations[0];
  const section = answer.abstained ? undefined : asked.named.find((s) => s.id === first?.section);
  const same = asked.topic.filter((t) => stems?.has(t)).length * 2 >= asked.topic.length;
  // "Chapter 2 and Chapter 3 do not say; elsewhere the thesis does" has said so already.
  if (!section && /^[^.;]+ do not say\b/u.test(answer.answer)) return answer;
  if (!section || !same) return { ...answer, answer: `Neither ${sectionList(asked.named, ' nor ')} says so. ${answer.answer}` };
  const where = sectionList([section]);
  return { ...answer, answer: `In ${where}. ${answer.answer}` };
}

/** True for "is that in chapter 1?" and the like. */
export function asksIfInSection(question: string): boolean {
  return IN_SECTION.test(question);
}

/**
 * "Yes." or "No." to whether something stands in the section named, from where the answer's
 * first quote (whose word stems are `stems`) comes from and whether it holds the topic;
 * undefined for a question that asks no such thing, or whose "yes" the quote cannot give.
 */
export function inSectionVerdict(answer: Answer, asked: { question: string; topic: readonly string[]; named: readonly Section[] }, stems: ReadonlySet<string> | undefined): Answer | undefined {
  if (asked.named.length === 0) return undefined;
  const first = answer.citations[0];
  // "Is that in the overview or chapter 1?" asks which: a yes would not say.
  if (asked.named.length > 1 && ONE_OF_THEM.test(asked.question) && (IN_SECTION.test(asked.question) || THING_IN_SECTION.test(asked.question))) return choiceVerdict(answer, asked, stems);
  // "Is it in chapter 2?": yes when the answer quotes chapter 2 on the same thing, else no, and
  // what it found; a quote from there on something else ("stability and unity" for the
  // circle's expansion) is no "yes".
  if (IN_SECTION.test(asked.question)) {
    const there = !answer.abstained && first !== undefined && asked.named.some((s) => s.id === first.section);
    const same = asked.topic.filter((t) => stems?.has(t)).length * 2 >= asked.topic.length;
    if (there && !same) return { ...answer, answer: `No. ${asked.named.map((s) => s.label).join(' and ')} does not say so.`, abstained: true, citations: [], nearest: [] };
    return { ...answer, answer: `${there ? yesIn(asked) : 'No. '}${answer.answer}` };
  }
  // "Does chapter 5 omit branch secretaries?": no, when a quote from there holds all of them.
  if (SECTION_OMITS.test(asked.question)) {
    const holds = !answer.abstained && first !== undefined && asked.named.some((s) => s.id === first.section) && asked.topic.every((t) => stems?.has(t));
    return holds ? { ...answer, answer: `No. ${answer.answer.replace(/^(?:Yes|No)\. /u, '')}` } : undefined;
  }
  // "Is consultative democracy in chapter 3?": yes when a quote from there holds all of it, no
  // when the answer comes from elsewhere or there is none.
  if (!THING_IN_SECTION.test(asked.question)) return undefined;
  const there = first !== undefined && asked.named.some((s) => s.id === first.section);
  if (answer.abstained || !there) return { ...answer, answer: `No. ${answer.answer}` };
  // A count confirmed ("does chapter 2 give six stages?") has said "Yes." already.
  if (asked.topic.every((t) => stems?.has(t))) return { ...answer, answer: `${/^Yes\. /u.test(answer.answer) ? '' : yesIn(asked)}${answer.answer}` };
  return undefined;
}

/**
 * "Yes. ", or, for "is it in the conclusion?" of a text with none, where it is instead: the
 * overview stands in for the conclusion, but a bare yes would claim a chapter the text lacks.
 */
function yesIn(asked: { question: string; named: readonly Section[] }): string {
  const stoodIn = /\bconclu(?:sion|sions|ding)\b/iu.test(asked.question) && asked.named.some((s) => s.id === 'overview') && !asked.named.some((s) => s.id === 'conclusion');
  return stoodIn ? 'The text we have has no conclusion of its own; it is in the overview, which ends on the thesis as a whole: ' : 'Yes. ';
}
