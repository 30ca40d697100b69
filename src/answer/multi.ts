import { expectationOf } from './answer-type.ts';
import { findSectionRefs } from '../retrieval/section-ref.ts';
import { type AskContext, answerQuestion } from './ask.ts';
import { resolveFollowUp } from './follow-up.ts';
import { onlyNews } from './only-news.ts';
import { ANAPHORA, ownWords } from './follow-up-forms.ts';
import { withoutPreamble } from './preamble.ts';
import { readable, tagOf } from './cite.ts';
import type { Answer, Citation, SectionPointer } from './types.ts';
import { splitQuestions, withBareWhy } from './split-questions.ts';

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
  const text = withoutPreamble(withBareWhy(typed), ctx.parsed.sections);
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
