import { parseArgs } from 'node:util';
import { loadCoreConfig } from '../config.ts';
import { userMessage } from '../errors.ts';
import { runChat, stdinLines } from './chat.ts';
import { runIngest } from './ingest.ts';
import { runAsk, runLookup, runOutline, runSummarize } from './query.ts';
import { type Io, describeCause, exitCodeOf, processIo, usage } from './io.ts';

const HELP = `Usage:
  npm run ask -- [--json] "QUESTION"         answer a question with citations
  npm run ask -- --json --batch FILE         answer one question per line of FILE
  npm run chat -- [--json]                   a conversation: one question a line, follow-ups build on the last
  npm run summarize -- [--json] SECTION      summarise a section (4, four, ch4, intro, overview)
  npm run lookup -- [--json] TERM            find a word or phrase, by section
  npm run chapters -- [--json]               list the sections with their titles
  npm run about -- [--json]                  the thesis record and the index
  npm run ingest -- [--force]                build the index (only when missing or stale, unless --force)`;

/** Runs one command line; returns the process exit code. The single error edge of the CLI. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  try {
    const [command, ...rest] = argv;
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { force: { type: 'boolean' }, json: { type: 'boolean' }, batch: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
    if (values.help || command === undefined) {
      io.out(HELP);
      return command === undefined ? 2 : 0;
    }
    const config = loadCoreConfig();
    const options = { json: values.json === true, batch: values.batch };
    switch (command) {
      case 'ingest':
        await runIngest(config, values.force === true, io);
        return 0;
      case 'ask':
        return await runAsk(config, positionals, options, io);
      case 'chat':
        return await runChat(config, options, io, io.lines?.() ?? stdinLines());
      case 'summarize':
        return await runSummarize(config, positionals, options, io);
      case 'lookup':
        return await runLookup(config, positionals, options, io);
      case 'chapters':
      case 'about':
        return await runOutline(config, command, options, io);
      default:
        throw usage(`Unknown command "${command}".\n${HELP}`);
    }
  } catch (error) {
    const parseError = error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
    io.err(`error: ${parseError ? (error as Error).message : userMessage(error)}`);
    const cause = parseError ? undefined : describeCause(error);
    if (cause) io.err(cause);
    return parseError ? 2 : exitCodeOf(error);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await main(process.argv.slice(2));
}
