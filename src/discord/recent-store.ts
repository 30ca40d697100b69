import { appendFile, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The newest entries of a keyed map, at most `capacity`, that survive a restart when given a
 * file: every `set` is appended to it as a JSON line, and `load` reads it back, keeping the
 * newest. The file is rewritten with just those once it holds twice as many lines, so it
 * stays small however long the bot runs.
 */
export class RecentStore<T> {
  private readonly items = new Map<string, T>();
  private lines = 0;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly capacity: number,
    private readonly file?: string,
    private readonly onError: (error: unknown) => void = () => {},
  ) {}

  /** Reads back what an earlier run stored; a damaged line is skipped, not fatal. */
  async load(): Promise<void> {
    if (!this.file) return;
    const text = await readFile(this.file, 'utf8').catch(() => '');
    for (const line of text.split('\n')) {
      try {
        const entry = line.trim() ? (JSON.parse(line) as { key?: unknown; value?: T }) : undefined;
        if (typeof entry?.key === 'string' && entry.value !== undefined) this.remember(entry.key, entry.value);
      } catch {
        // A line cut short by a crash: the entries before and after it still count.
      }
    }
    if (text) this.queueWrite(() => this.compact());
    await this.writing;
  }

  get(key: string): T | undefined {
    return this.items.get(key);
  }

  /** Stores a value as the newest; written to the file in the background, in order. */
  set(key: string, value: T): void {
    this.remember(key, value);
    if (!this.file) return;
    const file = this.file;
    this.queueWrite(async () => {
      await mkdir(path.dirname(file), { recursive: true });
      await appendFile(file, `${JSON.stringify({ key, value })}\n`);
      this.lines += 1;
      if (this.lines >= 2 * this.capacity) await this.compact();
    });
  }

  /** Resolves once everything set so far is on disk (for a clean shutdown). */
  flush(): Promise<void> {
    return this.writing;
  }

  private remember(key: string, value: T): void {
    this.items.delete(key);
    this.items.set(key, value);
    if (this.items.size > this.capacity) this.items.delete(this.items.keys().next().value as string);
  }

  /** Rewrites the file with the entries kept, through a temporary file so a crash loses none. */
  private async compact(): Promise<void> {
    if (!this.file) return;
    const temp = `${this.file}.tmp`;
    await writeFile(temp, [...this.items].map(([key, value]) => `${JSON.stringify({ key, value })}\n`).join(''));
    await rename(temp, this.file);
    this.lines = this.items.size;
  }

  private queueWrite(write: () => Promise<void>): void {
    this.writing = this.writing.then(write).catch((error: unknown) => this.onError(error));
  }
}
