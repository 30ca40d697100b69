import { describe, expect, it } from 'vitest';
import { footerOf } from '../../src/discord/context.ts';
import { testCore } from '../helpers.ts';

describe('footerOf', () => {
  it('names the mode and the index date', async () => {
    expect(footerOf(await testCore('none'))).toMatch(/^Extractive answer · keyword search · index of \d{4}-\d{2}-\d{2}$/);
  });
});
