import { describe, expect, it } from 'vitest';
import { unwrittenField } from '../../src/answer/fields.ts';
import { Retriever } from '../../src/retrieval/search.ts';
import { testCore } from '../helpers.ts';

async function setup() {
  const { parsed } = (await testCore('none')).thesis;
  const retriever = new Retriever(parsed.sections);
  return (question: string) => unwrittenField(question, retriever);
}

describe('unwrittenField', () => {
  it('names a field of public life the thesis never names, however much else it has', async () => {
    const field = await setup();
    expect(field("What's the general situation of Urumqi's hospitals?")).toBe('hospitals');
    expect(field('How is the city’s police force organised?')).toBe('police');
    expect(field('What did the party do about the economy of Xinjiang?')).toBe('economy');
    expect(field('Is the concentric circle an idea from physics?')).toBe('physics');
    expect(field('What did the author find in the city archives?')).toBe('archives');
    expect(field('Is the biggest problem in Xinjiang water?')).toBe('water');
    expect(field("How is the community's sewage system built?")).toBe('sewage');
    expect(field("What is privatized under the party's leadership?")).toBe('privatized');
    expect(field('Is community governance cheaper to run than community service?')).toBe('cheaper');
    expect(field('What is the cheapest way to improve community governance?')).toBe('cheapest');
    expect(field('What is the relation of community governance to global governance?')).toBe('global governance');
    expect(field('How many elements are most important in rural governance?')).toBe('rural governance');
    expect(field('What happens to retired party members?')).toBe('retired');
    expect(field('what macroeconomic factors are analysed?')).toBe('macroeconomic factors');
    expect(field('How does Urumqi gather rainwater?')).toBe('rainwater');
    expect(field('Why choose a musical image for party-people ties?')).toBe('musical image');
    // A field named only by a phrase of the thesis's own words.
    expect(field("Who are the participants in the author's focus groups?")).toBe('focus groups');
    expect(field('What does the paper consider through game theory?')).toBe('game theory');
    expect(field('What is its contribution to comparative politics?')).toBe('comparative politics');
    expect(field('What does it contribute to Western political science?')).toBe('political science');
  });

  it('keeps the thing a describing word goes with, and leaves one said of something', async () => {
    const field = await setup();
    expect(field('What legal framework governs community consultation?')).toBe('legal framework');
    expect(field('What grounds the concentric circle in religious texts?')).toBe('religious texts');
    expect(field('Which two of the four dangers are economic?')).toBeUndefined();
  });

  it('leaves fields the thesis has words for, and words that only look like fields', async () => {
    const field = await setup();
    // "Education" of party members is the thesis's own word.
    expect(field('How are party members given education?')).toBeUndefined();
    expect(field('What constitutes the leading core of community work?')).toBeUndefined();
    expect(field('In ch. 1, how is concentric circle theory judged?')).toBeUndefined();
    expect(field('When was this dissertation posted online?')).toBeUndefined();
    expect(field('Which school of thought does the author follow?')).toBeUndefined();
    // A reader the answer is for is no school the thesis speaks of.
    expect(field('Explain the contracting circle to a high-school student.')).toBeUndefined();
  });

  it('lets a choice stand when one side may be what the thesis says', async () => {
    const field = await setup();
    expect(field('Does chapter four deal with national unity or with economic development?')).toBeUndefined();
    expect(field('Does it talk about schools or hospitals?')).toBe('schools');
  });
});
