import { describe, expect, it } from 'vitest';
import { authorsDeed, caseSelection, otherPlace } from '../../src/answer/case-scope.ts';
import { testCore, thesisRetriever } from '../helpers.ts';

const retriever = thesisRetriever;

describe('otherPlace', () => {
  it('names the other places a question asks of, as typed', async () => {
    const r = await retriever();
    expect(otherPlace("is urumqi's approach copied by other cities?", r)).toBe('other cities');
    expect(otherPlace('Other provinces: what does it recommend for them?', r)).toBe('other provinces');
    expect(otherPlace('how does Urumqi compare with other Chinese cities?', r)).toBe('other Chinese cities');
    expect(otherPlace('was it tried in another part of the country?', r)).toBe('another part of the country');
    expect(otherPlace('was it tried in other parts of China?', r)).toBe('other parts of China');
  });

  it('reads a place set aside ("other than Urumqi, which city…") as asking of the others', async () => {
    const r = await retriever();
    expect(otherPlace('Other than Urumqi, which city did the author study?', r)).toBe('other cities');
    expect(otherPlace('besides Xinjiang, what other region is mentioned?', r)).toBe('other regions');
    expect(otherPlace('Besides consultation, which paths build the circle?', r)).toBeUndefined();
    // The thesis calls Urumqi a city, not a region: besides it, a region (Xinjiang) is named.
    expect(otherPlace('Besides Urumqi, which region does the thesis mention?', r)).toBeUndefined();
    expect(otherPlace('Which provinces besides Xinjiang are studied?', r)).toBe('other provinces');
    expect(otherPlace('which regions besides Urumqi are mentioned?', r)).toBeUndefined();
  });

  it('leaves what sets the city apart, other kinds of thing and what the thesis writes to the search', async () => {
    const r = await retriever();
    expect(otherPlace('what sets Urumqi apart from other cities?', r)).toBeUndefined();
    expect(otherPlace('how is Urumqi different from most other cities?', r)).toBeUndefined();
    expect(otherPlace('How representative is Urumqi of other Chinese cities?', r)).toBeUndefined();
    expect(otherPlace('has the circle been applied in other fields?', r)).toBeUndefined();
    // The thesis writes "other related concepts": other concepts are its own.
    expect(otherPlace('which other concepts are defined?', r)).toBeUndefined();
  });
});

describe('other places asked of', () => {
  it('are refused by name: the thesis says the framework fits Urumqi, not whether it travels', async () => {
    const core = await testCore('none');
    const asked = await core.ask('Is the framework transferable to other cities?');
    expect(asked.abstained).toBe(true);
    expect(asked.answer).toMatch(/It does not mention other cities\./u);
  });
});

describe('caseSelection', () => {
  it('reads a question about how the study chose its cases, not how the thesis says people are chosen', () => {
    expect(caseSelection('how were the communities selected for study?')).toBe('how its cases were chosen');
    expect(caseSelection('Why were these two districts chosen for the research?')).toBe('how its cases were chosen');
    expect(caseSelection('how are branch secretaries selected?')).toBeUndefined();
    expect(caseSelection('why was Urumqi chosen?')).toBeUndefined();
    expect(caseSelection('Why was this framework picked for the study?')).toBeUndefined();
  });
});

describe('authorsDeed', () => {
  it('reads a question about where the author went or whom they met', () => {
    for (const q of ['did the author visit villages?', 'Has the author been to Urumqi?', 'was the author in Urumqi?', 'where did the writer stay?', 'did she talk to residents?', 'did the author personally go to the communities?']) {
      expect(authorsDeed(q), q).toBe('where its author went or whom the author met');
    }
  });

  it('leaves the party\'s visits and the author\'s writing to the search', () => {
    for (const q of ['did party members visit villages?', 'did the author go into detail about consultation?', 'did the author study Urumqi?', 'does the author define community?', 'did they visit the people?']) {
      expect(authorsDeed(q), q).toBeUndefined();
    }
  });
});

describe("the author's own deeds asked of", () => {
  it('are refused, though the thesis writes of visits by the party', async () => {
    const core = await testCore('none');
    const asked = await core.ask('Did the author visit villages?');
    expect(asked.abstained).toBe(true);
    expect(asked.answer).toMatch(/It does not mention where its author went or whom the author met\./u);
  });
});
