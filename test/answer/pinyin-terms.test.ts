import { describe, expect, it } from 'vitest';
import { readWith } from '../../src/answer/idioms.ts';
import { PINYIN_TERMS, pinyinNote } from '../../src/answer/pinyin-terms.ts';
import { itReadsEach, testCore } from '../helpers.ts';

const english = (question: string) => readWith(PINYIN_TERMS, question);

describe('PINYIN_TERMS', () => {
  itReadsEach(PINYIN_TERMS, [
    ['what does tongxinyuan mean?', 'what does concentric circle mean?'],
    ['what is qunzhong luxian?', 'what is mass line?'],
    ['the minzu tuanjie yijiaqin activity', 'the national unity and one family activity'],
    ['shousuo and kuozhang of the circle?', 'contraction and expansion of the circle?'],
    ['how does the shequ work?', 'how does the community work?'],
    ['what is shequ zhili?', 'what is community governance?'],
  ]);

  it('leaves English words that hold the same letters, and terms the field does not use', () => {
    for (const q of ['what does the danwei do?', 'is the circle expanding?', 'what is a wangge yuan?', 'who is Dang?']) expect(english(q)).toBe(q);
  });

  it('finds what the thesis says of a term typed in pinyin', async () => {
    const core = await testCore('none');
    const asked = await core.ask('the minzu tuanjie yijiaqin activity - what did it do?');
    expect(asked.abstained).toBe(false);
    expect(asked.citations[0]?.quote).toMatch(/national unity and one family/u);
    // The answer says how it read the term, so the reader can judge.
    expect(asked.answer).toMatch(/^Reading “minzu tuanjie yijiaqin” as “national unity and one family”\. /u);
  });

  it('names the first term read, as typed, or nothing', () => {
    expect(pinyinNote('what does Tongxinyuan mean?')).toBe('Reading “Tongxinyuan” as “concentric circle”.');
    expect(pinyinNote('what does the circle mean?')).toBeUndefined();
  });
});
