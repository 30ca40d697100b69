import { describe, expect, it } from 'vitest';
import { inFieldEnglish } from '../../src/answer/han-terms.ts';
import { testCore } from '../helpers.ts';

describe('inFieldEnglish', () => {
  it('reads a Chinese question in the English of the field’s terms when every character is read', () => {
    expect(inFieldEnglish('什么是同心圆？')).toBe('what is concentric circle?');
    expect(inFieldEnglish('同心圆是什么意思？')).toBe('what is concentric circle?');
    expect(inFieldEnglish('兵团和地方是什么关系?')).toBe('corps and local government is what relationship?');
    expect(inFieldEnglish('乌鲁木齐社区治理的四条基本经验是什么？')).toBe('what is Urumqi community governance 4 basic experiences?');
    expect(inFieldEnglish('what is 同心圆?')).toBe('what is concentric circle?');
    expect(inFieldEnglish('第五章的支部书记')).toBe('chapter 5 party branch secretary');
  });

  it('leaves a question with a word it cannot read, or with no term of the field, as typed', () => {
    // "人口" (population) may be what is asked: not read, not guessed.
    expect(inFieldEnglish('乌鲁木齐的人口是多少？')).toBeUndefined();
    expect(inFieldEnglish('作者是谁？')).toBeUndefined();
    expect(inFieldEnglish('第三章讲了什么？')).toBeUndefined();
    expect(inFieldEnglish('what is the mass line?')).toBeUndefined();
  });
});

describe('a Chinese question to the English thesis', () => {
  it('is answered from the thesis, saying how it was read, or refused for its own reason', async () => {
    const core = await testCore('none');
    const circle = await core.ask('同心圆可以收缩吗?');
    expect(circle.abstained).toBe(false);
    expect(circle.citations[0]?.section).toBe('chapter-6');
    expect(circle.answer).toMatch(/^Reading the question as “concentric circle can contraction\?”\./u);
    // The everyday words for the circle's moves, for cadres and for the people's hearts too.
    expect((await core.ask('同心圆可以收缩和扩大吗？')).citations[0]?.section).toBe('chapter-6');
    expect((await core.ask('如何凝聚民心？')).citations[0]?.section).toBe('chapter-4');
    const count = await core.ask('乌鲁木齐有多少个社区?');
    expect(count).toMatchObject({ abstained: true, answer: expect.stringMatching(/It gives no such figure\./u) });
    expect((await core.ask('作者采访了多少人?')).answer).toMatch(/is in English, so a question in Chinese/u);
  });
});
