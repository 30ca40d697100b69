import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { namedTogether, ofRecordOrGist, topicJoined } from '../../src/answer/follow-up-whole.ts';
import { parseThesis } from '../../src/ingest/parse.ts';
import { contentStems } from '../../src/retrieval/terms.ts';

const { sections } = parseThesis(readFileSync('data/thesis.txt', 'utf8'));
const joined = (previous: string, current: string) => topicJoined(previous, current, contentStems(current), sections);

describe('ofRecordOrGist', () => {
  it('reads "he" and "it" after a question about the record as the author and the thesis', () => {
    expect(ofRecordOrGist('who wrote the thesis', "what's his full name?", sections)).toBe("what's the author's full name?");
    expect(ofRecordOrGist('when was it posted?', 'how long is it?', sections)).toBe('how long is the thesis?');
    expect(ofRecordOrGist('what is the mass line?', 'how long is it?', sections)).toBeUndefined();
  });

  it('asks a gist of the section read whole before, and of the thesis when it says so', () => {
    expect(ofRecordOrGist('what is chapter 5 about', 'main point?', sections)).toBe('main point (in Chapter 5)');
    expect(ofRecordOrGist('what is chapter 5 about', "what's the thesis's main point overall?", sections)).toBeUndefined();
    expect(ofRecordOrGist('tell me about consultation', 'main point?', sections)).toBeUndefined();
  });
});

describe('topicJoined', () => {
  it('reads "who…?" of words several sentences hold within the topic before, when one sentence holds both', () => {
    expect(joined('tell me about consultation', 'who takes part?')).toBe('who takes part, regarding consultation?');
    expect(joined('tell me about consultation', 'what is the key?')).toBeUndefined();
    expect(joined('what is the joint force for?', 'who is the enemy?')).toBeUndefined();
    expect(joined('what does chapter 3 say?', 'who takes part?')).toBeUndefined();
    // Words the thesis never uses leave nothing to search alone: the topic before is what is asked of.
    expect(joined('tell me about the last kilometer', 'who is responsible?')).toBe('who is responsible (tell me about the last kilometer)');
    // A question before that leaned on its own question before is read whole.
    expect(joined('what did it achieve (what activity did the party committee carry out?)', 'who took part?')).toBe('who took part (what did it achieve (what activity did the party committee carry out?))');
  });
});

describe('namedTogether', () => {
  it('says whether one sentence holds every word of both things', () => {
    expect(namedTogether('research methods', 'innovations', sections)).toBe(true);
    expect(namedTogether('four paths', 'corps', sections)).toBe(false);
  });
});
