import { describe, expect, it } from 'vitest';
import { consoleLogger } from '../../src/discord/log.ts';

describe('consoleLogger', () => {
  it('writes one line per event with the cause, never a stack', () => {
    const lines: string[] = [];
    const log = consoleLogger({ write: (s: string) => lines.push(s) } as unknown as NodeJS.WritableStream, () => new Date('2026-01-01T00:00:00Z'));
    log.info('ready');
    log.error('answer failed', new Error('outer', { cause: new TypeError('fetch failed') }));
    expect(lines).toEqual(['2026-01-01T00:00:00.000Z info  ready\n', '2026-01-01T00:00:00.000Z error answer failed (Error: outer; cause: TypeError: fetch failed)\n']);
  });
});
