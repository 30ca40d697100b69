import { ChannelType, type APIMessage } from 'discord.js';
import { DigitalDiscord } from 'discord-digital-twin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bot } from '../../src/discord/bot.ts';
import { deployCommands } from '../../src/discord/deploy.ts';
import { loadBotConfig, startBot } from '../../src/discord/start.ts';
import { tempDir } from '../helpers.ts';

// The bot's own start-up code (config, index, model, discord.js client, handlers) against a
// Discord-compatible REST and gateway server on loopback. The twin does not enforce intents or
// permissions; those are covered by the unit tests.
let twin: DigitalDiscord;
let bot: Bot;
let channelId: string;
let config: ReturnType<typeof loadBotConfig>;
const users: Record<string, string> = {};
const STRING = 3;

async function until<T>(probe: () => Promise<T | undefined>, what: string, timeout = 10_000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** The message an interaction's reply became, once it has an embed (after a deferral and edit). */
async function interactionMessage(interactionId: string): Promise<APIMessage> {
  return until(async () => {
    const response = await twin.channel(channelId).getInteractionResponse(interactionId);
    if (!response?.messageId) return undefined;
    const messages = await twin.channel(channelId).getMessages();
    const message = messages.find((m) => m.id === response.messageId);
    return message && message.embeds.length > 0 ? message : undefined;
  }, `the reply to interaction ${interactionId}`);
}

const slash = (user: string, name: string, options: Array<{ name: string; value: string }> = []) =>
  twin.channel(channelId).user(users[user] ?? '').runSlashCommand({ name, options: options.map((o) => ({ ...o, type: STRING })) });

beforeAll(async () => {
  twin = new DigitalDiscord({
    channels: [{ name: 'reading-group', type: ChannelType.GuildText }],
    users: ['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'gina', 'hana'].map((username) => ({ username })),
  });
  await twin.start();
  channelId = (await twin.prisma.channel.findMany())[0]?.id ?? '';
  for (const u of await twin.prisma.user.findMany()) users[u.username] = u.id;
  config = loadBotConfig({
    DISCORD_TOKEN: twin.botToken,
    DISCORD_CLIENT_ID: twin.botUserId,
    DISCORD_GUILD_ID: twin.guildId,
    DISCORD_API_URL: twin.restUrl,
    EMBEDDINGS: 'use-lite',
    DATA_DIR: tempDir(),
    COOLDOWN_SECONDS: '30',
  });
  bot = await startBot(config, { info: () => {}, error: () => {} });
});

afterAll(async () => {
  await bot?.stop();
  await twin?.stop();
});

describe('the bot on a Discord-compatible server', () => {
  it('registers the slash commands from the same list the bot uses', async () => {
    const result = await deployCommands(config.discord);
    expect(result).toEqual({ scope: `server ${twin.guildId}`, count: 6 });
  });

  it('answers a mention in a new thread with citations, then a follow-up there without a mention', async () => {
    await twin.channel(channelId).user(users['alice'] ?? '').sendMessage({ content: `<@${twin.botUserId}> What does chapter 3 say about consultation?` });
    const thread = await twin.channel(channelId).waitForThread({ predicate: (t) => t.name === 'What does chapter 3 say about consultation?' });
    const answer = await twin.thread(thread.id).waitForBotReply();
    expect(answer.embeds[0]?.description).toMatch(/consultation.*\[Ch\. 3\]/s);
    expect(answer.embeds[0]?.fields?.[0]?.name).toMatch(/^Chapter 3: /);
    expect(answer.embeds[0]?.footer?.text).toMatch(/^Extractive answer · USE-lite · index of \d{4}-\d{2}-\d{2}$/);
    expect(answer.mentions).toEqual([]);

    await twin.thread(thread.id).user(users['bob'] ?? '').sendMessage({ content: 'and in chapter 6?' });
    const followUp = await until(async () => {
      const bots = (await twin.thread(thread.id).getMessages()).filter((m) => m.author.bot && m.embeds.length > 0);
      return bots.length >= 2 ? bots[bots.length - 1] : undefined;
    }, 'the follow-up answer');
    expect(followUp.embeds[0]?.description).toMatch(/consultation.*\[Ch\. 6\]/s);
  });

  it('says when the thesis does not cover a question, naming the nearest chapters', async () => {
    await twin.channel(channelId).user(users['gina'] ?? '').sendMessage({ content: `<@${twin.botUserId}> What is the population of Urumqi?` });
    const thread = await twin.channel(channelId).waitForThread({ predicate: (t) => t.name === 'What is the population of Urumqi?' });
    const answer = await twin.thread(thread.id).waitForBotReply();
    expect(answer.embeds[0]?.description).toMatch(/^The thesis text we have does not say\. The closest parts are /);
    // Named with their titles in the text, the chapters are not listed again below it.
    expect(answer.embeds[0]?.fields ?? []).toEqual([]);
    const logged = await until(async () => {
      const all = await bot.context.feedback.read();
      return all.find((e) => e.kind === 'unanswered' && e.question === 'What is the population of Urumqi?');
    }, 'the unanswered question in the feedback log');
    expect(logged).toBeDefined();
  });

  it('defers /ask, then edits the reply into the cited answer, with working Sources button', async () => {
    const interaction = await slash('carol', 'ask', [{ name: 'question', value: 'What are the three fine styles of the party?' }]);
    const ack = await twin.channel(channelId).waitForInteractionAck({ interactionId: interaction.id });
    expect(ack.type).toBe(5);
    const message = await interactionMessage(interaction.id);
    expect(message.embeds[0]?.description).toMatch(/three fine styles of the party\. \[Ch\. 1\]/);
    const customId = (message.components?.[0] as { components: Array<{ custom_id: string }> } | undefined)?.components[0]?.custom_id ?? '';
    const click = await twin.channel(channelId).user(users['carol'] ?? '').clickButton({ messageId: message.id, customId });
    const sources = await twin.channel(channelId).waitForInteractionAck({ interactionId: click.id });
    expect(sources.acknowledged).toBe(true);
    const shown = await until(async () => (await twin.channel(channelId).getMessages()).find((m) => m.embeds[0]?.title === 'Sources'), 'the Sources message');
    expect(shown.embeds[0]?.description).toMatch(/^\*\*1\. Chapter 1\*\* \(score \d\.\d\d, chars \d+-\d+\)/);
    expect((shown.flags ?? 0) & 64).toBe(64);
  });

  it('summarises a chapter and looks up a term', async () => {
    const summary = await interactionMessage((await slash('dave', 'summarize', [{ name: 'chapter', value: 'chapter-4' }])).id);
    expect(summary.embeds[0]?.title).toMatch(/^Chapter 4: /);
    expect(summary.embeds[0]?.description).toMatch(/\[Ch\. 4\]$/);
    const lookup = await interactionMessage((await slash('erin', 'lookup', [{ name: 'term', value: 'consultation' }])).id);
    expect(lookup.embeds[0]?.title).toMatch(/^“consultation”: \d+ occurrences in 4 sections$/);
  });

  it('logs a thumbs-down vote with a hashed user id for the report', async () => {
    const message = await interactionMessage((await slash('hana', 'ask', [{ name: 'question', value: 'What is the mass line?' }])).id);
    const vote = (message.components?.[0] as { components: Array<{ custom_id: string }> } | undefined)?.components[2]?.custom_id ?? '';
    expect(vote).toMatch(/^vote:down:/);
    await twin.channel(channelId).user(users['erin'] ?? '').clickButton({ messageId: message.id, customId: vote });
    const entries = await until(async () => {
      const all = await bot.context.feedback.read();
      return all.some((e) => e.kind === 'vote') ? all : undefined;
    }, 'the vote in the feedback log');
    expect(entries.find((e) => e.kind === 'vote')).toMatchObject({ vote: 'down', question: 'What is the mass line?' });
    expect(JSON.stringify(entries)).not.toContain(users['erin']);
  });

  it('holds a user to the cooldown with an ephemeral message', async () => {
    await interactionMessage((await slash('frank', 'ask', [{ name: 'question', value: 'What is the key to community governance?' }])).id);
    const second = await slash('frank', 'ask', [{ name: 'question', value: 'What is the mass line?' }]);
    const ack = await twin.channel(channelId).waitForInteractionAck({ interactionId: second.id });
    expect(ack.acknowledged).toBe(true);
    const messages = await until(async () => {
      const all = await twin.channel(channelId).getMessages();
      return all.some((m) => m.embeds[0]?.description?.startsWith('Please wait')) ? all : undefined;
    }, 'the cooldown message');
    const notice = messages.find((m) => m.embeds[0]?.description?.startsWith('Please wait'));
    expect(notice?.embeds[0]?.description).toMatch(/^Please wait \d+ s before asking again\.$/);
    expect((notice?.flags ?? 0) & 64).toBe(64);
  });
});
