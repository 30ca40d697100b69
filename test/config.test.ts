import { describe, expect, it } from 'vitest';
import { loadCoreConfig, loadDiscordConfig } from '../src/config.ts';

describe('loadCoreConfig', () => {
  it('has working defaults', () => {
    const config = loadCoreConfig({});
    expect(config.embeddings).toBe('auto');
    expect(config.transformers).toMatchObject({ model: 'Xenova/all-MiniLM-L6-v2', offline: false, quantized: true });
    expect(config.indexDir.endsWith('data/index')).toBe(true);
  });

  it('lists every invalid variable at once, by name', () => {
    const attempt = () => loadCoreConfig({ EMBEDDINGS: 'gpt', TRANSFORMERS_OFFLINE: 'maybe', TRANSFORMERS_REMOTE_HOST: 'not a url' });
    expect(attempt).toThrow(/EMBEDDINGS: use auto, transformers, use-lite or none/);
    expect(attempt).toThrow(/TRANSFORMERS_OFFLINE: use true or false/);
    expect(attempt).toThrow(/TRANSFORMERS_REMOTE_HOST/);
  });

  it('treats blank values as unset', () => {
    expect(loadCoreConfig({ EMBEDDINGS: '  ' }).embeddings).toBe('auto');
  });
});

describe('loadDiscordConfig', () => {
  it('names each missing Discord variable', () => {
    const attempt = () => loadDiscordConfig({});
    expect(attempt).toThrow(/DISCORD_TOKEN: set it to the bot token/);
    expect(attempt).toThrow(/DISCORD_CLIENT_ID/);
  });

  it('parses channel lists and numbers', () => {
    const config = loadDiscordConfig({ DISCORD_TOKEN: 'x'.repeat(60), DISCORD_CLIENT_ID: '123456789012345678', ASK_CHANNEL_IDS: '123456789012345678, 223456789012345678', COOLDOWN_SECONDS: '5' });
    expect(config.ASK_CHANNEL_IDS).toEqual(['123456789012345678', '223456789012345678']);
    expect(config.COOLDOWN_SECONDS).toBe(5);
    expect(config.MAX_QUESTION_LENGTH).toBe(500);
  });
});
