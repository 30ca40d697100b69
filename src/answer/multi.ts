import { expectationOf } from './answer-type.ts';
import { findSectionRefs } from '../retrieval/section-ref.ts';
import { type AskContext, answerQuestion } from './ask.ts';
import { resolveFollowUp } from './follow-up.ts';
import { onlyNews } from './only-news.ts';
import { ANAPHORA, ownWords } from './follow-up-forms.ts';
import { asksAboutRecord } from './record-asked.ts';
import { HOW_TO_WORD } from './asking-frames.ts';
import { withoutPreamble } from './preamble.ts';
import { readable, tagOf } from './cite.ts';
import type { Answer, Citation, SectionPointer } from './types.ts';

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

/** "…, right? what's the second?": a claim with its tag, and more asked after it. */
const TAGGED_THEN = /^(.*?\S)\s*,?\s+(?:right|yes|yeah|correct|true|no)\s*[?？]+\s+(\S.*)$/iu;

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
  // "There were 4 experiences right? whats the 2nd": a claim to check, then what it leads to.
  const [, claim, next] = TAGGED_THEN.exec(text.trim()) ?? [];
  if (claim && next && words(claim) >= 2) return [`${claim}, right?`, next];
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

/**
 * One answer to several questions: each part under its question in bold, the citations of all
 * parts in order, refused only when every part was.
 */
export function mergeAnswers(question: string, parts: readonly string[], answers: readonly Answer[]): Answer {
  const nearest = new Map<string, SectionPointer>();
  for (const a of answers) for (const n of a.nearest) nearest.set(n.section, n);
  return {
    question,
    answer: answers.map((a, i) => `**${parts[i] ?? a.question}** ${a.answer}`).join('\n\n'),
    abstained: answers.every((a) => a.abstained),
    citations: answers.flatMap((a) => a.citations),
    nearest: [...nearest.values()],
  };
}

/**
 * The answer to `question`; when it is refused and the words typed (`own`) hold a pronoun, the
 * answer to them read with `lead`, the passage the answer before quoted first, if that finds
 * one: "…the two functions of the circle. When can they happen?" asks when contraction and
 * expansion can, which that passage named and the question before did not.
 */
async function answerOrAntecedent(question: string, own: string, lead: string | undefined, ctx: AskContext): Promise<Answer> {
  const answer = await answerQuestion(question, ctx);
  const words = ownWords(own);
  if (!answer.abstained || !lead || !ANAPHORA.test(words)) return answer;
  // A lead that names a section ("The first chapter defines…") would turn the question into one
  // about that section: "it" is not the chapter.
  if (findSectionRefs(lead, ctx.parsed.sections).ids.length > 0) return answer;
  // "Who created it?" refused for want of a person: another "it" names no one either.
  const kind = expectationOf(words)?.kind;
  if (kind === 'people' || kind === 'person') return answer;
  const retried = await answerQuestion(`${words.replace(/[?？!.\s]+$/u, '')} (${lead})`, ctx);
  return retried.abstained ? answer : { ...retried, question };
}

/**
 * A part's answer without the sentences an earlier part quoted ("What does the circle gather,
 * and what does it govern?" need not quote the gathering twice), when it quotes others too and
 * each repeat stands in its text as quoted.
 */
function withoutRepeats(answer: Answer, earlier: readonly Answer[]): Answer {
  const shown = new Set(earlier.flatMap((a) => a.citations.map((c) => c.start)));
  const repeats = answer.citations.filter((c) => c.section !== 'metadata' && shown.has(c.start));
  // How the answer writes a quoted sentence: readable, then its tag.
  const written = (c: Citation) => `${readable(c.quote)} ${tagOf(c.section)}`;
  if (repeats.length === 0 || repeats.length === answer.citations.length || !repeats.every((c) => answer.answer.includes(written(c)))) return answer;
  const text = repeats.reduce((t, c) => t.replace(written(c), ''), answer.answer).replace(/\s{2,}/gu, ' ').trim();
  return { ...answer, answer: text, citations: answer.citations.filter((c) => !repeats.includes(c)) };
}

/**
 * Answers what was typed: a single question as it is, several each in turn, a later one read
 * in the light of the one before ("What is the mass line? How does the thesis use it?").
 */
export async function answerEach(typed: string, ctx: AskContext): Promise<Answer> {
  const text = withoutPreamble(typed, ctx.parsed.sections);
  const parts = splitQuestions(text);
  const lead = ctx.lead && !ctx.exclude?.size ? ctx.corpus.slice(ctx.lead.start, ctx.lead.end) : undefined;
  const whole = async () => ({ ...onlyNews(await answerOrAntecedent(text, text, lead, ctx), ctx), question: typed });
  if (parts.length === 1) return whole();
  const answers: Answer[] = [];
  let previous: string | undefined;
  for (const part of parts) {
    const resolved = resolveFollowUp(previous, part, ctx.parsed.sections);
    const before = answers.at(-1);
    // A part read with the one before ("…and what is its core?") is a follow-up to its answer:
    // what that quoted is seen, so the part's own words choose first, as in a thread.
    const shown = before && resolved !== part ? { ...ctx, leans: true, seen: new Set([...(ctx.seen ?? []), ...before.citations.map((c) => c.start)]) } : ctx;
    const answer = await answerOrAntecedent(resolved, part, before && !before.abstained ? before.citations[0]?.quote : undefined, shown);
    answers.push(withoutRepeats(answer, answers));
    previous = resolved;
  }
  // "What is the center and what is the radius?" may be answered by one passage, "Why that
  // framework? Give the reasons." by one set of them, in whatever order: then once.
  const quoted = (a: Answer) => a.citations.map((c) => c.start).sort((x, y) => x - y).join(',');
  const [first] = answers;
  if (!first || !answers.every((a) => !a.abstained && quoted(a) === quoted(first))) return mergeAnswers(typed, parts, answers);
  // The one that says most of the same quotes: "…? Where is that said?" adds where to them.
  const fullest = answers.reduce((best, a) => (a.answer.length > best.answer.length ? a : best), first);
  return { ...onlyNews(fullest, ctx), question: typed };
}
