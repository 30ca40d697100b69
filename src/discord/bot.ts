import { Client, Events, GatewayIntentBits, Partials, type ClientOptions, type Interaction } from 'discord.js';
import type { ThesisCore } from '../core.ts';
import type { DiscordConfig, CoreConfig } from '../config.ts';
import { AnswerCache } from './answer-cache.ts';
import { handleButton } from './buttons.ts';
import { commands } from './commands/index.ts';
import { type BotContext, type Logger, footerOf } from './context.ts';
import { Cooldown } from './cooldown.ts';
import { FeedbackLog } from './feedback-log.ts';
import { Conversations, handleMessage } from './messages.ts';
import { TaskQueue } from './queue.ts';
import { respondError } from './respond.ts';

/** A running bot: its client and context, and a stop that lets answers in flight finish. */
export interface Bot {
  client: Client;
  context: BotContext;
  login(token: string): Promise<void>;
  stop(): Promise<void>;
}

/** The context handlers share, from the settings. */
export function createContext(core: ThesisCore, discord: DiscordConfig, coreConfig: Pick<CoreConfig, 'feedbackPath' | 'answersPath' | 'threadsPath'>, log: Logger, now: () => number = Date.now): BotContext {
  const lost = (what: string) => (e: unknown) => log.error(`could not save ${what}`, e);
  return {
    core,
    cooldown: new Cooldown(discord.COOLDOWN_SECONDS, now),
    queue: new TaskQueue(discord.QUEUE_LIMIT),
    feedback: new FeedbackLog(coreConfig.feedbackPath, () => new Date(now())),
    answers: new AnswerCache(500, coreConfig.answersPath, lost('an answer for its buttons')),
    conversations: new Conversations(1000, coreConfig.threadsPath, lost('a thread’s memory')),
    log,
    settings: { maxQuestionLength: discord.MAX_QUESTION_LENGTH, askChannelIds: discord.ASK_CHANNEL_IDS },
    footer: footerOf(core),
  };
}

/** Routes one interaction to its command, autocomplete or button handler; the Discord error edge. */
export async function dispatchInteraction(interaction: Interaction, ctx: BotContext): Promise<void> {
  if (interaction.isAutocomplete()) {
    const command = commands.find((c) => c.data.name === interaction.commandName);
    await command?.autocomplete?.(interaction, ctx).catch((e: unknown) => ctx.log.error('autocomplete failed', e));
    return;
  }
  if (interaction.isChatInputCommand()) {
    const command = commands.find((c) => c.data.name === interaction.commandName);
    if (!command) return;
    try {
      await command.execute(interaction, ctx);
    } catch (error) {
      await respondError(interaction, error, ctx.log, `/${interaction.commandName}`);
    }
    return;
  }
  if (interaction.isButton()) {
    try {
      await handleButton(interaction, ctx);
    } catch (error) {
      await respondError(interaction, error, ctx.log, `button ${interaction.customId.split(':')[0]}`);
    }
  }
}

/**
 * Creates the discord.js client with its handlers. Commands are not registered here: that is
 * `npm run deploy-commands`, run once, never at start-up.
 */
export function createBot(ctx: BotContext, clientOptions: Partial<ClientOptions> = {}): Bot {
  // Direct messages arrive on a channel discord.js has not cached: the Channel partial lets them through.
  const intents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent, GatewayIntentBits.DirectMessages];
  const client = new Client({ intents, partials: [Partials.Channel], ...clientOptions });
  client.once(Events.ClientReady, (c) => ctx.log.info(`logged in as ${c.user.tag}; answering from ${ctx.footer}`));
  client.on(Events.InteractionCreate, (interaction) => void dispatchInteraction(interaction, ctx));
  client.on(Events.MessageCreate, (message) => void handleMessage(message, ctx).catch((e: unknown) => ctx.log.error('message handler failed', e)));
  client.on(Events.Error, (error) => ctx.log.error('discord client error', error));
  return {
    client,
    context: ctx,
    async login(token) {
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      await client.login(token);
      await ready;
    },
    async stop() {
      await ctx.queue.drain();
      await Promise.all([ctx.answers.flush(), ctx.conversations.flush()]);
      await client.destroy();
    },
  };
}
