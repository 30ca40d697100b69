/** Stable codes a caller can branch on; the message that goes with each is safe to show a user. */
export type ErrorCode =
  | 'CONFIG_INVALID'
  | 'CORPUS_MISSING'
  | 'CORPUS_UNREADABLE'
  | 'DATA_DIR_UNWRITABLE'
  | 'INDEX_CORRUPT'
  | 'INDEX_STALE'
  | 'INDEX_MISSING'
  | 'MODEL_UNAVAILABLE'
  | 'EMBEDDING_FAILED'
  | 'USAGE'
  | 'UNKNOWN_SECTION'
  | 'BAD_QUESTION'
  | 'BUSY'
  | 'COOLDOWN'
  | 'DISCORD_UNREACHABLE';

/**
 * An error whose message can be shown to a user as is. The underlying cause, which may hold
 * paths or stack traces, is kept in `cause` for the log only.
 */
export class ThesisBotError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ThesisBotError';
    this.code = code;
  }

  /** Type guard that works across module copies, as the Vercel AI SDK's `isInstance` does. */
  static is(value: unknown): value is ThesisBotError {
    return value instanceof Error && typeof (value as { code?: unknown }).code === 'string' && value.name === 'ThesisBotError';
  }
}

/** The user-facing text of any thrown value; never a stack trace. */
export function userMessage(error: unknown): string {
  return ThesisBotError.is(error) ? error.message : 'Something went wrong on our side; the details are in the log.';
}
