import { describe, expect, it } from 'vitest';
import { ThesisBotError } from '../../src/errors.ts';
import { reply } from '../../src/discord/render.ts';
import { respond, respondError } from '../../src/discord/respond.ts';
import { fakeCommand } from './fakes.ts';

describe('respond', () => {
  it('replies, edits a deferred reply, or follows up, by the interaction’s state', async () => {
    const payload = reply([{ description: 'x' }]);
    const fresh = fakeCommand('x');
    await respond(fresh.interaction, payload);
    const deferred = fakeCommand('x');
    deferred.interaction.deferred = true;
    await respond(deferred.interaction, payload);
    const answered = fakeCommand('x');
    answered.interaction.replied = true;
    await respond(answered.interaction, payload, true);
    expect([fresh.calls[0]?.[0], deferred.calls[0]?.[0], answered.calls[0]?.[0]]).toEqual(['reply', 'editReply', 'followUp']);
    expect(answered.calls[0]?.[1]).toMatchObject({ flags: 64 });
  });

  it('sends errors ephemerally and logs only unexpected ones', async () => {
    const logged: string[] = [];
    const log = { info: () => {}, error: (m: string) => logged.push(m) };
    const a = fakeCommand('x');
    await respondError(a.interaction, new ThesisBotError('COOLDOWN', 'Please wait 3 s before asking again.'), log, '/ask');
    const b = fakeCommand('x');
    await respondError(b.interaction, new TypeError('undefined is not a function'), log, '/ask');
    expect(a.calls[0]?.[1]).toMatchObject({ flags: 64 });
    expect(JSON.stringify(b.calls)).toMatch(/Something went wrong on our side/);
    expect(logged).toEqual(['/ask failed']);
  });
});
