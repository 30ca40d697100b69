import path from 'node:path';
import { ChannelType, type Message } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { Conversations, handleMessage } from '../../src/discord/messages.ts';
import { tempDir } from '../helpers.ts';
import { fakeContext } from './fakes.ts';

const BOT = '900000000000000000';
const CHANNEL = '800000000000000000';

/** A recorded fake of a discord.js Message in a text channel or in a thread. */
function fakeMessage(content: string, opts: { author?: string; bot?: boolean; thread?: { id: string; owner: string; name: string }; noThreads?: boolean; replyTo?: string; direct?: boolean } = {}) {
  const sent: Array<[string, unknown]> = [];
  const typing: string[] = [];
  const thread = { id: '700000000000000001', send: async (p: unknown) => void sent.push(['thread.send', p]) };
  const common = { send: async (p: unknown) => void sent.push(['channel.send', p]), sendTyping: async () => void typing.push('typing') };
  const channel = opts.thread
    ? { ...common, id: opts.thread.id, type: ChannelType.PublicThread, isThread: () => true, ownerId: opts.thread.owner, name: opts.thread.name, parentId: CHANNEL }
    : opts.direct
      ? { ...common, id: '500000000000000001', type: ChannelType.DM, isThread: () => false }
      : { ...common, id: CHANNEL, type: ChannelType.GuildText, isThread: () => false };
  const message = {
    content,
    system: false,
    author: { id: opts.author ?? '100000000000000001', bot: opts.bot ?? false },
    client: { user: { id: BOT } },
    // A reply to the bot that does not ping it names it only as the replied-to user.
    mentions: { users: { has: (id: string) => content.includes(`<@${id}>`) }, repliedUser: opts.replyTo ? { id: BOT } : null },
    reference: opts.replyTo ? { messageId: opts.replyTo } : null,
    channel,
    inGuild: () => !opts.direct,
    startThread: async (o: { name: string }) => {
      // Discord's answer when the bot lacks "Create Public Threads".
      if (opts.noThreads) throw new Error('Missing Permissions');
      sent.push(['startThread', o]);
      return thread;
    },
    reply: async (p: unknown) => ({ id: `60000000000000000${sent.push(['reply', p])}` }),
  };
  return { message: message as unknown as Message, sent, typing };
}

const description = (payload: unknown) => (payload as { embeds: Array<{ description?: string }> }).embeds[0]?.description ?? '';

