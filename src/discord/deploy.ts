import { REST, Routes } from 'discord.js';
import type { DiscordConfig } from '../config.ts';
import { commands } from './commands/index.ts';

/**
 * Registers the slash commands from the same list the bot dispatches from: in one server when
 * DISCORD_GUILD_ID is set (instant, for development), otherwise globally.
 */
export async function deployCommands(config: DiscordConfig, rest = new REST({ version: '10', ...(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}) }).setToken(config.DISCORD_TOKEN)): Promise<{ scope: string; count: number }> {
  const body = commands.map((c) => c.data.toJSON());
  const route = config.DISCORD_GUILD_ID ? Routes.applicationGuildCommands(config.DISCORD_CLIENT_ID, config.DISCORD_GUILD_ID) : Routes.applicationCommands(config.DISCORD_CLIENT_ID);
  const saved = (await rest.put(route, { body })) as unknown[];
  return { scope: config.DISCORD_GUILD_ID ? `server ${config.DISCORD_GUILD_ID}` : 'all servers (global; may take up to an hour to appear)', count: saved.length };
}
