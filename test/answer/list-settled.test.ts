import { describe, expect, it } from 'vitest';
import { beyondList, countFromList, othersUnlisted, settledByList } from '../../src/answer/list-settled.ts';
import type { Passage } from '../../src/retrieval/search.ts';
import { bareSection, converse, hitOn, passagesOf, testCore } from '../helpers.ts';
import { one, towns as ps } from '../fixtures/towns-list.ts';

const passages = passagesOf;
const hit = (i: number, score: number) => hitOn(ps[i], score);

describe('counting a list', () => {
  it('counts the items when the list names what is counted', () => {
    expect(countFromList('How many grounds are given?', [hit(5, 1)], ps, ['ground'])?.answer).toMatch(/^The thesis gives three\. The grounds are these/);
    expect(countFromList('How many towns are there?', [hit(5, 1)], ps, ['village'])).toBeUndefined();
  });

  it('counts items listed within one sentence when the thesis counts them by that name, and not otherwise', () => {
    const [towns] = passages([one, 'It draws three lessons of town life: plan early; build small; stay near.']);
    const hits = [hitOn(towns)];
    expect(countFromList('How many lessons are there?', hits, [towns as Passage], ['lesson'])?.answer).toBe('The thesis gives three.\n1. Plan early. [Ch. 1]\n2. Build small. [Ch. 1]\n3. Stay near. [Ch. 1]');
    // "Three lessons of town life" count lessons, not towns.
    expect(countFromList('How many towns are there?', hits, [towns as Passage], ['town'])).toBeUndefined();
  });

});

describe('lists within one sentence', () => {
  const sentence = 'It studies the towns in six stages, looks at their markets, their roads and their schools, and draws three lessons of town life: plan early; build small; stay near.';

  it('says an item past the end of the list is not there, for a list of what was asked', () => {
    const [towns] = passages([one, sentence]);
    const hits = [hitOn(towns)];
    expect(beyondList('What is the fourth lesson?', hits, [towns as Passage])).toBe('It lists only three; there is no fourth.');
    expect(beyondList('What is the third lesson?', hits, [towns as Passage])).toBeUndefined();
    // The six stages are not what the colon lists: named, not listed.
    expect(beyondList('What is the fourth stage?', hits, [towns as Passage])).toBe('It names the six stages but does not list them, so it does not say which is the fourth.');
    expect(beyondList('What is the fourth ground?', [hit(5, 1)], ps)).toBe('It lists only three; there is no fourth.');
  });

  it('says a place in things the thesis only names cannot be given, unless it puts one first', () => {
    const [named, top] = passages([one, 'The towns were studied in six stages and from many sides.'], [one, 'Floods are at the top of the "four dangers".']);
    expect(beyondList('What happened in the first of the six stages?', [hitOn(named)], [named as Passage])).toBe('It names the six stages but does not list them, so it does not say which is the first.');
    expect(beyondList('What is the last of the six stages?', [hitOn(named)], [named as Passage])).toBe('It names the six stages but does not list them, so it does not say which is the last.');
    expect(beyondList('What is first among the four dangers?', [hitOn(top)], [top as Passage])).toBeUndefined();
    expect(beyondList('What is the second of the four dangers?', [hitOn(top)], [top as Passage])).toBe('It names the four dangers but does not list them, so it does not say which is the second.');
    const [recap] = passages([one, 'Through the above four paths, the towns grew.']);
    expect(beyondList('What is the third of the four paths?', [hitOn(recap)], [recap as Passage])).toBeUndefined();
  });
});

describe('othersUnlisted', () => {
  const ch = bareSection('chapter-1');
  const text = passagesOf(
    [ch, 'Close contact with the masses is one of the three fine styles of the party.'],
    [ch, 'The circle has two functions of contraction and expansion.'],
  );
  const top = (i: number) => [hitOn(text[i])];

  it('says the rest of things only named are not given, whatever count the question puts on them', () => {
    expect(othersUnlisted('What are the other two good styles?', top(0), text)).toBe('It names the three fine styles but does not say what the others are.');
    expect(othersUnlisted('Which styles besides close contact?', top(0), text)).toBe('It names the three fine styles but does not say what the others are.');
    expect(othersUnlisted('What are the three fine styles?', top(0), text)).toBeUndefined();
    expect(othersUnlisted('What are the other functions?', top(1), text)).toBeUndefined();
  });
});

describe('places in lists of the thesis', () => {
  it('gives the third of the four paths it lists, and refuses the first of the six stages it only names', async () => {
    const core = await testCore('none');
    const [, third] = await converse(core, ['what are the four paths?', 'explain the third one']);
    expect(third?.answer).toMatch(/^Through improving the construction quality of the Party branch/u);
    const first = await core.ask('What happened in the first of the six stages?');
    expect(first.abstained).toBe(true);
    expect(first.answer).toMatch(/It names the six stages but does not list them, so it does not say which is the first\./u);
    const second = await core.ask('What is the second most important danger?');
    expect(second.abstained).toBe(true);
    expect(second.answer).toMatch(/It puts one first but ranks no others, so it does not say which is the second\./u);
    const picked = await core.ask('Which two of the four dangers are economic?');
    expect(picked.abstained).toBe(true);
    expect(picked.answer).toMatch(/It names the four dangers but does not list them, so it does not say which\./u);
    expect((await core.ask('Which one of the three fine styles is close contact?')).abstained).toBe(false);
    // "Which of the…", with no count, may be answered by the sentence that names the set ("which of the dangers is the worst?").
    expect((await core.ask('According to the thesis, which of the four dangers is the worst?')).abstained).toBe(false);
    const sixth = await core.ask('What is the sixth stage of community development called?');
    expect(sixth.abstained).toBe(true);
    expect(sixth.answer).toMatch(/It names the six stages but does not list them, so it does not say which is the sixth\./u);
  });

  it('refuses "the other three dangers" mid-conversation too, where "other" asks for more', async () => {
    const core = await testCore('none');
    const [, others] = await converse(core, ['what is the key to community governance?', 'the other three dangers?']);
    expect(others?.abstained).toBe(true);
    expect(others?.answer).toMatch(/names the four dangers but does not say what the others are/u);
  });

  it('counts no communities from the reasons a thread brought up, whose "community governance" lists none', async () => {
    const core = await testCore('none');
    const [, , count] = await converse(core, ['tell me about Urumqi', 'why was it chosen?', 'how many communities does it have?']);
    expect(count?.abstained).toBe(true);
    expect(count?.answer).toMatch(/It gives no such figure\./u);
    expect((await core.ask('how many reasons are given for choosing the framework?')).answer).toMatch(/^The thesis gives three\./u);
  });
});

describe('settledByList', () => {
  it('gives the reason an item is not there, or the count of what the list lists, or nothing', () => {
    expect(settledByList('What is the fourth ground?', [hit(5, 1)], ps)).toBe('It lists only three; there is no fourth.');
    expect(settledByList('How many grounds are there?', [hit(5, 1)], ps, ['ground'])).toMatchObject({ answer: expect.stringMatching(/^The thesis gives three\./) });
    expect(settledByList('How many grounds are there?', [hit(5, 1)], ps)).toBeUndefined();
  });
});