describe('handleMessage', () => {
  it('answers a mention in a new thread named after the question', async () => {
    const { message, sent } = fakeMessage(`<@${BOT}> What are the three fine styles of the party?`);
    await handleMessage(message, await fakeContext());
    expect(sent.map(([k]) => k)).toEqual(['startThread', 'thread.send']);
    expect(sent[0]?.[1]).toMatchObject({ name: 'What are the three fine styles of the party?' });
    expect(description(sent[1]?.[1])).toMatch(/\[Ch\. 1\]$/);
  });

  it('shows it is typing while it answers', async () => {
    const { message, typing } = fakeMessage(`<@${BOT}> What is the mass line?`);
    await handleMessage(message, await fakeContext());
    expect(typing).toEqual(['typing']);
  });

  it('answers in the channel, and logs why, when it may not start a thread', async () => {
    const ctx = await fakeContext();
    const { message, sent } = fakeMessage(`<@${BOT}> What are the three fine styles of the party?`, { noThreads: true });
    await handleMessage(message, ctx);
    expect(sent.map(([k]) => k)).toEqual(['reply']);
    expect(description(sent[0]?.[1])).toMatch(/\[Ch\. 1\]$/);
    expect(ctx.errors).toEqual([expect.stringMatching(/could not start a thread .*Create Public Threads.*: Missing Permissions$/)]);
  });

  it('takes a reply to an answer given in the channel as its follow-up, without a mention', async () => {
    const ctx = await fakeContext();
    const first = fakeMessage(`<@${BOT}> What does chapter 3 say about consultation?`, { noThreads: true });
    await handleMessage(first.message, ctx);
    const next = fakeMessage('and in chapter 6?', { noThreads: true, replyTo: '600000000000000001', author: '100000000000000002' });
    await handleMessage(next.message, ctx);
    expect(next.sent.map(([k]) => k)).toEqual(['reply']);
    expect(description(next.sent[0]?.[1])).toMatch(/consultation.*\[Ch\. 6\]$/su);
    // A reply to some other message is no follow-up: asked alone, "and in chapter 6?" sums up the chapter.
    const other = fakeMessage(`<@${BOT}> and in chapter 6?`, { noThreads: true, replyTo: '600000000000000099', author: '100000000000000003' });
    await handleMessage(other.message, ctx);
    expect(description(other.sent[0]?.[1])).not.toMatch(/consultation/u);
  });

  it('answers every direct message, following up as in a thread, and lets thanks pass', async () => {
    const ctx = await fakeContext();
    const first = fakeMessage('What does chapter 3 say about consultation?', { direct: true });
    await handleMessage(first.message, ctx);
    expect(first.sent.map(([k]) => k)).toEqual(['channel.send']);
    const next = fakeMessage('and in chapter 6?', { direct: true, author: '100000000000000002' });
    await handleMessage(next.message, ctx);
    expect(description(next.sent[0]?.[1])).toMatch(/consultation.*\[Ch\. 6\]$/su);
    const thanks = fakeMessage('thanks!', { direct: true, author: '100000000000000003' });
    await handleMessage(thanks.message, ctx);
    expect(thanks.sent).toEqual([]);
  });

  it('ignores other bots, itself and messages that are not for it', async () => {
    const ctx = await fakeContext();
    for (const m of [fakeMessage(`<@${BOT}> hi`, { bot: true }), fakeMessage(`<@${BOT}> hi`, { author: BOT }), fakeMessage('just chatting')]) {
      await handleMessage(m.message, ctx);
      expect(m.sent).toEqual([]);
    }
  });

  it('answers a follow-up in its own thread without a mention, using the earlier question', async () => {
    const conversations = new Conversations();
    const thread = { id: '700000000000000002', owner: BOT, name: 'What does chapter 3 say about consultation?' };
    conversations.set(thread.id, { question: 'What does chapter 3 say about consultation?', cited: [] });
    const { message, sent } = fakeMessage('and in chapter 6?', { thread });
    await handleMessage(message, await fakeContext({ conversations }));
    expect(sent.map(([k]) => k)).toEqual(['channel.send']);
    expect(description(sent[0]?.[1])).toMatch(/consultation.*\[Ch\. 6\]$/s);
    expect((sent[0]?.[1] as { embeds: Array<{ title: string }> }).embeds[0]?.title).toBe('and in chapter 6?');
  });

  it('says something new when a follow-up asks what else', async () => {
    const ctx = await fakeContext();
    const first = fakeMessage(`<@${BOT}> What does chapter 3 say about consultation?`);
    await handleMessage(first.message, ctx);
    const said = description(first.sent[1]?.[1]);
    const thread = { id: '700000000000000001', owner: BOT, name: 'What does chapter 3 say about consultation?' };
    const more = fakeMessage('what else does it say about that?', { thread, author: '100000000000000002' });
    await handleMessage(more.message, ctx);
    const next = description(more.sent[0]?.[1]);
    expect(next).toMatch(/\[Ch\. 3\]/);
    for (const sentence of next.split(/ \[Ch\. \d\]\s*/).filter(Boolean)) expect(said).not.toContain(sentence);
  });

  it('remembers a thread across a restart when it keeps a file', async () => {
    const file = path.join(tempDir(), 'threads.jsonl');
    const before = new Conversations(10, file);
    const first = fakeMessage(`<@${BOT}> What does chapter 3 say about consultation?`);
    await handleMessage(first.message, await fakeContext({ conversations: before }));
    await before.flush();
    const after = new Conversations(10, file);
    await after.load();
    // Named unlike its first question, so only the stored turn can supply the topic.
    const thread = { id: '700000000000000001', owner: BOT, name: 'a thread' };
    const more = fakeMessage('what else does it say about that?', { thread, author: '100000000000000002' });
    await handleMessage(more.message, await fakeContext({ conversations: after }));
    const said = description(first.sent[1]?.[1]);
    const next = description(more.sent[0]?.[1]);
    expect(next).toMatch(/consult.*\[Ch\. 3\]/s);
    for (const sentence of next.split(/ \[Ch\. \d\]\s*/).filter(Boolean)) expect(said).not.toContain(sentence);
  });

  it('falls back on the thread name after a restart', async () => {
    const thread = { id: '700000000000000003', owner: BOT, name: 'What does chapter 3 say about consultation?' };
    const { message, sent } = fakeMessage('and in chapter 6?', { thread });
    await handleMessage(message, await fakeContext());
    expect(description(sent[0]?.[1])).toMatch(/\[Ch\. 6\]$/);
  });

  it('lets thanks, acknowledgements and pictures without words in its threads pass without an answer', async () => {
    const thread = { id: '700000000000000005', owner: BOT, name: 'What is the mass line?' };
    for (const text of ['thanks!', 'Thank you so much.', 'ok', '👍', 'great', '', '  ']) {
      const m = fakeMessage(text, { thread });
      await handleMessage(m.message, await fakeContext());
      expect(m.sent, text).toEqual([]);
    }
  });

  it('stays out of threads other people started unless mentioned', async () => {
    const { message, sent } = fakeMessage('and in chapter 6?', { thread: { id: '700000000000000004', owner: '100000000000000009', name: 'chat' } });
    await handleMessage(message, await fakeContext());
    expect(sent).toEqual([]);
  });

  it('takes every message with words in an ask channel as a question', async () => {
    const ctx = await fakeContext({ settings: { maxQuestionLength: 500, askChannelIds: [CHANNEL] } });
    const { message, sent } = fakeMessage('What is the key to community governance?');
    await handleMessage(message, ctx);
    expect(sent.map(([k]) => k)).toEqual(['startThread', 'thread.send']);
    const picture = fakeMessage('');
    await handleMessage(picture.message, ctx);
    expect(picture.sent).toEqual([]);
  });

  it('replies with a short error for a too-long question and during the cooldown', async () => {
    const ctx = await fakeContext({ settings: { maxQuestionLength: 20, askChannelIds: [] } });
    const long = fakeMessage(`<@${BOT}> ${'why '.repeat(20)}`);
    await handleMessage(long.message, ctx);
    expect(description(long.sent[0]?.[1])).toMatch(/^Please keep questions under 20 characters/);
    const ctx2 = await fakeContext();
    await handleMessage(fakeMessage(`<@${BOT}> What is the mass line?`).message, ctx2);
    const again = fakeMessage(`<@${BOT}> What is the mass line?`);
    await handleMessage(again.message, ctx2);
    expect(description(again.sent[0]?.[1])).toBe('Please wait 10 s before asking again.');
  });
});
