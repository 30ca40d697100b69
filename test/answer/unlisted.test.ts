import { describe, expect, it } from 'vitest';
import { unlisted, unspecified } from '../../src/answer/unlisted.ts';
import { bareSection, hitOn, passagesOf } from '../helpers.ts';

describe('unlisted', () => {
  const ch = bareSection('chapter-1');
  const text = passagesOf(
    [ch, 'Close contact with the masses is one of the three fine styles of the party.'],
    [ch, 'The circle has two functions of contraction and expansion.'],
    [ch, 'The party and the masses are the most important two elements.'],
  );
  const top = (i: number) => [hitOn(text[i])];

  it('says, in the thesis\'s words, that a count of things asked for is named but not listed', () => {
    expect(unlisted('What are the 3 good styles?', top(0), text)).toBe('The thesis names the three fine styles but does not list them.');
    expect(unlisted("Name the party's three fine styles.", top(0), text)).toBe('The thesis names the three fine styles but does not list them.');
    expect(unlisted('Which style tops the list of the three styles?', top(0), text)).toBeUndefined();
    // A passage asked for is the passage, not the list.
    expect(unlisted('Give me the passage about the three fine styles', top(0), text)).toBeUndefined();
  });

  it('takes "hundreds" and "thousands" as counts of their own', () => {
    const ch4 = passagesOf([bareSection('chapter-4'), 'The party links with the masses through hundreds of clues.']);
    expect(unlisted('What are the hundreds of clues?', [hitOn(ch4[0])], ch4)).toBe('The thesis names the hundreds of clues but does not list them.');
    expect(unlisted('What exactly are the hundreds of clues the party uses?', [hitOn(ch4[0])], ch4)).toBe('The thesis names the hundreds of clues but does not list them.');
    expect(unlisted('What are the thousands of clues?', [hitOn(ch4[0])], ch4)).toBeUndefined();
  });

  it('says nothing when the sentence spells the things out, after or before their count', () => {
    expect(unlisted('What are the two functions?', top(1), text)).toBeUndefined();
    expect(unlisted('What are the two elements?', top(2), text)).toBeUndefined();
  });

  it('says that things of a kind asked for by a plural are only mentioned, when the whole question asks which', () => {
    const intro = passagesOf([bareSection('introduction'), 'The introduction covers research methods, research difficulties and possible innovations.'], [ch, 'The reasons are as follows: first, the core.']);
    expect(unlisted('what research methods does the thesis use?', [hitOn(intro[0])], intro)).toBe('The thesis mentions research methods but does not list them.');
    expect(unlisted('What are the research difficulties?', [hitOn(intro[0])], intro)).toBe('The thesis mentions research difficulties but does not list them.');
    expect(unlisted('What are the research difficulties, one by one?', [hitOn(intro[0])], intro)).toBe('The thesis mentions research difficulties but does not list them.');
    expect(unlisted('What are the research difficulties the author faced?', [hitOn(intro[0])], intro)).toBe('The thesis mentions research difficulties but does not list them.');
    expect(unlisted('List the research methods.', [hitOn(intro[0])], intro)).toBe('The thesis mentions research methods but does not list them.');
    expect(unlisted('What does the introduction say about research methods?', [hitOn(intro[0])], intro)).toBeUndefined();
    expect(unlisted('What are the reasons?', [hitOn(intro[1])], intro)).toBeUndefined();
    // "Which report says…" asks for one report by what it says: "leads" is no plural.
    const report = passagesOf([ch, 'According to the report, the party leads everything.']);
    expect(unlisted('Which report says the party leads everything?', [hitOn(report[0])], report)).toBeUndefined();
    // Nor do "which chapter…" (where) or "which activity was…" ("was" is no plural).
    expect(unlisted('which chapter has the stuff on research methods', [hitOn(intro[0])], intro)).toBeUndefined();
    expect(unlisted('Which activity was deployed to gather research methods?', [hitOn(intro[0])], intro)).toBeUndefined();
  });

  it('reads "specifically" and a reported "say were used" as asking which, and a kind named in a pair', () => {
    const intro = passagesOf([bareSection('introduction'), 'The introduction covers research methods and possible innovations.'], [ch, 'It weighs the international and domestic factors restricting the city.'], [ch, 'The city works through the above four paths.']);
    expect(unlisted('Which research methods does the introduction say were used, specifically?', [hitOn(intro[0])], intro)).toBe('The thesis mentions research methods but does not list them.');
    expect(unlisted('What research methods were used exactly?', [hitOn(intro[0])], intro)).toBe('The thesis mentions research methods but does not list them.');
    expect(unlisted('What are the international factors?', [hitOn(intro[1])], intro)).toBe('The thesis mentions international and domestic factors but does not list them.');
    expect(unlisted('What are the international factors restricting the city?', [hitOn(intro[1])], intro)).toBe('The thesis mentions international and domestic factors but does not list them.');
    expect(unlisted('Which international factors restrict the city?', [hitOn(intro[1])], intro)).toBe('The thesis mentions international and domestic factors but does not list them.');
    expect(unlisted('Which factors are international?', [hitOn(intro[1])], intro)).toBe('The thesis mentions international and domestic factors but does not list them.');
    // "Which methods are named?" asks the kind; a bare "which methods?" too, and "what factors?" gets both qualifiers.
    expect(unlisted('Which methods are named?', [hitOn(intro[0])], intro)).toBe('The thesis mentions research methods but does not list them.');
    expect(unlisted('which methods?', [hitOn(intro[0])], intro)).toBe('The thesis mentions research methods but does not list them.');
    // "What about…" asks about them; a bare kind the text neither qualifies nor counts has no list to miss.
    expect(unlisted('what about the possible innovations?', [hitOn(intro[0])], intro)).toBeUndefined();
    const masses = passagesOf([ch, 'The party and the masses are the two elements.']);
    expect(unlisted('which masses?', [hitOn(masses[0])], masses)).toBeUndefined();
    expect(unlisted('what factors?', [hitOn(intro[1])], intro)).toBe('The thesis mentions international and domestic factors but does not list them.');
    // Their count goes with them where the text gives it.
    const styles = passagesOf([ch, 'Close contact with the masses is one of the three fine styles of the party.']);
    expect(unlisted('Which fine styles does the thesis mention?', [hitOn(styles[0])], styles)).toBe('The thesis mentions three fine styles but does not list them.');
    // "The above four paths" were given in the sentences before.
    expect(unlisted('What are the paths?', [hitOn(intro[2])], intro)).toBeUndefined();
  });

  it('speaks of one thing as one: "research status" is set out, not listed', () => {
    const intro = passagesOf([bareSection('introduction'), 'The introduction covers the research status at home and abroad.']);
    expect(unlisted('What are the research status reports?', [hitOn(intro[0])], intro)).toBeUndefined();
    expect(unlisted('Which literatures does the introduction cover?', [hitOn(intro[0])], intro)).toBe('The thesis mentions research status but does not set it out.');
  });

  it('sees past a list of another kind in the sentence that mentions the things', () => {
    const ch2 = passagesOf([bareSection('chapter-2'), 'It weighs the international and domestic factors restricting the city, and draws four basic experiences of the city: first, consultation; second, sinking the centre; third, strict governance; fourth, the masses.']);
    expect(unlisted('What are the international factors?', [hitOn(ch2[0])], ch2)).toBe('The thesis mentions international and domestic factors but does not list them.');
  });
});

