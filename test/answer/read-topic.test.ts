import { describe, expect, it } from 'vitest';
import { readTopic } from '../../src/answer/read-topic.ts';
import { Retriever } from '../../src/retrieval/search.ts';
import { stem } from '../../src/retrieval/terms.ts';
import { testCore } from '../helpers.ts';

describe('readTopic', () => {
  const read = async (question: string) => {
    const { thesis } = await testCore('none');
    return readTopic(question, [], { parsed: thesis.parsed, retriever: new Retriever(thesis.parsed.sections) });
  };

  it('keeps the words naming the topic and drops the asking, the author and how many are left', async () => {
    expect((await read('What does Wang argue about consultation?')).topic).toEqual([stem('consultation')]);
    const rest = (await read('and the other three (What are the four paths?)')).topic;
    expect(rest).toContain(stem('paths'));
    expect(rest).not.toContain(stem('three'));
  });

  it('keeps "the topic" when why it was chosen is asked, and drops it as a frame otherwise', async () => {
    expect((await read('Why was the topic chosen?')).topic).toEqual([stem('topic')]);
    expect((await read('What are the reasons for choosing this topic?')).topic).toContain(stem('topic'));
    expect((await read('What topic does the thesis cover?')).topic).toEqual([]);
  });

  it('keeps "formed" when a thing coming into being is asked, and a synonym of an asking word', async () => {
    expect((await read('What was formed under the party\'s leadership?')).topic).toContain(stem('formed'));
    expect((await read('What do the masses form?')).topic).not.toContain(stem('form'));
    // "Fields" is the thesis's "subject" (of Party building); "subject" typed only asks.
    expect((await read('What other fields use the concentric circle?')).topic).toContain(stem('subject'));
    expect((await read('What is the subject of the thesis?')).topic).toEqual([]);
  });

  it('keeps a framing word in a claim to check when a sentence holds it with the topic', async () => {
    expect((await read('Were results achieved?')).topic).toEqual([stem('achieved'), stem('results')]);
    // Asked openly, "results" still frames; no sentence has consultation play a role.
    expect((await read('What results were achieved?')).topic).toEqual([stem('achieved')]);
    expect((await read('Does consultation play a role?')).topic).toEqual([stem('consultation')]);
  });

  it('keeps a framing word done as the means ("by dealing with"), and drops it as the asking', async () => {
    expect((await read("what's improved by dealing with the party and masses?")).topic).toContain(stem('dealing'));
    expect((await read('What does chapter 3 deal with?')).topic).not.toContain(stem('deal'));
  });

  it('drops a scholar\'s framing words the thesis never uses', async () => {
    const topic = (await read('What is the normative anchor of the concentric-circle model?')).topic;
    expect(topic).toEqual(expect.arrayContaining([stem('concentric'), stem('circle')]));
    expect(topic).not.toContain(stem('normative'));
    expect(topic).not.toContain(stem('anchor'));
    expect((await read('What legitimating reference does it invoke for party leadership?')).topic).toEqual([stem('party'), stem('leadership')]);
    expect((await read('why does the party need the masses?')).topic).toEqual([stem('party'), stem('masses')]);
    expect((await read('What mechanism does consultation articulate interests by?')).topic).toEqual([stem('consultation'), stem('interests')]);
    expect((await read('What does the author expect will become of the theory?')).topic).not.toContain(stem('expect'));
    expect((await read('What debates does the thesis survey?')).topic).toEqual([stem('debates')]);
    expect((await read('Which scholars does the author cite?')).topic).toEqual([stem('scholars')]);
  });

  it('reads the term whose meaning is asked as the topic', async () => {
    const read1 = await read('What does the thesis mean by the last mile?');
    expect(read1.term).toBe('last mile');
    expect(read1.topic).toEqual(expect.arrayContaining([stem('mile')]));
    // A scholar's word that frames other questions is the topic when its meaning is asked.
    expect((await read('How does the author define legitimacy?')).topic).toEqual([stem('legitimacy')]);
  });

  it('names a thing the thesis never mentions, and leaves a place in a list out of the topic', async () => {
    expect((await read('What do critics say about the mass line?')).unmentioned).toBe('critics');
    // Never run on into the question before, carried in brackets.
    expect((await read('what do the masses think of it (Which are the three good styles of work?)')).unmentioned ?? '').not.toMatch(/[()]/u);
    expect((await read('What is the second basic experience?')).topic).not.toContain(stem('second'));
    // "The second of the three reasons": neither the place nor the count is a topic word.
    expect((await read('What is the second of the three reasons?')).topic).toEqual([stem('reasons')]);
    // "The last kilometer" is a phrase of the thesis: its "last" stays.
    expect((await read('What is the last kilometer?')).topic).toContain(stem('last'));
  });
});
