import { describe, expect, it } from 'vitest';
import { ThesisBotError, userMessage } from '../src/errors.ts';

describe('errors', () => {
  it('shows a typed error’s own message and hides anything else', () => {
    const typed = new ThesisBotError('CORPUS_MISSING', 'Set CORPUS_PATH.', { cause: new Error('ENOENT /secret') });
    expect(userMessage(typed)).toBe('Set CORPUS_PATH.');
    expect(userMessage(new Error('ENOENT /secret'))).toBe('Something went wrong on our side; the details are in the log.');
    expect(userMessage('boom')).not.toContain('boom');
  });

  it('recognises typed errors by shape, with their code', () => {
    expect(ThesisBotError.is(new ThesisBotError('USAGE', 'x'))).toBe(true);
    expect(ThesisBotError.is(new Error('x'))).toBe(false);
    expect(new ThesisBotError('USAGE', 'x').code).toBe('USAGE');
  });
});
