import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnswerCache } from '../../src/discord/answer-cache.ts';
import { tempDir } from '../helpers.ts';

const answer = (question: string) => ({ question, answer: '', abstained: false, citations: [], nearest: [] });

describe('AnswerCache', () => {
  it('returns answers by key and forgets the oldest beyond its capacity', () => {
    const cache = new AnswerCache(2);
    const a = cache.put(answer('a'));
    const b = cache.put(answer('b'));
    const c = cache.put(answer('c'));
    expect(cache.get(a)).toBeUndefined();
    expect([cache.get(b)?.question, cache.get(c)?.question]).toEqual(['b', 'c']);
    expect(c.length).toBeLessThan(16);
  });

  it('does not give an earlier run’s key this run’s answer', () => {
    const before = new AnswerCache().put(answer('old'));
    const after = new AnswerCache();
    after.put(answer('new'));
    expect(after.get(before)).toBeUndefined();
  });

  it('finds an answer from before a restart when it keeps a file, so old buttons still work', async () => {
    const file = path.join(tempDir(), 'answers.jsonl');
    const first = new AnswerCache(10, file);
    const key = first.put(answer('before the restart'));
    await first.flush();
    const second = new AnswerCache(10, file);
    await second.load();
    expect(second.get(key)?.question).toBe('before the restart');
    expect(second.put(answer('after'))).not.toBe(key);
  });
});
