import { ThesisBotError } from '../errors.ts';

/**
 * Runs tasks one at a time in arrival order, holding at most `limit` waiting, so a burst of
 * questions is answered in order without memory growing without bound.
 */
export class TaskQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private pending = 0;
  private closed = false;

  constructor(private readonly limit: number) {}

  /** Tasks waiting or running. */
  get size(): number {
    return this.pending;
  }

  /**
   * Queues a task and resolves with its result.
   * @throws ThesisBotError BUSY when the queue is full or shutting down.
   */
  run<T>(task: () => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new ThesisBotError('BUSY', 'The bot is shutting down; please ask again in a minute.'));
    if (this.pending >= this.limit) return Promise.reject(new ThesisBotError('BUSY', 'Too many questions at once; please try again in a few seconds.'));
    this.pending += 1;
    const result = this.tail.then(task).finally(() => {
      this.pending -= 1;
    });
    this.tail = result.catch(() => {});
    return result;
  }

  /** Stops taking tasks and resolves when those already queued are done. */
  async drain(): Promise<void> {
    this.closed = true;
    await this.tail;
  }
}
