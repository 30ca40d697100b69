import { ask } from './ask.ts';
import type { Command } from './command.ts';
import { about, chapters, help } from './info.ts';
import { lookup } from './lookup.ts';
import { summarize } from './summarize.ts';

/** Every slash command: the one list the bot dispatches from and deploy-commands registers. */
export const commands: readonly Command[] = [ask, summarize, lookup, chapters, about, help];

export type { Command } from './command.ts';
