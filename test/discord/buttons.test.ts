import { describe, expect, it } from 'vitest';
import { type ButtonLike, handleButton } from '../../src/discord/buttons.ts';
import { fakeContext } from './fakes.ts';

function fakeButton(customId: string) {
  const calls: Array<[string, unknown]> = [];
  const button = { customId, user: { id: '100000000000000001' }, reply: async (p: unknown) => void calls.push(['reply', p]), update: async (p: unknown) => void calls.push(['update', p]) };
  return { button: button as unknown as ButtonLike, calls };
}

describe('handleButton', () => {
  it('shows the sources of a remembered answer to the clicker only', async () => {
    const ctx = await fakeContext();
    const key = ctx.answers.put(await ctx.core.ask('What are the three fine styles of the party?'));
    const { button, calls } = fakeButton(`sources:${key}`);
    expect(await handleButton(button, ctx)).toBe(true);
    const payload = calls[0]?.[1] as { flags: number; embeds: Array<{ description: string }> };
    expect(payload.flags).toBe(64);
    expect(payload.embeds[0]?.description).toMatch(/^\*\*1\. Chapter 1\*\* \(score \d\.\d\d, chars \d+-\d+\)/);
  });

  it('logs a vote with a hashed user id', async () => {
    const ctx = await fakeContext();
    const key = ctx.answers.put(await ctx.core.ask('What is the mass line?'));
    await handleButton(fakeButton(`vote:down:${key}`).button, ctx);
    const [entry] = await ctx.feedback.read();
    expect(entry).toMatchObject({ kind: 'vote', vote: 'down', question: 'What is the mass line?' });
    expect(entry?.user).toMatch(/^[0-9a-f]{16}$/);
    expect(JSON.stringify(entry)).not.toContain('100000000000000001');
  });

  it('explains when the answer is no longer remembered', async () => {
    const { button, calls } = fakeButton('sources:zzz');
    await handleButton(button, await fakeContext());
    expect(JSON.stringify(calls)).toMatch(/too old for the bot to recall/);
  });

  it('turns look-up pages in place', async () => {
    const { button, calls } = fakeButton('lookup:1:party');
    await handleButton(button, await fakeContext());
    expect(calls[0]?.[0]).toBe('update');
    expect(JSON.stringify(calls[0]?.[1])).toMatch(/Page 2 of/);
  });

  it('leaves other buttons alone', async () => {
    expect(await handleButton(fakeButton('other:1').button, await fakeContext())).toBe(false);
  });
});
