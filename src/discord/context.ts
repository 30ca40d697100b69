import type { ThesisCore } from '../core.ts';
import { KEYWORD_ONLY } from '../store/index-store.ts';
import type { AnswerCache } from './answer-cache.ts';
import type { Cooldown } from './cooldown.ts';
import type { FeedbackLog } from './feedback-log.ts';
import type { Conversations } from './messages.ts';
import type { TaskQueue } from './queue.ts';

/** Where the bot logs: one line per event, never a token. */
export interface Logger {
  info(message: string): void;
  error(message: string, cause?: unknown): void;
}

/** Everything a handler needs, passed in so tests can use the real core with fakes around it. */
export interface BotContext {
  core: ThesisCore;
  cooldown: Cooldown;
  queue: TaskQueue;
  feedback: FeedbackLog;
  answers: AnswerCache;
  conversations: Conversations;
  log: Logger;
  settings: { maxQuestionLength: number; askChannelIds: readonly string[] };
  /** Footer under answers: the mode, the embedder and the index date. */
  footer: string;
}

/** The footer text for answers built from this core. */
export function footerOf(core: ThesisCore): string {
  const { embedder, builtAt } = core.about();
  const mode = embedder === KEYWORD_ONLY ? 'keyword search' : embedder.split(':')[0] === 'use-lite' ? 'USE-lite' : embedder.replace(/^transformers:/, '');
  return `Extractive answer · ${mode} · index of ${builtAt.slice(0, 10)}`;
}
