import { randomBytes } from 'node:crypto';
import type { Answer } from '../answer/types.ts';

/**
 * Recent answers by a short key, so the Sources and feedback buttons under a message can find
 * what it answered. Bounded: the oldest are forgotten first.
 */
export class AnswerCache {
  private readonly items = new Map<string, Answer>();
  private next = 0;
  // Keys of an earlier run must not find this run's answers: buttons outlive restarts.
  private readonly run = randomBytes(3).toString('hex');

  constructor(private readonly capacity = 500) {}

  /** Stores an answer and returns its key (short enough for a button's custom id). */
  put(answer: Answer): string {
    const key = `${this.run}${(this.next++).toString(36)}`;
    this.items.set(key, answer);
    if (this.items.size > this.capacity) this.items.delete(this.items.keys().next().value as string);
    return key;
  }

  get(key: string): Answer | undefined {
    return this.items.get(key);
  }
}
