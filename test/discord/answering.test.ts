import { describe, expect, it } from 'vitest';
import { admitQuestion, answerFor } from '../../src/discord/answering.ts';
import { fakeContext } from './fakes.ts';

describe('admitQuestion', () => {
  it('refuses an overlong question, then a second question inside the cooldown', async () => {
    const ctx = await fakeContext();
    expect(() => admitQuestion(ctx, 'u1', 'x'.repeat(501))).toThrow(/under 500 characters/);
    admitQuestion(ctx, 'u1', 'What is the mass line?');
    expect(() => admitQuestion(ctx, 'u1', 'And the fine styles?')).toThrow(/wait 10 s/);
  });
});

describe('answerFor', () => {
  it('logs a question the thesis cannot answer, but not a greeting answered by the guide', async () => {
    const ctx = await fakeContext();
    const greeting = await answerFor(ctx, 'u1', 'hi there!');
    expect(greeting.answer.answer).toMatch(/^I answer questions about/);
    await answerFor(ctx, 'u1', 'What is the population of Urumqi?');
    const logged = (await ctx.feedback.read()).filter((e) => e.kind === 'unanswered').map((e) => e.question);
    expect(logged).toEqual(['What is the population of Urumqi?']);
  });

  it('titles a follow-up as typed while answering its resolved question', async () => {
    const ctx = await fakeContext();
    const { answer, replies } = await answerFor(ctx, 'u1', 'What does chapter 5 say about consultation?', { title: 'and in chapter 5?' });
    expect(answer.question).toBe('What does chapter 5 say about consultation?');
    expect(JSON.stringify(replies)).toContain('and in chapter 5?');
  });
});
