import { describe, expect, it } from 'vitest';
import { loadBotConfig, startBot } from '../../src/discord/start.ts';
import { tempDir } from '../helpers.ts';

describe('loadBotConfig', () => {
  it('names every variable to set, from both groups of settings, at once', () => {
    const attempt = () => loadBotConfig({ EMBEDDINGS: 'gpt', DISCORD_TOKEN: 'Bot abc', COOLDOWN_SECONDS: 'soon' });
    expect(attempt).toThrow(/EMBEDDINGS: use auto/);
    expect(attempt).toThrow(/DISCORD_TOKEN: this does not look like a bot token/);
    expect(attempt).toThrow(/DISCORD_CLIENT_ID/);
    expect(attempt).toThrow(/COOLDOWN_SECONDS/);
    expect(attempt).toThrow(/^The bot cannot start/);
  });

  it('accepts a complete configuration', () => {
    const c = loadBotConfig({ DISCORD_TOKEN: 'MTIzNDU2Nzg5.abcdef.ghijkl', DISCORD_CLIENT_ID: '123456789012345678', DISCORD_GUILD_ID: '223456789012345678' });
    expect(c.discord.DISCORD_GUILD_ID).toBe('223456789012345678');
    expect(c.core.embeddings).toBe('auto');
  });
});

describe('startBot', () => {
  it('says Discord is out of reach when the login cannot connect', async () => {
    const config = loadBotConfig({ DISCORD_TOKEN: 'abcdefghijklmnop', DISCORD_CLIENT_ID: '123456789012345678', DISCORD_API_URL: 'http://127.0.0.1:1/api', EMBEDDINGS: 'none', DATA_DIR: tempDir() });
    await expect(startBot(config, { info: () => {}, error: () => {} })).rejects.toMatchObject({ code: 'DISCORD_UNREACHABLE', message: expect.stringMatching(/^Could not reach Discord/) });
  });
});
