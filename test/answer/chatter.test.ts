import { describe, expect, it } from 'vitest';
import { isChatter } from '../../src/answer/chatter.ts';

describe('isChatter', () => {
  it.each(['thanks!', 'Thank you so much.', 'ok', '👍', 'great', 'ok thanks', 'great, thank you!', '👍 👍', '谢谢！'])('lets %s pass as chat', (text) => {
    expect(isChatter(text)).toBe(true);
  });

  it('takes a question as a question', () => {
    expect(isChatter('ok, and chapter 5?')).toBe(false);
    expect(isChatter(`${'👍 '.repeat(5000)}x`)).toBe(false);
  });
});
