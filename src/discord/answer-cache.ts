import { randomBytes } from 'node:crypto';
import type { Answer } from '../answer/types.ts';
import { RecentStore } from './recent-store.ts';

/**
 * Recent answers by a short key, so the Sources and feedback buttons under a message can find
 * what it answered, after a restart too when given a file. Bounded: the oldest are forgotten.
 */
export class AnswerCache {
  private readonly store: RecentStore<Answer>;
  private next = 0;
  // Each run numbers its answers afresh: its prefix keeps those numbers from meeting an earlier run's.
  private readonly run = randomBytes(3).toString('hex');

  constructor(capacity = 500, file?: string, onError?: (error: unknown) => void) {
    this.store = new RecentStore(capacity, file, onError);
  }

  /** Reads back the answers an earlier run stored. */
  load(): Promise<void> {
    return this.store.load();
  }

  /** Stores an answer and returns its key (short enough for a button's custom id). */
  put(answer: Answer): string {
    const key = `${this.run}${(this.next++).toString(36)}`;
    this.store.set(key, answer);
    return key;
  }

  get(key: string): Answer | undefined {
    return this.store.get(key);
  }

  /** Resolves once every answer stored so far is on disk. */
  flush(): Promise<void> {
    return this.store.flush();
  }
}
