import path from 'node:path';
import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';
import { ThesisBotError } from './errors.ts';

type Env = Record<string, string | undefined>;

const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'use true or false' })
    .optional()
    .transform((v) => (v === undefined ? fallback : ['true', '1', 'yes'].includes(v)));

const positiveInt = (fallback: number) =>
  z.coerce.number({ message: 'use a whole number' }).int('use a whole number').positive('use a number above 0').optional().transform((v) => v ?? fallback);

const coreSchema = z.object({
  CORPUS_PATH: z.string().min(1).default('data/thesis.txt'),
  DATA_DIR: z.string().min(1).default('data'),
  EMBEDDINGS: z.enum(['auto', 'transformers', 'use-lite', 'none'], { message: 'use auto, transformers, use-lite or none' }).default('auto'),
  TRANSFORMERS_MODEL: z.string().min(1).default('Xenova/all-MiniLM-L6-v2'),
  TRANSFORMERS_LOCAL_MODELS: z.string().min(1).optional(),
  TRANSFORMERS_REMOTE_HOST: z.string().url('use a URL such as https://hf-mirror.com/').optional(),
  TRANSFORMERS_CACHE_DIR: z.string().min(1).default('.cache/transformers'),
  TRANSFORMERS_OFFLINE: flag(false),
  TRANSFORMERS_QUANTIZED: flag(true),
});

const snowflakes = z
  .string()
  .optional()
  .transform((v) => (v ?? '').split(',').map((s) => s.trim()).filter(Boolean))
  .refine((ids) => ids.every((id) => /^\d{15,21}$/.test(id)), 'use comma-separated Discord channel ids');

const discordSchema = z.object({
  DISCORD_TOKEN: z
    .string({ message: 'set it to the bot token from the Discord developer portal' })
    .regex(/^(?!Bot\s)\S{10,}$/, 'this does not look like a bot token (paste the token alone, without "Bot " or spaces)'),
  DISCORD_CLIENT_ID: z.string({ message: "set it to the application's id" }).regex(/^\d{15,21}$/, 'use the numeric application id'),
  DISCORD_GUILD_ID: z.string().regex(/^\d{15,21}$/, 'use a numeric server id').optional(),
  DISCORD_API_URL: z.string().url().optional(),
  ASK_CHANNEL_IDS: snowflakes,
  COOLDOWN_SECONDS: z.coerce.number({ message: 'use a number of seconds' }).min(0).default(10),
  MAX_QUESTION_LENGTH: positiveInt(500),
  QUEUE_LIMIT: positiveInt(50),
});

/** Settings shared by the CLI, the bot and the scripts. */
export interface CoreConfig {
  corpusPath: string;
  dataDir: string;
  indexDir: string;
  feedbackPath: string;
  /** Where the bot keeps recent answers (for their buttons) and thread memory across restarts. */
  answersPath: string;
  threadsPath: string;
  embeddings: 'auto' | 'transformers' | 'use-lite' | 'none';
  transformers: { model: string; localModels?: string; remoteHost?: string; cacheDir: string; offline: boolean; quantized: boolean };
}

/** Settings only the Discord bot needs. */
export type DiscordConfig = z.output<typeof discordSchema>;

function parseOrThrow<T extends z.ZodTypeAny>(schema: T, env: Env): z.output<T> {
  const blanksRemoved = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const result = schema.safeParse(blanksRemoved);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`);
  throw new ThesisBotError('CONFIG_INVALID', `Some settings are missing or invalid (set them in .env or the environment; see .env.example):\n${lines.join('\n')}`);
}

/** The process environment, with `.env` loaded into it first (values already set win). */
export function readEnvironment(): Env {
  loadDotenv({ quiet: true });
  return process.env;
}

/**
 * Validates the core settings once, listing every problem with the variable to set.
 * @throws ThesisBotError CONFIG_INVALID
 */
export function loadCoreConfig(env: Env = readEnvironment()): CoreConfig {
  const c = parseOrThrow(coreSchema, env);
  return {
    corpusPath: path.resolve(c.CORPUS_PATH),
    dataDir: path.resolve(c.DATA_DIR),
    indexDir: path.resolve(c.DATA_DIR, 'index'),
    feedbackPath: path.resolve(c.DATA_DIR, 'feedback.jsonl'),
    answersPath: path.resolve(c.DATA_DIR, 'answers.jsonl'),
    threadsPath: path.resolve(c.DATA_DIR, 'threads.jsonl'),
    embeddings: c.EMBEDDINGS,
    transformers: {
      model: c.TRANSFORMERS_MODEL,
      localModels: c.TRANSFORMERS_LOCAL_MODELS && path.resolve(c.TRANSFORMERS_LOCAL_MODELS),
      remoteHost: c.TRANSFORMERS_REMOTE_HOST,
      cacheDir: path.resolve(c.TRANSFORMERS_CACHE_DIR),
      offline: c.TRANSFORMERS_OFFLINE,
      quantized: c.TRANSFORMERS_QUANTIZED,
    },
  };
}

/**
 * Validates the bot's settings, listing every problem with the variable to set.
 * @throws ThesisBotError CONFIG_INVALID
 */
export function loadDiscordConfig(env: Env = readEnvironment()): DiscordConfig {
  return parseOrThrow(discordSchema, env);
}
