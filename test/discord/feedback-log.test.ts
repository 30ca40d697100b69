import { appendFileSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FeedbackLog, hashUser } from '../../src/discord/feedback-log.ts';
import { tempDir } from '../helpers.ts';

describe('FeedbackLog', () => {
  it('appends votes and unanswered questions as JSON lines with hashed users', async () => {
    const log = new FeedbackLog(path.join(tempDir(), 'sub', 'feedback.jsonl'), () => new Date('2026-01-01T00:00:00Z'));
    await log.vote('123', 'up', 'q1', 'a1');
    await log.unanswered('123', 'q2', 'does not say');
    const user = hashUser('123', readFileSync(log.keyFile));
    expect(user).toMatch(/^[0-9a-f]{16}$/);
    expect(await log.read()).toEqual([
      { kind: 'vote', at: '2026-01-01T00:00:00.000Z', user, vote: 'up', question: 'q1', answer: 'a1' },
      { kind: 'unanswered', at: '2026-01-01T00:00:00.000Z', user, question: 'q2', answer: 'does not say' },
    ]);
  });

  it('hashes with a key of its own, kept private and reused after a restart', async () => {
    const file = path.join(tempDir(), 'feedback.jsonl');
    await new FeedbackLog(file).vote('123', 'up', 'q', 'a');
    await new FeedbackLog(file).vote('123', 'down', 'q', 'a');
    const other = new FeedbackLog(path.join(tempDir(), 'feedback.jsonl'));
    await other.vote('123', 'up', 'q', 'a');
    const [first, second] = await new FeedbackLog(file).read();
    expect(first?.user).toBe(second?.user);
    expect((await other.read())[0]?.user).not.toBe(first?.user);
    expect(statSync(`${file}.key`).mode & 0o077).toBe(0);
  });

  it('skips a damaged line instead of losing the rest', async () => {
    const log = new FeedbackLog(path.join(tempDir(), 'feedback.jsonl'));
    await log.vote('1', 'down', 'q', 'a');
    appendFileSync(log.file, '{broken\n');
    await log.vote('2', 'up', 'q', 'a');
    expect(await log.read()).toHaveLength(2);
  });

  it('reads nothing from a missing file', async () => {
    expect(await new FeedbackLog(path.join(tempDir(), 'none.jsonl')).read()).toEqual([]);
  });
});
