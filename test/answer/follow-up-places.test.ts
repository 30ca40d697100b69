import { describe, expect, it } from 'vitest';
import { bareSection, converse, testCore } from '../helpers.ts';
import { anotherPlace, listAsked, outsideSection, placeless, steppedPlace, thingsCounted } from '../../src/answer/follow-up-places.ts';

describe('anotherPlace', () => {
  it('asks the question before again for another place in its list', () => {
    expect(anotherPlace("what's the first reason (why was the framework chosen?)", 'third')).toBe("what's the third reason (why was the framework chosen?)");
    // A fragment that only asked a place is dropped first.
    expect(anotherPlace("the second (what's the first reason?)", 'third')).toBe("what's the third reason?");
    expect(anotherPlace('what is the mass line?', 'second')).toBeUndefined();
  });
});

describe('steppedPlace', () => {
  it('takes "next" and "the one before" as the places beside the one asked before', () => {
    expect(steppedPlace('what is the first path?', 'next')).toBe('the second');
    expect(steppedPlace('the second (what is the first path?)', 'and the next one?')).toBe('the third');
    expect(steppedPlace('what is the third basic experience?', 'the one before?')).toBe('the second');
  });

  it('takes no step off the start of a list, nor from a question that asked no place', () => {
    expect(steppedPlace('what is the first path?', 'the previous one')).toBeUndefined();
    expect(steppedPlace('what are the four paths?', 'next')).toBeUndefined();
    expect(steppedPlace('what is the first path?', 'next question: who wrote it?')).toBeUndefined();
  });

  it('answers "next" in a thread with the next item, not the next chapter', async () => {
    const [, next] = await converse(await testCore('none'), ['What is the second basic experience?', 'what about the next one']);
    expect(next?.answer).toMatch(/^Strictly govern the party/u);
  });
});

describe('placeless', () => {
  it('gives the list question behind a question that only asked a place in it', () => {
    expect(placeless('what is the first one (What are the four basic experiences?)')).toBe('What are the four basic experiences?');
    expect(placeless('What is the first basic experience?')).toBeUndefined();
  });
});

describe('thingsCounted', () => {
  it('asks "what are they?" after "how many…" for the things counted, where the count was asked', () => {
    expect(thingsCounted('How many stages are there in chapter 2?', 'what are they?', ['Chapter 2'])).toBe('what are the stages (in Chapter 2)');
    expect(thingsCounted('how many dangers are there?', 'name them', [])).toBe('what are the dangers');
  });

  it('leaves other messages, and "what are they?" after a question that counted nothing, alone', () => {
    expect(thingsCounted('How many stages are there?', 'why six?', [])).toBeUndefined();
    expect(thingsCounted('What does chapter 2 say about stages?', 'what are they?', ['Chapter 2'])).toBeUndefined();
  });

  it('answers "what are they?" after "how many stages…" by saying the thesis does not list them', async () => {
    const [, them] = await converse(await testCore('none'), ['How many stages are there in chapter 2?', 'what are they?']);
    expect(them?.answer).toMatch(/^The thesis mentions six stages but does not list them\./);
  });
});

describe('listAsked', () => {
  it('gives the list a whole question asking one place in it belongs to', () => {
    expect(listAsked('What is the first basic experience of Urumqi community governance?')).toBe('What are the basic experiences of Urumqi community governance?');
    expect(listAsked('what is the third path?')).toBe('what are the paths?');
    expect(listAsked('which was the second activity')).toBe('which are the activities');
  });

  it('leaves a question asking no place alone', () => {
    expect(listAsked('what is the mass line?')).toBeUndefined();
  });

  it('answers "and the rest?" after the first basic experience with the other three, numbered', async () => {
    const [, rest] = await converse(await testCore('none'), ['What is the first basic experience of Urumqi community governance?', 'and the rest?']);
    expect(rest?.answer).toMatch(/^2\. Through the continuous sinking/);
    expect(rest?.answer).toMatch(/\n4\. Come from the masses/);
  });
});

describe('outsideSection', () => {
  const sections = (['overview', 'chapter-2', 'chapter-3', 'chapter-4', 'chapter-5'] as const).map((id) => ({ ...bareSection(id), label: id === 'overview' ? 'Overview' : `Chapter ${id.slice(8)}` }));

  it('reads "any other chapter", "the other sections", "anywhere else" as every part but the chapter the conversation is on', () => {
    expect(outsideSection('is that in any other chapter?', 'chapter-4', sections)).toBe('is that outside chapter 4?');
    expect(outsideSection('what do the other sections say about it?', 'chapter-3', sections)).toBe('what do outside chapter 3 say about it?');
    expect(outsideSection('anywhere else?', 'chapter-5', sections)).toBe('outside chapter 5?');
    expect(outsideSection('is that quoted anywhere else?', 'chapter-4', sections)).toBe('is that quoted outside chapter 4?');
  });

  it('leaves a message that names a section, asks no other part, or follows the overview alone', () => {
    expect(outsideSection('is that in chapter 2 or any other chapter?', 'chapter-4', sections)).toBeUndefined();
    expect(outsideSection('what else?', 'chapter-4', sections)).toBeUndefined();
    // "Elsewhere in China" is a place in the world; "used elsewhere" asks of use, not of the text.
    expect(outsideSection('is it used elsewhere in china?', 'chapter-3', sections)).toBeUndefined();
    expect(outsideSection('is it used elsewhere?', 'chapter-3', sections)).toBeUndefined();
    expect(outsideSection('anywhere else?', 'overview', sections)).toBeUndefined();
    expect(outsideSection('anywhere else?', undefined, sections)).toBeUndefined();
  });

  it('answers "is that in any other chapter?" after chapter 4 on national unity: only chapter 4 speaks of it', async () => {
    const [, other] = await converse(await testCore('none'), ['tell me about national unity', 'is that in any other chapter?']);
    expect(other?.answer).toMatch(/^Only Chapter 4 speaks of this; no other part of the thesis does\. Through the activity of "national unity and one family"/u);
    expect(other?.citations[0]?.section).toBe('chapter-4');
  });

  it('answers "does any other chapter mention it?" after chapter 3 on consultation from the other parts that do', async () => {
    const [, other] = await converse(await testCore('none'), ['what does chapter 3 say about consultation?', 'does any other chapter mention it?']);
    expect(other?.citations.map((c) => c.section)).not.toContain('chapter-3');
    expect(other?.abstained).toBe(false);
  });
});
