import { describe, expect, it } from 'vitest';
import { Cooldown } from '../../src/discord/cooldown.ts';

describe('Cooldown', () => {
  it('makes a user wait the seconds left, per user', () => {
    let now = 0;
    const cooldown = new Cooldown(10, () => now);
    expect(cooldown.check('a')).toBe(0);
    now = 3_500;
    expect(cooldown.check('a')).toBe(7);
    expect(cooldown.check('b')).toBe(0);
    now = 10_000;
    expect(cooldown.check('a')).toBe(0);
  });

  it('is off at zero seconds', () => {
    const cooldown = new Cooldown(0, () => 5);
    expect([cooldown.check('a'), cooldown.check('a')]).toEqual([0, 0]);
  });
});
