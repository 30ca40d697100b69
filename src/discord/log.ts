import type { Logger } from './context.ts';

function causeOf(error: unknown): string {
  if (!(error instanceof Error)) return error === undefined ? '' : ` (${String(error)})`;
  const inner = error.cause instanceof Error ? `; cause: ${error.cause.name}: ${error.cause.message}` : '';
  return ` (${error.name}: ${error.message}${inner})`;
}

/** A logger writing one line per event to stderr, with the cause's message but no stack. */
export function consoleLogger(stream: NodeJS.WritableStream = process.stderr, now: () => Date = () => new Date()): Logger {
  const write = (level: string, message: string) => stream.write(`${now().toISOString()} ${level} ${message}\n`);
  return {
    info: (message) => write('info ', message),
    error: (message, cause) => write('error', `${message}${causeOf(cause)}`),
  };
}
