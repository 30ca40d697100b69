import { describe, expect, it } from 'vitest';
import { namedFirst, unnamedOne } from '../../src/answer/which-one.ts';
import { bareSection, hitOn, passagesOf, testCore } from '../helpers.ts';

const four = bareSection('chapter-4');
const ps = passagesOf(
  [four, 'The two forces form a joint force to deter the enemy and stabilize.'],
  [four, 'The study looks at the city closely.'],
  [four, 'As the capital city of the region, Urumqi follows the rule.'],
  [four, 'The enemy of unity is division.'],
);

describe('unnamedOne', () => {
  it('says the thesis does not say which, when the sentences only ever say "the enemy"', () => {
    expect(unnamedOne('Which enemy does the joint force deter?', [hitOn(ps[0], 1)])).toBe('It mentions the enemy but does not say which.');
    expect(unnamedOne('who is the enemy (what is the joint force for?)', [hitOn(ps[0], 1)])).toBe('It mentions the enemy but does not say who.');
    expect(unnamedOne('Who are the enemies that the joint force deters?', [hitOn(ps[0], 1)])).toBe('It mentions the enemy but does not say who.');
    // "Which factors…" asks for kinds: left to the list rules.
    expect(unnamedOne('Which factors does the joint force weigh?', [hitOn(ps[0], 1)])).toBeUndefined();
  });

  it('leaves the question to the answer when a sentence near the best picks the thing out, or it asks a kind', () => {
    expect(unnamedOne('Which enemy does the joint force deter?', [hitOn(ps[0], 1), hitOn(ps[3], 0.9)])).toBeUndefined();
    expect(unnamedOne('Which city does the study look at?', [hitOn(ps[1], 1), hitOn(ps[2], 0.85)])).toBeUndefined();
    expect(unnamedOne('Which chapter does the enemy appear in?', [hitOn(ps[0], 1)])).toBeUndefined();
    expect(unnamedOne('What does the joint force deter?', [hitOn(ps[0], 1)])).toBeUndefined();
  });

  it('leaves "what education do members receive?" to the answer: the doing is what is asked', () => {
    const school = passagesOf([four, 'The branch strengthens the education of members.']);
    expect(unnamedOne('What education do members receive?', [hitOn(school[0], 1)])).toBeUndefined();
  });
});

describe('namedFirst', () => {
  it('puts first a sentence near the best that picks out by name what "which" asks for', () => {
    const hits = [hitOn(ps[1], 1), hitOn(ps[2], 0.7)];
    expect(namedFirst('Which city does the study look at?', hits)[0]?.passage).toBe(ps[2]);
    // Too far behind the best, or asked of a kind, the order stands.
    expect(namedFirst('Which city does the study look at?', [hitOn(ps[1], 1), hitOn(ps[2], 0.5)])[0]?.passage).toBe(ps[1]);
    expect(namedFirst('Which chapter does the study look at?', hits)[0]?.passage).toBe(ps[1]);
  });

  it('reads a thread\'s bare "which city?" the same way, but not "what else?"', () => {
    const hits = [hitOn(ps[1], 1), hitOn(ps[2], 0.7)];
    expect(namedFirst('which city?', hits)[0]?.passage).toBe(ps[2]);
    expect(namedFirst('so which city', hits)[0]?.passage).toBe(ps[2]);
    expect(namedFirst('what else?', hits)[0]?.passage).toBe(ps[1]);
    expect(unnamedOne('which enemy?', [hitOn(ps[0], 1)])).toBe('It mentions the enemy but does not say which.');
  });

  it('answers the thesis\'s "which city" with Urumqi and its "which enemy" honestly', async () => {
    const core = await testCore('none');
    expect((await core.ask('Which city does the dissertation study?')).answer).toMatch(/^As the capital city of Xinjiang Province, Urumqi/);
    expect(await core.ask('Which enemy does the joint force deter?')).toMatchObject({ abstained: true, answer: expect.stringMatching(/It mentions the enemy but does not say which/) });
  });
});