describe('unspecified', () => {
  const ch2 = passagesOf([bareSection('chapter-2'), 'It weighs the international and domestic factors restricting the city.'], [bareSection('chapter-1'), 'Close contact with the masses is one of the three fine styles of the party.']);
  it('gives the reason to refuse when the things themselves are asked for and only their kind is mentioned', () => {
    expect(unspecified('Which international factors restrict the city, specifically?', [hitOn(ch2[0])], ch2)).toBe('It mentions international and domestic factors but does not say which they are.');
    expect(unspecified('What domestic factors restrict the city, in detail?', [hitOn(ch2[0])], ch2)).toBe('It mentions domestic factors but does not say which they are.');
    expect(unspecified('What domestic factors exactly restrict the city?', [hitOn(ch2[0])], ch2)).toBe('It mentions domestic factors but does not say which they are.');
    expect(unspecified('What exactly are the domestic factors?', [hitOn(ch2[0])], ch2)).toBe('It mentions domestic factors but does not say which they are.');
  });

  it('answers "does it name (list, specify) them?" the same way, with the words the text qualifies them by', () => {
    expect(unspecified('Does chapter 2 specify the international factors?', [hitOn(ch2[0])], ch2)).toBe('It mentions international and domestic factors but does not say which they are.');
    // What one thing is, asked that way, is no list.
    expect(unspecified('Does chapter 2 say what the international factors mean?', [hitOn(ch2[0])], ch2)).toBeUndefined();
    // Unqualified in the question, they are given as the text qualifies them, both words joined.
    expect(unspecified('does it list them (what factors?)', [hitOn(ch2[0])], ch2)).toBe('It mentions international and domestic factors but does not say which they are.');
    expect(unspecified('Does it say much about factors?', [hitOn(ch2[0])], ch2)).toBeUndefined();
    // "Autonomous" is no plural: nothing of a kind is asked.
    // Nor is "the corps", one body.
    const corps = passagesOf([bareSection('chapter-4'), 'The two forces of the region and the corps are converged.']);
    expect(unspecified('which path involves the corps, specifically?', [hitOn(corps[0])], corps)).toBeUndefined();
    const region = passagesOf([bareSection('chapter-4'), 'The Party committee of the autonomous region has deployed the activity.']);
    expect(unspecified("does it list them (How is the autonomous region's Party committee described?)", [hitOn(region[0])], region)).toBeUndefined();
  });

  it('leaves questions that do not insist on the things, and counts that come with one of them, to the answer', () => {
    expect(unspecified('Which international factors restrict the city?', [hitOn(ch2[0])], ch2)).toBeUndefined();
    expect(unspecified('What are the three fine styles, specifically?', [hitOn(ch2[1])], ch2)).toBeUndefined();
  });
});
