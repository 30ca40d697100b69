import { createHmac, randomBytes } from 'node:crypto';
import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * One line of data/feedback.jsonl. User ids are hashed with a key kept beside the log: the log
 * says who voted twice, not who, and cannot be matched to ids without the key.
 */
export type FeedbackEntry =
  | { kind: 'vote'; at: string; user: string; vote: 'up' | 'down'; question: string; answer: string }
  | { kind: 'unanswered'; at: string; user: string; question: string; answer: string };

/** Hashes a Discord user id with the log's secret key. */
export function hashUser(id: string, key: Buffer): string {
  return createHmac('sha256', key).update(id).digest('hex').slice(0, 16);
}

/** The log's key: read from `file`, or made once and written readable by its owner only. */
async function loadKey(file: string): Promise<Buffer> {
  const existing = await readFile(file).catch(() => undefined);
  if (existing && existing.length >= 16) return existing;
  const key = randomBytes(32);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, key, { mode: 0o600 });
  return key;
}

/** Appends feedback and unanswered questions to a JSONL file. */
export class FeedbackLog {
  private key: Promise<Buffer> | undefined;

  constructor(
    readonly file: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The file holding the key user ids are hashed with. */
  get keyFile(): string {
    return `${this.file}.key`;
  }

  /** Records a vote on an answer. */
  async vote(userId: string, vote: 'up' | 'down', question: string, answer: string): Promise<void> {
    await this.append({ kind: 'vote', at: this.now().toISOString(), user: await this.user(userId), vote, question, answer });
  }

  /** Records a question the bot could not answer. */
  async unanswered(userId: string, question: string, answer: string): Promise<void> {
    await this.append({ kind: 'unanswered', at: this.now().toISOString(), user: await this.user(userId), question, answer });
  }

  private async user(id: string): Promise<string> {
    this.key ??= loadKey(this.keyFile);
    return hashUser(id, await this.key);
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
