import type { ChatInputCommandInteraction } from 'discord.js';
import { AnswerCache } from '../../src/discord/answer-cache.ts';
import type { BotContext } from '../../src/discord/context.ts';
import { Cooldown } from '../../src/discord/cooldown.ts';
import { FeedbackLog } from '../../src/discord/feedback-log.ts';
import { Conversations } from '../../src/discord/messages.ts';
import { TaskQueue } from '../../src/discord/queue.ts';
import { tempDir, testCore } from '../helpers.ts';
import path from 'node:path';

/** A call an interaction received, in order. */
export type Call = [method: string, options?: Record<string, unknown>];

/**
 * A recorded fake of a chat-input interaction: the fields and methods the handlers use, with
 * the state transitions discord.js applies (deferReply sets deferred, reply sets replied).
 */
export function fakeCommand(name: string, options: Record<string, string> = {}, userId = '111111111111111111') {
  const calls: Call[] = [];
  const record = (method: string, after?: () => void) => async (o?: object) => {
    calls.push(o === undefined ? [method] : [method, o as Record<string, unknown>]);
    after?.();
  };
  const interaction = {
    commandName: name,
    user: { id: userId },
    deferred: false,
    replied: false,
    options: {
      getString: (key: string, required?: boolean) => {
        if (options[key] === undefined && required) throw new Error(`missing option ${key}`);
        return options[key] ?? null;
      },
      getBoolean: (key: string) => (options[key] === undefined ? null : options[key] === 'true'),
      getFocused: () => options['focused'] ?? '',
    },
    deferReply: record('deferReply', () => (interaction.deferred = true)),
    reply: record('reply', () => (interaction.replied = true)),
    editReply: record('editReply', () => (interaction.replied = true)),
    followUp: record('followUp'),
    deleteReply: record('deleteReply'),
    respond: record('respond'),
    update: record('update'),
  };
  return { interaction, calls, asCommand: interaction as unknown as ChatInputCommandInteraction };
}

/** A context over the real core (keywords only) with a fixed clock and a temporary log. */
export async function fakeContext(overrides: Partial<BotContext> = {}, now = () => 1_000_000): Promise<BotContext & { errors: string[] }> {
  const errors: string[] = [];
  return {
    core: await testCore('none'),
    cooldown: new Cooldown(10, now),
    queue: new TaskQueue(5),
    feedback: new FeedbackLog(path.join(tempDir(), 'feedback.jsonl'), () => new Date(now())),
    answers: new AnswerCache(),
    conversations: new Conversations(),
    log: { info: () => {}, error: (m, c) => errors.push(`${m}: ${c instanceof Error ? c.message : String(c)}`) },
    settings: { maxQuestionLength: 500, askChannelIds: [] },
    footer: 'Extractive answer · keyword search · index of 2026-01-01',
    errors,
    ...overrides,
  };
}
