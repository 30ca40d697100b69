import { consoleLogger } from './log.ts';
import { loadBotConfig, reportStartupError, startBot, stopOnSignals } from './start.ts';

/** `npm start`: the bot's entry point and its start-up error edge. */
const log = consoleLogger();
try {
  const bot = await startBot(loadBotConfig(), log);
  stopOnSignals(bot, log);
} catch (error) {
  process.exitCode = reportStartupError(error, log);
}
