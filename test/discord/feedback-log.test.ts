import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FeedbackLog, hashUser } from '../../src/discord/feedback-log.ts';
import { tempDir } from '../helpers.ts';

describe('FeedbackLog', () => {
  it('appends votes and unanswered questions as JSON lines with hashed users', async () => {
    const log = new FeedbackLog(path.join(tempDir(), 'sub', 'feedback.jsonl'), () => new Date('2026-01-01T00:00:00Z'));
    await log.vote('123', 'up', 'q1', 'a1');
    await log.unanswered('123', 'q2', 'does not say');
    expect(await log.read()).toEqual([
      { kind: 'vote', at: '2026-01-01T00:00:00.000Z', user: hashUser('123'), vote: 'up', question: 'q1', answer: 'a1' },
      { kind: 'unanswered', at: '2026-01-01T00:00:00.000Z', user: hashUser('123'), question: 'q2', answer: 'does not say' },
    ]);
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
