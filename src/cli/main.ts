import { parseArgs } from 'node:util';
import { loadCoreConfig } from '../config.ts';
import { userMessage } from '../errors.ts';
import { runIngest } from './ingest.ts';
import { type Io, describeCause, exitCodeOf, processIo, usage } from './io.ts';

const HELP = `Usage:
  npm run ingest -- [--force]          build the index (only when missing or stale, unless --force)`;

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
    switch (command) {
      case 'ingest':
        await runIngest(config, values.force === true, io);
        return 0;
      default:
        throw usage(`Unknown command "${command}".\n${HELP}`);
    }
    void positionals;
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
