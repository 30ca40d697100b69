import { type AskContext, answerQuestion } from './ask.ts';
import { resolveFollowUp } from './follow-up.ts';
import { withoutPreamble } from './preamble.ts';
import type { Answer, SectionPointer } from './types.ts';

/** More parts than this are read as one question: a list of questions is rarely longer. */
const MAX_PARTS = 3;
/** A part shorter than this ("Why?", "How so?") leans on the one before and stays with it. */
const MIN_PART_WORDS = 3;

/**
 * The questions in what was typed, when it holds several ("What is the mass line? And what
 * are the three fine styles?"); a single question comes back alone.
 */
export function splitQuestions(text: string): string[] {
  const parts = text.split(/(?<=[?？])\s+/u).map((p) => p.trim()).filter(Boolean);
  const asked = parts.filter((p) => /[?？]$/u.test(p) && p.split(/\s+/u).length >= MIN_PART_WORDS);
  return parts.length >= 2 && parts.length <= MAX_PARTS && asked.length === parts.length ? parts : [text];
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
 * Answers what was typed: a single question as it is, several each in turn, a later one read
 * in the light of the one before ("What is the mass line? How does the thesis use it?").
 */
export async function answerEach(typed: string, ctx: AskContext): Promise<Answer> {
  const text = withoutPreamble(typed, ctx.parsed.sections);
  const parts = splitQuestions(text);
  if (parts.length === 1) return { ...(await answerQuestion(text, ctx)), question: typed };
  const answers: Answer[] = [];
  let previous: string | undefined;
  for (const part of parts) {
    previous = resolveFollowUp(previous, part, ctx.parsed.sections);
    answers.push(await answerQuestion(previous, ctx));
  }
  return mergeAnswers(typed, parts, answers);
}
