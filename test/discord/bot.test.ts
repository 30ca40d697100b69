import { describe, expect, it } from 'vitest';
import { Partials } from 'discord.js';
import { createBot } from '../../src/discord/bot.ts';
import { fakeContext } from './fakes.ts';

describe('createBot', () => {
  it('finishes answers in flight before it logs out', async () => {
    const ctx = await fakeContext();
    const bot = createBot(ctx);
    const order: string[] = [];
    const destroy = bot.client.destroy.bind(bot.client);
    bot.client.destroy = async () => {
      order.push('logged out');
      await destroy();
    };
    const inFlight = ctx.queue.run(async () => {
      await new Promise((r) => setTimeout(r, 30));
      order.push('answer sent');
    });
    await bot.stop();
    await inFlight;
    expect(order).toEqual(['answer sent', 'logged out']);
    await expect(ctx.queue.run(async () => 1)).rejects.toThrow(/shutting down/);
  });

  it('asks Discord only for the intents it uses', async () => {
    const bot = createBot(await fakeContext());
    expect(bot.client.options.intents.toArray().sort()).toEqual(['DirectMessages', 'GuildMessages', 'Guilds', 'MessageContent']);
    // Without the Channel partial, direct messages never reach the handler.
    expect(bot.client.options.partials).toEqual([Partials.Channel]);
    await bot.client.destroy();
  });
});
