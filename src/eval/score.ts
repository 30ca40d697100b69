import { z } from 'zod';
import type { Answer } from '../answer/types.ts';
import { ThesisBotError } from '../errors.ts';

/** One line of an evaluation set, in the format of shared/eval/dev.jsonl. */
export interface EvalItem {
  id: string;
  kind: 'answerable' | 'metadata' | 'unanswerable';
  question: string;
  sections?: string[];
  mention?: string[];
}

/** The figures an evaluation reports; each is a share between 0 and 1. */
export interface EvalScores {
  hitAt1: number;
  hitAt3: number;
  abstention: number;
  falseAbstention: number;
  metadata: number;
  /** Of the answerable questions that name words the answer should hold, the share whose answer holds them all. */
  mentions: number;
  counts: { answerable: number; unanswerable: number; metadata: number; mentions: number };
}

const share = (n: number, d: number) => (d === 0 ? 1 : n / d);

const words = z.union([z.string().transform((w) => [w]), z.array(z.string())]);

/** A line of the set; a single word to mention may be given as a string. */
const itemSchema = z.object({
  id: z.coerce.string().default(''),
  kind: z.enum(['answerable', 'metadata', 'unanswerable']),
  question: z.string().min(1),
  sections: z.array(z.string()).optional(),
  mention: words.optional(),
});

/**
 * Reads a JSONL evaluation set; blank lines are skipped. A line that is not JSON or not an item
 * is a usage error naming the line and what is wrong with it.
 */
export function parseEvalSet(text: string): EvalItem[] {
  return text.split(/\r?\n/).flatMap((line, i) => {
    if (!line.trim()) return [];
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new ThesisBotError('USAGE', `line ${i + 1}: not a JSON object`);
    }
    const item = itemSchema.safeParse(value);
    if (!item.success) {
      const problems = item.error.issues.map((issue) => `${issue.path.join('.') || 'line'}: ${issue.message}`).join('; ');
      throw new ThesisBotError('USAGE', `line ${i + 1}: ${problems} (each line needs "question" and a "kind" of answerable, metadata or unanswerable)`);
    }
    return [item.data];
  });
}

/**
 * Scores answers against an evaluation set: hit@k is whether one of the first k citations is
 * in a gold section; metadata answers, and answerable ones that list words, must mention
 * every expected word.
 */
export function scoreAnswers(items: readonly EvalItem[], answers: readonly Answer[]): EvalScores {
  let h1 = 0, h3 = 0, falseAbst = 0, abst = 0, meta = 0, mentioned = 0;
  const counts = { answerable: 0, unanswerable: 0, metadata: 0, mentions: 0 };
  const mentionsAll = (item: EvalItem, a: Answer) => !a.abstained && (item.mention ?? []).every((m) => a.answer.toLowerCase().includes(m.toLowerCase()));
  items.forEach((item, i) => {
    const a = answers[i];
    if (!a) return;
    counts[item.kind] += 1;
    const gold = new Set(item.sections ?? []);
    if (item.kind === 'answerable') {
      if (a.abstained) falseAbst += 1;
      if (!a.abstained && gold.has(a.citations[0]?.section ?? '')) h1 += 1;
      if (!a.abstained && a.citations.slice(0, 3).some((c) => gold.has(c.section))) h3 += 1;
      if (item.mention && item.mention.length > 0) {
        counts.mentions += 1;
        if (mentionsAll(item, a)) mentioned += 1;
      }
    } else if (item.kind === 'unanswerable') {
      if (a.abstained) abst += 1;
    } else if (mentionsAll(item, a)) {
      meta += 1;
    }
  });
  return {
    hitAt1: share(h1, counts.answerable),
    hitAt3: share(h3, counts.answerable),
    abstention: share(abst, counts.unanswerable),
    falseAbstention: counts.answerable === 0 ? 0 : falseAbst / counts.answerable,
    metadata: share(meta, counts.metadata),
    mentions: share(mentioned, counts.mentions),
    counts,
  };
}
