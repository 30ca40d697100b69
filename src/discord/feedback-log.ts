import { createHash } from 'node:crypto';
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** One line of data/feedback.jsonl. User ids are hashed: the log says who voted twice, not who. */
export type FeedbackEntry =
  | { kind: 'vote'; at: string; user: string; vote: 'up' | 'down'; question: string; answer: string }
  | { kind: 'unanswered'; at: string; user: string; question: string; answer: string };

/** Hashes a Discord user id for the log. */
export function hashUser(id: string): string {
  return createHash('sha256').update(`thesis-bot:${id}`).digest('hex').slice(0, 16);
}

/** Appends feedback and unanswered questions to a JSONL file. */
export class FeedbackLog {
  constructor(
    readonly file: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Records a vote on an answer. */
  vote(userId: string, vote: 'up' | 'down', question: string, answer: string): Promise<void> {
    return this.append({ kind: 'vote', at: this.now().toISOString(), user: hashUser(userId), vote, question, answer });
  }

  /** Records a question the bot could not answer. */
  unanswered(userId: string, question: string, answer: string): Promise<void> {
    return this.append({ kind: 'unanswered', at: this.now().toISOString(), user: hashUser(userId), question, answer });
  }

  /** Every entry so far; a damaged line is skipped rather than losing the rest. */
  async read(): Promise<FeedbackEntry[]> {
    const text = await readFile(this.file, 'utf8').catch(() => '');
    return text.split('\n').flatMap((line) => {
      try {
        return line.trim() ? [JSON.parse(line) as FeedbackEntry] : [];
      } catch {
        return [];
      }
    });
  }

  private async append(entry: FeedbackEntry): Promise<void> {
    await mkdir(path.dirname(this.file), { recursive: true });
    await appendFile(this.file, `${JSON.stringify(entry)}\n`);
  }
}
