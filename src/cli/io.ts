import { ThesisBotError } from '../errors.ts';

/** Where a command writes: results to `out`, progress and warnings to `err`; `lines` stands in for typed input. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  lines?: () => AsyncIterable<string>;
}

/** The process's own streams. */
export const processIo: Io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

const USAGE_CODES = new Set(['USAGE', 'CONFIG_INVALID', 'BAD_QUESTION', 'UNKNOWN_SECTION']);

/** Exit codes: 0 success, 1 failure, 2 usage error (bad arguments, input or settings). */
export function exitCodeOf(error: unknown): number {
  return ThesisBotError.is(error) && USAGE_CODES.has(error.code) ? 2 : 1;
}

/** A usage error for the command line. */
export function usage(message: string): ThesisBotError {
  return new ThesisBotError('USAGE', message);
}

/** One line that names the cause of a failure for the log, without a stack trace. */
export function describeCause(error: unknown): string | undefined {
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause instanceof Error) return `cause: ${cause.name}: ${cause.message.split('\n')[0]}`;
  if (!ThesisBotError.is(error) && error instanceof Error) return `cause: ${error.name}: ${error.message.split('\n')[0]}`;
  return undefined;
}
