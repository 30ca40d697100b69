import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/discord/report.ts';

describe('formatReport', () => {
  it('lists unanswered questions by frequency and answers voted down', () => {
    const at = '2026-01-01T00:00:00.000Z';
    const text = formatReport(
      [
        { kind: 'unanswered', at, user: 'u1', question: 'How many interviews?', answer: 'no' },
        { kind: 'unanswered', at, user: 'u2', question: 'How many interviews?', answer: 'no' },
        { kind: 'unanswered', at, user: 'u2', question: 'Population?', answer: 'no' },
        { kind: 'vote', at, user: 'u1', vote: 'down', question: 'What is the mass line?', answer: 'It is… [Ch. 1]' },
        { kind: 'vote', at, user: 'u3', vote: 'up', question: 'Who wrote it?', answer: 'Wang' },
      ],
      'data/feedback.jsonl',
    );
    expect(text).toMatchInlineSnapshot(`
      "Questions the bot could not answer (2):
          2× How many interviews?
          1× Population?

      Answers voted down (1):
          1× What is the mass line?
              answered: It is… [Ch. 1]

      Votes: 1 👍, 1 👎"
    `);
  });

  it('says when there is no feedback yet', () => {
    expect(formatReport([], 'data/feedback.jsonl')).toBe('No feedback yet (data/feedback.jsonl).');
  });
});
