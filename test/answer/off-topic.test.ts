import { describe, expect, it } from 'vitest';
import { MAX_UNSEEN_SHARE, offTopic, uncounted } from '../../src/answer/off-topic.ts';
import type { TopicQuestion } from '../../src/answer/topic-answer.ts';
import { Retriever } from '../../src/retrieval/search.ts';
import { testCore } from '../helpers.ts';

async function setup() {
  const { parsed, corpus } = (await testCore('none')).thesis;
  const retriever = new Retriever(parsed.sections);
  return (question: string, extra: Partial<TopicQuestion> = {}) =>
    offTopic(
      { question, rest: question, term: undefined, unmentioned: undefined, topic: retriever.topicStems(question), named: [], scope: [], exclude: new Set(), unrecorded: () => true, ...extra },
      { parsed, corpus, retriever },
    );
}

describe('offTopic', () => {
  it(`finds a question off the thesis when ${MAX_UNSEEN_SHARE * 100}% of its topic is unused, giving no reason`, async () => {
    const off = await setup();
    expect(off('how do volcanoes erupt?')).toEqual({});
    expect(off('What are the three fine styles of the party?')).toBeUndefined();
  });

  it('names the reason when a name, acronym, unmentioned thing or unused term is why', async () => {
    const off = await setup();
    expect(off('How does the thesis compare Urumqi with Kashgar?')?.reason).toBe('It does not mention Kashgar.');
    expect(off('Which NGOs work in the communities?')?.reason).toBe('It does not mention NGOs.');
    // Each word of "United Nations" is near one the thesis uses ("United Front", "national").
    expect(off('Is consultative democracy recognised by the United Nations?')?.reason).toBe('It does not mention the United Nations.');
    expect(off('What do critics say about the mass line?', { unmentioned: 'critics' })?.reason).toBe('It does not mention critics.');
    // A name it never writes says more than the other thing it does not mention.
    expect(off('What is its view on Hong Kong protests?', { unmentioned: 'protest' })?.reason).toBe('It does not mention Hong Kong.');
    expect(off('How does it define social capital?', { term: 'social capital' })?.reason).toBe('It does not use the term “social capital”.');
    // A term it writes, named with a word for its kind, is its own; one it never writes is not.
    expect(off('Define the concentric circle model', { term: 'concentric circle model' })).toBeUndefined();
    expect(off('Define the social capital model', { term: 'social capital model' })?.reason).toBe('It does not use the term “social capital model”.');
    // A name typed in small letters, in no dictionary and not the thesis's, is still a name.
    expect(off('tibet autonomous region')?.reason).toBe('It does not mention Tibet.');
    // Words of English, and the thesis's own in any case, are no names.
    expect(off('xinjiang autonomous region')).toBeUndefined();
    expect(off('ethnic minorities in the autonomous region')?.reason).toBeUndefined();
    // An adjective English makes with "-ive" is a word, however rare, not a name ("It does not mention Redistributive.").
    expect(off('Is targeted governance a form of redistributive governance?')?.reason).toBeUndefined();
  });

  it('leaves chat shorthand, a place in a list and the thesis’s own quoted phrases alone', async () => {
    const off = await setup();
    expect(off('TLDR of the mass line?')).toBeUndefined();
    expect(off('What is the fifth path?')).toBeUndefined();
    expect(off("What is the 'last mile'?")).toBeUndefined();
    // A quote misremembered in one word of five is still the thesis's phrase; in two of three it is not.
    expect(off("Who launched 'visit the people, benefit the people, win their hearts'?")).toBeUndefined();
    expect(off("What is the 'last hundred metres'?")?.reason).toBe('It does not use the term “last hundred metres”.');
    // Its words strewn over one long sentence ("the party… the masses… contradictions") retell no phrase.
    expect(off("what is the 'party masses conflict' about?")?.reason).toBe('It does not use the term “party masses conflict”.');
  });

  it('takes a term asked the meaning of for the thesis’s phrase when it retells one', async () => {
    const core = await testCore('none');
    const retold = await core.ask("What does 'taking the real interests and values of the masses as the radius' mean?");
    expect(retold.abstained).toBe(false);
    expect(retold.citations.some((c) => /the real interests and values of the masses of all ethnic groups as the radius/u.test(c.quote))).toBe(true);
  });
});

describe('uncounted', () => {
  it('gives no figure for a count of things done to that the thesis never does, but counts how the author divides', async () => {
    const { parsed, corpus } = (await testCore('none')).thesis;
    const retriever = new Retriever(parsed.sections);
    const ask = (question: string) =>
      uncounted(
        { question, rest: question, term: undefined, unmentioned: undefined, topic: retriever.topicStems(question), named: [], scope: [], exclude: new Set(), unrecorded: () => true },
        { parsed, corpus, retriever },
        { kind: 'count', nouns: [] },
      );
    expect(ask('How many party members were expelled?')).toEqual({ reason: 'It gives no such figure.' });
    expect(ask('How many party members entered communities?')).toBeUndefined();
    expect(ask('How many phases does the history get split into?')).toBeUndefined();
  });

  it('gives no span, date or sum of a thing the thesis never names, whatever it gives of another', async () => {
    const { parsed, corpus } = (await testCore('none')).thesis;
    const retriever = new Retriever(parsed.sections);
    const ask = (question: string, kind: 'duration' | 'date' | 'pace') =>
      uncounted(
        { question, rest: question, term: undefined, unmentioned: undefined, topic: retriever.topicStems(question), named: [], scope: [], exclude: new Set(), unrecorded: () => true },
        { parsed, corpus, retriever },
        { kind },
      );
    expect(ask('How long does a community consultation meeting last?', 'duration')).toEqual({ reason: 'It gives no such period.' });
    expect(ask('How long has community development lasted?', 'duration')).toBeUndefined();
    expect(ask('When did community development begin?', 'date')).toBeUndefined();
    // "Quickly" asks the pace; only the things named ("complaints") must be the thesis's.
    expect(ask('how quickly are complaints handled?', 'pace')).toEqual({ reason: 'It gives no such pace.' });
    expect(ask('how fast is the ruling center of gravity sinking?', 'pace')).toBeUndefined();
  });
});
