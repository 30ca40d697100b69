import { describe, expect, it } from 'vitest';
import { qualityVerdict, unwrittenQuality } from '../../src/answer/predicate-lead.ts';
import { testCore } from '../helpers.ts';

const circle = 'In practice,the "concentric circle" of the interaction between the party and the masses is not static,but has two functions of contraction and expansion.';
const conditions = 'The contraction and expansion of "concentric circle" are not unconditional.';
const applies = 'In the analysis and demonstration,it is confirmed that the theoretical framework of "concentric circle" is applicable to the reality in Urumqi.';
const harder = 'Community governance is more difficult to achieve than the first two in terms of participants,rules,and efficiency release.';

describe('qualityVerdict', () => {
  it('says no when the quote denies the very quality of the thing asked about', () => {
    expect(qualityVerdict('Is the concentric circle static?', [circle])).toBe('No');
    expect(qualityVerdict('Are contraction and expansion unconditional?', [conditions])).toBe('No');
    // "Not unconditional" is conditional.
    expect(qualityVerdict('Are contraction and expansion conditional?', [conditions])).toBe('Yes');
    // In a thread, "it" is what the quote speaks of.
    expect(qualityVerdict('is it static?', [circle])).toBe('No');
  });

  it('says yes when the quote puts the quality next to a copula, a few words in, or after "to…"', () => {
    expect(qualityVerdict('Is the framework applicable to Urumqi?', [applies])).toBe('Yes');
    expect(qualityVerdict('Is community governance more difficult?', ['Community service is the beginning.', harder])).toBe('Yes');
  });

  it('leaves alone a quality the quote never puts so, another subject, and a negated question', () => {
    expect(qualityVerdict('Is the circle dynamic?', [circle])).toBeUndefined();
    expect(qualityVerdict('Is the corps static?', [circle])).toBeUndefined();
    expect(qualityVerdict('Is the circle not static?', [circle])).toBeUndefined();
    // "Applicable to Urumqi" is no yes to "applicable to other countries", nor to a place it does not name.
    expect(qualityVerdict('Is the framework applicable to other countries?', [applies])).toBeUndefined();
    expect(qualityVerdict('Is the framework applicable to Shanghai?', [applies])).toBeUndefined();
    // "Not only… but also" denies nothing.
    expect(qualityVerdict('Is the circle different?', ['The circle is not only different from the old order, but also from the West.'])).toBe('Yes');
    expect(qualityVerdict('What is the circle?', [circle])).toBeUndefined();
  });
});

describe('unwrittenQuality', () => {
  const written = new Set(['static', 'flexible', 'applicable', 'harmonious']);
  const unwritten = (word: string) => !written.has(word.toLowerCase());
  const known = (text: string) => !/\bpolice\b/iu.test(text);
  it('names a quality the thesis never uses of anything, put to a thing it speaks of', () => {
    expect(unwrittenQuality('is the targeted governance controversial?', unwritten, known)).toBe('controversial');
    expect(unwrittenQuality('Is the visiting activity compulsory?', unwritten, known)).toBe('compulsory');
    expect(unwrittenQuality('what makes a party branch corrupt?', unwritten, known)).toBeUndefined();
    expect(unwrittenQuality('what makes the relationship harmonious?', unwritten, known)).toBeUndefined();
    expect(unwrittenQuality('what makes the party branch ineffective?', unwritten, known)).toBe('ineffective');
    expect(unwrittenQuality('is national unity declining?', unwritten, known)).toBe('declining');
    expect(unwrittenQuality('According to the thesis, is national unity declining?', unwritten, known)).toBe('declining');
    expect(unwrittenQuality('are the masses willing to use consultation?', unwritten, known)).toBeUndefined();
  });

  it('leaves a quality the thesis uses, a measure, a negated question and a thing it never names', () => {
    expect(unwrittenQuality('is the circle static?', unwritten, known)).toBeUndefined();
    expect(unwrittenQuality('is the danger serious?', unwritten, known)).toBeUndefined();
    expect(unwrittenQuality('is the circle not round?', unwritten, known)).toBeUndefined();
    expect(unwrittenQuality('is the police corrupt?', unwritten, known)).toBeUndefined();
    expect(unwrittenQuality('what is the circle?', unwritten, known)).toBeUndefined();
    // A noun left over, one side of a choice, a thing done, a noun phrase: no quality put.
    expect(unwrittenQuality('Is the largest mass work national unity growth?', unwritten, known)).toBeUndefined();
    expect(unwrittenQuality('Is the largest mass work national unity or economic?', unwritten, known)).toBeUndefined();
    expect(unwrittenQuality('Is research status abroad covered?', unwritten, known)).toBeUndefined();
    expect(unwrittenQuality('is the concentric circle originally a maths idea?', unwritten, known)).toBeUndefined();
  });
});

describe('a quality the thesis never uses, put to a thing it speaks of', () => {
  it('is refused by the word, though the thing is there', async () => {
    const asked = await (await testCore('none')).ask('is the targeted governance described as controversial?');
    expect(asked.abstained).toBe(true);
    expect(asked.answer).toMatch(/It does not mention “controversial”\./u);
  });
});
