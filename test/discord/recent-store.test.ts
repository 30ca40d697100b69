import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RecentStore } from '../../src/discord/recent-store.ts';
import { tempDir } from '../helpers.ts';

const lineCount = (file: string) => readFileSync(file, 'utf8').split('\n').filter(Boolean).length;

describe('RecentStore', () => {
  it('keeps the newest entries, moving one that is set again to the front', () => {
    const store = new RecentStore<number>(2);
    store.set('a', 1);
    store.set('b', 2);
    store.set('a', 3);
    store.set('c', 4);
    expect([store.get('a'), store.get('b'), store.get('c')]).toEqual([3, undefined, 4]);
  });

  it('gives a new run what the last one stored, newest first kept, skipping a damaged line', async () => {
    const file = path.join(tempDir(), 'state', 'answers.jsonl');
    const before = new RecentStore<string>(2, file);
    before.set('a', 'first');
    before.set('b', 'second');
    before.set('c', 'third');
    await before.flush();
    appendFileSync(file, '{"key":"d","val');
    const after = new RecentStore<string>(2, file);
    await after.load();
    expect([after.get('a'), after.get('b'), after.get('c')]).toEqual([undefined, 'second', 'third']);
    expect(lineCount(file)).toBe(2);
  });

  it('rewrites its file once it holds twice its capacity, so it stays small', async () => {
    const file = path.join(tempDir(), 'threads.jsonl');
    const store = new RecentStore<number>(3, file);
    for (let i = 0; i < 7; i++) store.set(`t${i}`, i);
    await store.flush();
    expect(lineCount(file)).toBeLessThanOrEqual(4);
    const again = new RecentStore<number>(3, file);
    await again.load();
    expect([again.get('t4'), again.get('t5'), again.get('t6')]).toEqual([4, 5, 6]);
  });

  it('reports a write it cannot make and goes on answering from memory', async () => {
    const blocker = path.join(tempDir(), 'not-a-folder');
    writeFileSync(blocker, 'x');
    const errors: unknown[] = [];
    const store = new RecentStore<number>(2, path.join(blocker, 'answers.jsonl'), (e) => errors.push(e));
    store.set('a', 1);
    await store.flush();
    expect(errors).toHaveLength(1);
    expect(store.get('a')).toBe(1);
  });
});
