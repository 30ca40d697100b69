/** npm run deploy-commands: registers the slash commands once (never done at bot start-up). */
import { loadDiscordConfig } from '../src/config.ts';
import { deployCommands } from '../src/discord/deploy.ts';
import { userMessage } from '../src/errors.ts';

try {
  const { scope, count } = await deployCommands(loadDiscordConfig());
  console.log(`Registered ${count} commands for ${scope}.`);
} catch (error) {
  console.error(`error: ${userMessage(error)}`);
  if (!(error instanceof Error && error.name === 'ThesisBotError')) console.error(`cause: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = error instanceof Error && error.name === 'ThesisBotError' ? 2 : 1;
}
