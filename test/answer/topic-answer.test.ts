import { describe, expect, it } from 'vitest';
import { type TopicQuestion, answerTopic } from '../../src/answer/topic-answer.ts';
import { MAX_UNSEEN_SHARE } from '../../src/answer/off-topic.ts';
import { Retriever } from '../../src/retrieval/search.ts';
import { converse, testCore } from '../helpers.ts';

async function setup() {
  const core = await testCore('none');
  const { parsed, corpus } = core.thesis;
  const retriever = new Retriever(parsed.sections);
  const ask = (question: string, extra: Partial<TopicQuestion> = {}) =>
    answerTopic(
      { question, rest: question, term: undefined, unmentioned: undefined, topic: retriever.topicStems(question), named: [], scope: [], exclude: new Set(), unrecorded: () => true, ...extra },
      { parsed, corpus, retriever },
    );
  return { ask, parsed };
}

describe('answerTopic', () => {
  it('answers from the passage that covers the topic', async () => {
    const { ask } = await setup();
    const a = await ask('What are the three fine styles of the party?');
    expect(a.citations[0]?.quote).toMatch(/three fine styles of the party/);
  });

  it(`refuses a topic of which ${MAX_UNSEEN_SHARE * 100}% or more the thesis never uses, or a speaker or term it never mentions`, async () => {
    const { ask } = await setup();
    expect((await ask('What is the GDP of Xinjiang?')).abstained).toBe(true);
    // A name it never writes is the reason, whole as typed.
    expect((await ask('How does the thesis compare Urumqi with Kashgar?')).answer).toMatch(/It does not mention Kashgar\./);
    expect((await ask('Does the thesis discuss Hong Kong?')).answer).toMatch(/It does not mention Hong Kong\./);
    expect((await ask('Which chapter covers the Belt and Road Initiative?')).answer).toMatch(/It does not mention the Belt and Road Initiative\./);
    expect((await ask('What do critics say about the mass line?', { unmentioned: 'critics' })).answer).toMatch(/It does not mention critics\./);
    expect((await ask('How does it define social capital?', { term: 'social capital' })).answer).toMatch(/It does not use the term “social capital”\./);
    // A term in quotes is asked about as written.
    expect((await ask("What is the 'grid' system in Urumqi?")).answer).toMatch(/It does not use the term “grid”\./);
    // Named as a term, every word of it unknown: the term is still the reason given.
    expect((await ask("Explain the term 'grid management'.", { term: 'grid management' })).answer).toMatch(/It does not use the term “grid management”\./);
    expect((await ask("What is the 'last mile'?")).abstained).toBe(false);
    // A hyphened term is looked for whole, its small words included.
    expect((await ask("Explain 'three-in-one' governance.")).answer).toMatch(/It does not use the term “three-in-one”\./);
    expect((await ask("What is 'point-to-point' mass work?")).abstained).toBe(false);
    // A quote retelling the thesis's own phrase, every word in one sentence, is searched; one that is not stays refused.
    expect((await ask("What was the 'visit, benefit, gather hearts' campaign?")).citations[0]?.quote).toMatch(/visiting the people,benefiting the people/u);
    expect((await ask("What is the 'first kilometer' of party work?")).answer).toMatch(/It does not use the term “first kilometer”\./);
  });

  it('gives the rest of a list after one of its items, or says the thesis only names them', async () => {
    const core = await testCore('none');
    const [, , rest] = await converse(core, ['what are the three reasons?', 'what is the first?', 'and the rest?']);
    expect(rest?.answer).toMatch(/^Second, the key to community governance/);
    expect(rest?.answer).toMatch(/Third, the party's mass line/);
    const [, others] = await converse(core, ['which danger is at the top?', 'what are the other three?']);
    expect(others?.answer).toMatch(/^The thesis text we have does not say\. It names the four dangers but does not say what the others are\./);
    const [, , three] = await converse(core, ['What are the four paths?', 'what is the first?', 'and the other three?']);
    expect(three?.answer).toMatch(/^2\. Strengthens contact/);
  });

  it('gives only the sentence that names things it does not list, so no other passes for the list', async () => {
    const core = await testCore('use-lite');
    const a = await core.ask("Which are the party's three good styles of work?");
    expect(a.answer).toBe('The thesis names the three fine styles but does not list them. Close contact with the masses is one of the three fine styles of the party. [Ch. 1]');
    expect(a.citations).toHaveLength(1);
  });

  it('says when a named section does not cover the topic, answering from elsewhere', async () => {
    const { ask, parsed } = await setup();
    const two = parsed.sections.filter((s) => s.id === 'chapter-2');
    const a = await ask('the three fine styles of the party', { named: two, scope: ['chapter-2'] });
    expect(a.answer).toMatch(/^Chapter 2 does not say; elsewhere the thesis does\./);
  });

  it('refuses plainly, outside a conversation, when elsewhere is no clearer than the named section', async () => {
    const core = await testCore('none');
    const a = await core.ask('What does the party organization rely on to persuade the masses in chapter 4?');
    expect(a.abstained).toBe(true);
    expect(a.answer).toMatch(/^The thesis text we have does not say\. The closest parts are Chapter 4/);
  });

  it('answers "is that in chapter 5?" from chapter 5 when it makes the point, though the overview says it word for word', async () => {
    const [, , inFive] = await converse(await testCore('none'), ['what are the four paths?', 'tell me more about the third one', 'is that in chapter 5?']);
    expect(inFive?.answer).toMatch(/^Yes\. Only by improving the construction quality of community party organizations/u);
  });
});
