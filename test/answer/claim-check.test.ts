import { describe, expect, it } from 'vitest';
import { claimAsked } from '../../src/answer/claim-check.ts';
import { testCore } from '../helpers.ts';

describe('claimAsked', () => {
  it.each([
    ['Is it true that the circle is static?', 'is the circle static?'],
    ['My friend says the circle is static, is that true?', 'is the circle static?'],
    ['My friend says the circle is static. Is that true?', 'is the circle static?'],
    ['is that true? my friend says the circle is static', 'is the circle static?'],
    ['True or false: the corps is part of the local government', 'is the corps part of the local government?'],
    ['yes or no: the circle is static', 'is the circle static?'],
    ['Right or wrong: the framework is applicable to Urumqi', 'is the framework applicable to Urumqi?'],
    ['am I right that Urumqi is the capital of Xinjiang?', 'is Urumqi the capital of Xinjiang?'],
    ['Does the thesis claim its framework is applicable to Urumqi?', 'is its framework applicable to Urumqi?'],
    ['does the thesis claim actual results were achieved?', 'were actual results achieved?'],
    // What the work is said to take a thing as, and whether that is a fair reading of a chapter.
    ['A colleague claims the thesis treats the circle as fixed. Is that a fair reading, given what chapter six says?', 'is the circle fixed?'],
    ['someone said the author sees the party as the radius. is that accurate?', 'is the party the radius?'],
    // Checks put as who is right, or as the work's word asked for.
    ['My professor says this thesis treats the mass line as central. Is she right?', 'is the mass line central?'],
    ['My notes say the author is Y. L. Wang - can you confirm?', 'is the author Y. L. Wang?'],
    ['My reading group argued about whether the thesis sees the circle as rigid. Who is right?', 'is the circle rigid?'],
  ])('reads %s as %s', (typed, plain) => {
    expect(claimAsked(typed)).toBe(plain);
  });

  it('asks a claim with no "is" in it as said, the check left off', () => {
    expect(claimAsked('I read that the party leads everything, is that true?')).toBe('the party leads everything');
    expect(claimAsked('A classmate claims chapter two only covers the present. Is that so?')).toBe('chapter two only covers the present');
    expect(claimAsked('Our tutor said the third chapter is about democracy at the grassroots. Does the text back this up?')).toBe('is the third chapter about democracy at the grassroots?');
  });

  it('leaves a plain question, a negated claim and the work\'s own claim with no "is" alone', () => {
    for (const typed of ['Is the circle static?', 'what is the circle?', 'Is it true that the circle is not static?', "Is it true that the circle doesn't grow?", 'does chapter 6 say the circle is static?', 'does the thesis say the party leads everything?']) {
      expect(claimAsked(typed)).toBeUndefined();
    }
  });

  it('says yes or no to a claim put to it as the thesis puts it', async () => {
    const core = await testCore('none');
    expect((await core.ask('My friend says the circle is static, is that true?')).answer).toMatch(/^No\. In practice, the "concentric circle"/u);
    expect((await core.ask('Is it true that the framework is applicable to Urumqi?')).answer).toMatch(/^Yes\. In the analysis and demonstration/u);
  });
});
