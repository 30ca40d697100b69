import { describe, expect, it } from 'vitest';
import { unrankedOne } from '../../src/answer/ranked-one.ts';
import { bareSection, hitOn, passagesOf, testCore } from '../helpers.ts';

const three = bareSection('chapter-3');
const ps = passagesOf(
  [three, 'Various consultation platforms establish an effective system.'],
  [three, 'The party and the masses are the most important two elements.'],
  [three, 'The largest common denominator is found by consultation.'],
);

describe('unrankedOne', () => {
  it('says the thesis ranks none when no sentence near the best ranks anything', () => {
    expect(unrankedOne('Which consultation platform was the most effective?', [hitOn(ps[0], 1)])).toBe('It ranks no consultation platform, so it does not say which is the most effective.');
    expect(unrankedOne('What community is the best example?', [hitOn(ps[0], 1), hitOn(ps[1], 0.5)])).toBe('It ranks no community, so it does not say which is the best.');
    // "Which of the six stages…": the kind after "of the", its count set aside.
    expect(unrankedOne('Which of the six stages was the longest?', [hitOn(ps[0], 1)])).toBe('It ranks no stages, so it does not say which is the longest.');
    expect(unrankedOne('which of them is most important (what are the three reasons?)', [hitOn(ps[0], 1)])).toBe('It ranks no reasons, so it does not say which is the most important.');
    expect(unrankedOne('which of them is most important', [hitOn(ps[0], 1)])).toBe('It ranks none of them, so it does not say which is the most important.');
    // "The most important two elements" ranks elements, not the functions asked about before.
    expect(unrankedOne('which one is more important (what are the functions?)', [hitOn(ps[1], 1)])).toBe('It ranks no functions, so it does not say which is the more important.');
    // The section named is taken out before ("which platform in chapter 3…"): "in" is not the kind.
    // Ranked by a count it has ("got the most participants"), said back with the verb asked.
    expect(unrankedOne('which activity got the most participants?', [hitOn(ps[0], 1)])).toBe('It ranks no activity, so it does not say which got the most participants.');
    expect(unrankedOne('Which platform in    was the most effective?', [hitOn(ps[0], 1)])).toBe('It ranks no platform, so it does not say which is the most effective.');
  });

  it('leaves the question to the answer when a sentence near the best ranks, or no kind is named', () => {
    expect(unrankedOne('What element is the most important?', [hitOn(ps[1], 1)])).toBeUndefined();
    expect(unrankedOne('Which platform is the biggest?', [hitOn(ps[0], 1), hitOn(ps[2], 0.9)])).toBeUndefined();
    expect(unrankedOne('What is the largest mass work?', [hitOn(ps[0], 1)])).toBeUndefined();
    expect(unrankedOne('Which chapter is the most theoretical?', [hitOn(ps[0], 1)])).toBeUndefined();
  });

  it('does not take a sentence naming the top for the bottom asked', () => {
    // "The least important" is not "the most important two elements"; "the least" told would be.
    expect(unrankedOne('Which element is the least important?', [hitOn(ps[1], 1)])).toBe('It names only what ranks at the top, so it does not say which is the least important.');
    const least = passagesOf([three, 'The least important element is the platform.']);
    expect(unrankedOne('Which element is the least important?', [hitOn(least[0], 1)])).toBeUndefined();
  });

  it('does not take "interest" for a rank', () => {
    expect(unrankedOne('Which group is the strongest?', [hitOn(passagesOf([three, 'Their interest is served.'])[0], 1)])).toBe('It ranks no group, so it does not say which is the strongest.');
  });

  it('refuses "which consultation platform was the most effective?" of the thesis, naming why', async () => {
    const a = await (await testCore('none')).ask('Which consultation platform was the most effective?');
    expect(a.abstained).toBe(true);
    expect(a.answer).toMatch(/does not say which is the most effective/);
  });
});
