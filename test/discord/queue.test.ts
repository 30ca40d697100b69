import { describe, expect, it } from 'vitest';
import { TaskQueue } from '../../src/discord/queue.ts';

const deferred = () => {
  let resolve = () => {};
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
};

describe('TaskQueue', () => {
  it('runs tasks one at a time in arrival order', async () => {
    const q = new TaskQueue(10);
    const order: number[] = [];
    const gate = deferred();
    const first = q.run(async () => {
      await gate.promise;
      order.push(1);
    });
    const second = q.run(async () => void order.push(2));
    expect(q.size).toBe(2);
    gate.resolve();
    await Promise.all([first, second]);
    expect(order).toEqual([1, 2]);
  });

  it('refuses work beyond its limit with a clear message, and a failed task does not block the next', async () => {
    const q = new TaskQueue(1);
    const gate = deferred();
    const running = q.run(() => gate.promise);
    await expect(q.run(async () => 1)).rejects.toThrow(/Too many questions at once/);
    gate.resolve();
    await running;
    await expect(q.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await q.run(async () => 42)).toBe(42);
  });

  it('finishes queued work on drain, then refuses more', async () => {
    const q = new TaskQueue(5);
    let done = false;
    void q.run(async () => {
      await new Promise((r) => setTimeout(r, 10));
      done = true;
    });
    await q.drain();
    expect(done).toBe(true);
    await expect(q.run(async () => 1)).rejects.toThrow(/shutting down/);
  });
});
