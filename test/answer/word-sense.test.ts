import { describe, expect, it } from 'vitest';
import { otherSense } from '../../src/answer/word-sense.ts';
import { testCore, thesisRetriever } from '../helpers.ts';

describe('otherSense', () => {
  it('names a compound whose head the thesis writes only in another compound ("capital city")', async () => {
    const r = await thesisRetriever();
    expect(otherSense('Does the thesis discuss social capital?', r)).toBe('social capital');
    expect(otherSense('What theory of social capital does the author engage with?', r)).toBe('social capital');
    expect(otherSense('what about political capital', r)).toBe('political capital');
    expect(otherSense('Social capital?', r)).toBe('social capital');
  });

  it('leaves the compound the thesis means, names, phrases it writes and qualities to the search', async () => {
    const r = await thesisRetriever();
    for (const q of ['Which city is the capital of Xinjiang?', 'what is the xinjiang capital?', "What is Xinjiang's capital?", 'What is the United Front?', 'Is the relationship close?', 'Is the relationship very close?', 'What is the capital?', 'What about the fine styles?', 'what does it say about social governance?', 'what is mass work?']) {
      expect(otherSense(q, r), q).toBeUndefined();
    }
  });
});

describe('a compound of another sense', () => {
  it('is refused by name, not answered from the capital city', async () => {
    const core = await testCore('none');
    const asked = await core.ask('Does the thesis discuss social capital?');
    expect(asked.abstained).toBe(true);
    expect(asked.answer).toMatch(/It does not mention social capital\./u);
  });
});
