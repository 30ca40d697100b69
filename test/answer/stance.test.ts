import { describe, expect, it } from 'vitest';
import { stanceThing } from '../../src/answer/stance.ts';
import { testCore } from '../helpers.ts';

describe('stanceThing', () => {
  it('reads what the author is asked to like, oppose or feel about, as typed', () => {
    expect(stanceThing('Does the author like Xi Jinping?', 'Y L Wang')).toBe('Xi Jinping');
    expect(stanceThing('does Wang really support consultative democracy', 'Y L Wang')).toBe('consultative democracy');
    expect(stanceThing('How does the author feel about the corps?', 'Y L Wang')).toBe('the corps');
    // An opinion of a person, named with a capital, is a feeling; of a topic, the text's argument.
    expect(stanceThing("What is the author's opinion of Xi Jinping?", 'Y L Wang')).toBe('Xi Jinping');
    expect(stanceThing('what does the author think of Xi Jinping', 'Y L Wang')).toBe('Xi Jinping');
    expect(stanceThing('What does the author think of consultation?', 'Y L Wang')).toBeUndefined();
    expect(stanceThing('What does the author think of Western multiparty politics?', 'Y L Wang')).toBeUndefined();
    expect(stanceThing('Is the author critical of the party?', 'Y L Wang')).toBe('the party');
    expect(stanceThing('Is the writer a fan of the mass line?', undefined)).toBe('the mass line');
    expect(stanceThing('Is the author for or against Western pluralism?', 'Y L Wang')).toBe('Western pluralism');
    expect(stanceThing('What does the author not like about consultative democracy?', 'Y L Wang')).toBe('consultative democracy');
    expect(stanceThing("what doesn't Wang like in the mass line?", 'Y L Wang')).toBe('the mass line');
    // What trails after the thing is no part of it.
    expect(stanceThing('Does the author criticise the party anywhere?', 'Y L Wang')).toBe('the party');
    expect(stanceThing('does the author like xi lol', 'Y L Wang')).toBe('xi');
    // Asked of nothing in particular: empty, a liking of no one thing.
    expect(stanceThing("what doesn't the author like?", 'Y L Wang')).toBe('');
    expect(stanceThing('What does the writer like most?', 'Y L Wang')).toBe('');
  });

  it('leaves what the thesis or others argue for, and other questions, alone', () => {
    expect(stanceThing('Does the thesis support consultative democracy?', 'Y L Wang')).toBeUndefined();
    expect(stanceThing('Does the party support the masses?', 'Y L Wang')).toBeUndefined();
    expect(stanceThing('What does the author think about consultation?', 'Y L Wang')).toBeUndefined();
    expect(stanceThing('Is the author a party member?', 'Y L Wang')).toBeUndefined();
    // A pronoun may stand for whoever was just quoted.
    expect(stanceThing('Does he support the masses?', 'Y L Wang')).toBeUndefined();
  });
});

describe('stanceAnswer', () => {
  it('refuses to state a feeling, but quotes what the thesis says of the thing', async () => {
    const core = await testCore('none');
    const a = await core.ask('Does the author like Xi Jinping?');
    expect(a.abstained).toBe(true);
    expect(a.answer).toMatch(/^The thesis does not say how its author personally feels about Xi Jinping\. Here is what it says: General Secretary Xi Jinping pointed out/);
    expect(a.citations[0]?.section).toBe('chapter-4');
  });

  it('says a thing the thesis never names whole is not mentioned', async () => {
    const core = await testCore('none');
    const a = await core.ask('does the author support multi-party democracy?');
    expect(a).toMatchObject({ abstained: true, citations: [] });
    expect(a.answer).toBe('The thesis text we have does not say. It does not mention multi-party democracy.');
  });
});

describe('a liking asked of nothing in particular', () => {
  it('is refused without naming the author as if asked who wrote it', async () => {
    const core = await testCore('none');
    const asked = await core.ask("what doesn't the author like?");
    expect(asked.abstained).toBe(true);
    expect(asked.answer).toMatch(/It records nothing of what its author personally likes or dislikes\./u);
  });
});
