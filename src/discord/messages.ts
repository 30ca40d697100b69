import { type AnyThreadChannel, ChannelType, type DMChannel, type Message, type PartialDMChannel } from 'discord.js';
import { type Turn, readFollowUp, turnAfter } from '../answer/conversation.ts';
import { isChatter } from '../answer/chatter.ts';
import { ThesisBotError, userMessage } from '../errors.ts';
import { admitQuestion, answerFor } from './answering.ts';
import type { BotContext } from './context.ts';
import { LIMITS, truncate } from './limits.ts';
import { RecentStore } from './recent-store.ts';
import { type Reply, errorEmbed, reply } from './render.ts';

/** The last turn in each thread the bot answers in, to resolve short follow-ups, after a restart too when given a file. */
export class Conversations {
  private readonly store: RecentStore<Turn>;

  constructor(capacity = 1000, file?: string, onError?: (error: unknown) => void) {
    this.store = new RecentStore(capacity, file, onError);
  }

  /** Reads back the threads an earlier run remembered. */
  load(): Promise<void> {
    return this.store.load();
  }

  get(threadId: string): Turn | undefined {
    return this.store.get(threadId);
  }

  set(threadId: string, turn: Turn): void {
    this.store.set(threadId, turn);
  }

  /** Resolves once every turn stored so far is on disk. */
  flush(): Promise<void> {
    return this.store.flush();
  }
}

const THREADABLE = new Set([ChannelType.GuildText, ChannelType.GuildAnnouncement]);

/** Why the bot takes a message as a question, or undefined when it should stay silent. */
function trigger(message: Message, botId: string, ctx: BotContext): 'mention' | 'thread' | 'channel' | 'direct' | undefined {
  if (message.author.bot || message.author.id === botId || message.system) return undefined;
  const channel = message.channel;
  // A picture or sticker without words is not a question (nor, without the Message Content
  // intent, is any message that does not mention the bot: it arrives with no text).
  if (!message.content.trim()) return undefined;
  if (channel.isThread() && channel.ownerId === botId) return isChatter(message.content) ? undefined : 'thread';
  // A direct message is a conversation with the bot alone, as its threads are.
  if (channel.type === ChannelType.DM) return isChatter(message.content) ? undefined : 'direct';
  // A reply to one of its answers is for it, pinged or not.
  if (message.mentions.users.has(botId) || message.mentions.repliedUser?.id === botId || new RegExp(`<@!?${botId}>`).test(message.content)) return 'mention';
  const channelId = channel.isThread() ? (channel.parentId ?? channel.id) : channel.id;
  return ctx.settings.askChannelIds.includes(channelId) ? 'channel' : undefined;
}

/** A thread or a direct message: a place that holds one conversation. */
function holdsConversation(channel: Message['channel']): channel is AnyThreadChannel | DMChannel | PartialDMChannel {
  return channel.isThread() || channel.type === ChannelType.DM;
}

/**
 * Where the answer to a message goes, remembering the conversation there: the thread or direct
 * message it was asked in, a new thread named after it, or, where no thread can be started (no
 * permission to create threads), a reply in the channel, so the answer is never lost; a reply
 * to that reply is then its follow-up.
 */
async function replyPlace(message: Message, typed: string, ctx: BotContext, turn: Turn): Promise<(payload: Reply) => Promise<unknown>> {
  const channel = message.channel;
  if (holdsConversation(channel)) {
    ctx.conversations.set(channel.id, turn);
    return (p) => channel.send(p);
  }
  if (THREADABLE.has(channel.type) && message.inGuild()) {
    try {
      const thread = await message.startThread({ name: truncate(typed || 'Question', LIMITS.threadName), autoArchiveDuration: 1440 });
      ctx.conversations.set(thread.id, turn);
      return (p) => thread.send(p);
    } catch (error) {
      ctx.log.error('could not start a thread (is "Create Public Threads" granted?); answering in the channel', error);
    }
  }
  // A reply to this answer follows it up, as a message in its thread would.
  return async (p) => {
    const sent = await message.reply(p);
    ctx.conversations.set(sent.id, turn);
    return sent;
  };
}

/**
 * Answers a message that mentions the bot (in a new thread, or in the thread it is in), a
 * follow-up in a thread the bot started (no mention needed), a direct message (each one; the
 * conversation there follows up as a thread's does), or any message in an ask channel.
 * Other bots, the bot itself and unrelated messages are ignored.
 */
export async function handleMessage(message: Message, ctx: BotContext): Promise<void> {
  const botId = message.client.user.id;
  const why = trigger(message, botId, ctx);
  if (!why) return;
  const typed = message.content.replace(new RegExp(`<@!?${botId}>`, 'g'), ' ').trim();
  const channel = message.channel;
  const threadId = holdsConversation(channel) ? channel.id : undefined;
  // After a restart the thread's name, which is its first question, stands in for the history.
  const repliedTo = message.reference?.messageId;
  const before = threadId
    ? (ctx.conversations.get(threadId) ?? (why === 'thread' && channel.isThread() ? { question: channel.name, cited: [] } : undefined))
    : repliedTo
      ? ctx.conversations.get(repliedTo)
      : undefined;
  const followUp = readFollowUp(before, typed, ctx.core.thesis.parsed.sections);
  try {
    admitQuestion(ctx, message.author.id, typed);
    // "Thesis-bot is typing…" while the answer waits in the queue; a failure here is harmless.
    if ('sendTyping' in channel) channel.sendTyping().catch(() => {});
    const { answer, replies } = await answerFor(ctx, message.author.id, followUp.question, { ...followUp, title: typed });
    const send = await replyPlace(message, typed, ctx, turnAfter(followUp, answer));
    for (const payload of replies) await send(payload);
  } catch (error) {
    if (!ThesisBotError.is(error)) ctx.log.error('answering a message failed', error);
    await message.reply(reply([errorEmbed(userMessage(error))])).catch((e: unknown) => ctx.log.error('could not send an error reply', e));
  }
}
