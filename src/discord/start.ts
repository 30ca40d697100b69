import { type CoreConfig, type DiscordConfig, loadCoreConfig, loadDiscordConfig, readEnvironment } from '../config.ts';
import { ThesisCore } from '../core.ts';
import { ThesisBotError, userMessage } from '../errors.ts';
import { loadThesis } from '../thesis.ts';
import { type Bot, createBot, createContext } from './bot.ts';
import type { Logger } from './context.ts';

/**
 * Validates both groups of settings and reports every problem at once.
 * @throws ThesisBotError CONFIG_INVALID naming each variable to set.
 */
export function loadBotConfig(env = readEnvironment()): { core: CoreConfig; discord: DiscordConfig } {
  const problems: string[] = [];
  const attempt = <T>(load: () => T): T | undefined => {
    try {
      return load();
    } catch (error) {
      if (!ThesisBotError.is(error)) throw error;
      problems.push(...error.message.split('\n').slice(1));
      return undefined;
    }
  };
  const core = attempt(() => loadCoreConfig(env));
  const discord = attempt(() => loadDiscordConfig(env));
  if (!core || !discord) {
    throw new ThesisBotError('CONFIG_INVALID', `The bot cannot start; set these in .env or the environment (see .env.example):\n${problems.join('\n')}`);
  }
  return { core, discord };
}

/**
 * Loads the index (building it if missing; refusing one that no longer fits), loads the model
 * once, then logs in. Returns the running bot.
 */
export async function startBot(config: { core: CoreConfig; discord: DiscordConfig }, log: Logger): Promise<Bot> {
  const thesis = await loadThesis(config.core, { warn: (m) => log.info(`warning: ${m}`), onStale: 'build-missing', onRebuild: (r) => log.info(`building the index (${r})…`) });
  const ctx = createContext(new ThesisCore(thesis), config.discord, config.core, log);
  // Buttons and threads from before a restart keep working.
  await Promise.all([ctx.answers.load(), ctx.conversations.load()]);
  const rest = config.discord.DISCORD_API_URL ? { rest: { api: config.discord.DISCORD_API_URL, version: '10' } } : {};
  const bot = createBot(ctx, rest);
  try {
    await bot.login(config.discord.DISCORD_TOKEN);
  } catch (cause) {
    await bot.client.destroy();
    throw loginError(cause);
  }
  return bot;
}

/** Says what to do about a failed login: a rejected token, or Discord out of reach. */
function loginError(cause: unknown): ThesisBotError {
  const code = (cause as { code?: unknown } | undefined)?.code;
  if (code === 'TokenInvalid' || (cause as { status?: unknown } | undefined)?.status === 401) {
    return new ThesisBotError('CONFIG_INVALID', 'Discord rejected DISCORD_TOKEN. Copy a fresh token from the developer portal (Bot → Reset Token) into .env.', { cause });
  }
  return new ThesisBotError('DISCORD_UNREACHABLE', 'Could not reach Discord to log in. Check the network connection (and DISCORD_API_URL if set), then start again.', { cause });
}

/** Stops on SIGINT/SIGTERM after answers in flight are sent. */
export function stopOnSignals(bot: Bot, log: Logger): void {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal}: finishing answers in flight, then logging out`);
    bot.stop().then(
      () => process.exit(0),
      (e: unknown) => {
        log.error('shutdown failed', e);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

/** Prints a start-up failure for a person: the message, never a stack. */
export function reportStartupError(error: unknown, log: Logger): number {
  process.stderr.write(`error: ${userMessage(error)}\n`);
  if (!ThesisBotError.is(error) || error.cause) log.error('start-up failed', error);
  return ThesisBotError.is(error) && error.code === 'CONFIG_INVALID' ? 2 : 1;
}
