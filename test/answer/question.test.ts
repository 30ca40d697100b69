import { describe, expect, it } from 'vitest';
import { cleanQuestion } from '../../src/answer/question.ts';

describe('cleanQuestion', () => {
  it('strips mentions, Markdown, zero-width and control characters', () => {
    expect(cleanQuestion('<@!123> <#456> <@&789> @here __What__ is *this*?\u200b\u0000')).toBe('What is this?');
  });

  it('keeps Chinese text, with full-width punctuation folded', () => {
    expect(cleanQuestion('第三章讲了什么？')).toBe('第三章讲了什么?');
  });

  it('rejects empty, wordless and overlong input', () => {
    expect(() => cleanQuestion('  ')).toThrow(/Please type a question/);
    expect(() => cleanQuestion('🙂🙂')).toThrow(/words/);
    expect(() => cleanQuestion('a'.repeat(2001))).toThrow(/under 2000/);
  });
});
