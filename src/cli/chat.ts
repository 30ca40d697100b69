import { createInterface } from 'node:readline';
import { type Turn, readFollowUp, turnAfter } from '../answer/conversation.ts';
import { isChatter } from '../answer/chatter.ts';
import type { CoreConfig } from '../config.ts';
import { userMessage } from '../errors.ts';
import { formatAnswer } from './format.ts';
import type { Io } from './io.ts';
import { type QueryOptions, openCore } from './query.ts';

/** Lines typed on standard input, with a "> " prompt on stderr when a person is typing. */
export async function* stdinLines(): AsyncGenerator<string> {
  const tty = Boolean(process.stdin.isTTY);
  const lines = createInterface({ input: process.stdin, output: tty ? process.stderr : undefined, terminal: tty });
  lines.setPrompt('> ');
  if (tty) lines.prompt();
  for await (const line of lines) {
    yield line;
    if (tty) lines.prompt();
  }
}

/**
 * `chat [--json]`: a conversation on the terminal, as in a Discord thread: each line is a
 * question, and a short follow-up ("and in chapter 5?", "what else?") is read in the light of
 * the one before; thanks and the like pass unanswered, and a blank line starts a new
 * conversation. A bad line is answered with its error
 * and the conversation goes on. In JSON each answer also carries what was `typed`.
 */
export async function runChat(config: CoreConfig, options: QueryOptions, io: Io, lines: AsyncIterable<string>): Promise<number> {
  const core = await openCore(config, io);
  io.err('Ask about the thesis; follow-ups build on the question before. Ctrl-D ends.');
  let before: Turn | undefined;
  let failures = 0;
  for await (const typed of lines) {
    // A blank line starts afresh, as a new thread does: a scripted set of conversations is
    // one file, each conversation after a blank line.
    if (!typed.trim()) before = undefined;
    if (!typed.trim() || isChatter(typed)) continue;
    const followUp = readFollowUp(before, typed, core.thesis.parsed.sections);
    try {
      const answer = await core.ask(followUp.question, followUp);
      before = turnAfter(followUp, answer);
      if (options.json) io.out(JSON.stringify({ ...answer, typed }));
      else io.out(`${formatAnswer(answer)}\n`);
    } catch (error) {
      failures += 1;
      io.out(options.json ? JSON.stringify({ typed, error: userMessage(error) }) : `error: ${userMessage(error)}\n`);
    }
  }
  return failures > 0 ? 1 : 0;
}
