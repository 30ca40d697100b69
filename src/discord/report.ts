import type { FeedbackEntry } from './feedback-log.ts';

/**
 * The gaps in the bot's coverage, from its feedback log: unanswered questions by how often
 * they were asked, then answers voted down, then the vote totals.
 */
export function formatReport(entries: readonly FeedbackEntry[], file: string): string {
  if (entries.length === 0) return `No feedback yet (${file}).`;
  const unanswered = new Map<string, number>();
  const down = new Map<string, { answer: string; votes: number }>();
  let ups = 0;
  for (const e of entries) {
    if (e.kind === 'unanswered') unanswered.set(e.question, (unanswered.get(e.question) ?? 0) + 1);
    else if (e.vote === 'up') ups += 1;
    else down.set(e.question, { answer: e.answer, votes: (down.get(e.question)?.votes ?? 0) + 1 });
  }
  const lines = [`Questions the bot could not answer (${unanswered.size}):`];
  for (const [q, n] of [...unanswered].sort((a, b) => b[1] - a[1])) lines.push(`  ${String(n).padStart(3)}× ${q}`);
  lines.push('', `Answers voted down (${down.size}):`);
  for (const [q, d] of [...down].sort((a, b) => b[1].votes - a[1].votes)) lines.push(`  ${String(d.votes).padStart(3)}× ${q}`, `        answered: ${d.answer.slice(0, 200)}`);
  const downVotes = [...down.values()].reduce((n, d) => n + d.votes, 0);
  lines.push('', `Votes: ${ups} 👍, ${downVotes} 👎`);
  return lines.join('\n');
}
