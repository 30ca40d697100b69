import { describe, expect, it } from 'vitest';
import { COMPARING, GENERIC, framingStems, isAskingWord, topicWords } from '../../src/answer/frame-words.ts';
import { testCore } from '../helpers.ts';
import { stem } from '../../src/retrieval/terms.ts';

describe('frame words', () => {
  it('hold the asking, not the topic', () => {
    expect(['summarize', 'argue', 'evidence', 'list', 'outline', 'constitutes', 'conceptualised', 'matters', 'looking', 'stressed', 'emphasised', 'highlights', 'includes', 'faces', 'confronting', 'reveals', 'remember', 'read', 'verdict', 'assessment', 'reckon', 'account', 'portrayal', 'rundown', 'approach', 'overall', 'speak', 'context', 'answer', 'digest', 'version', 'concerns', 'worth', 'preliminary', 'exist', 'metaphor'].every((w) => GENERIC.has(stem(w)))).toBe(true);
    expect(GENERIC.has(stem('consultation'))).toBe(false);
    // A frame word must not share its stem with a topic word ("communicate" with "community").
    for (const topic of ['community', 'communities', 'party', 'masses', 'governance', 'urban', 'mass', 'line', 'circle', 'leadership', 'ethnic', 'stability', 'position', 'caste']) {
      expect(GENERIC.has(stem(topic)), topic).toBe(false);
    }
    expect(['suppose', 'sums', 'put', 'payoff', 'conducted', 'grounds', 'forgot', 'notes', 'upshot', 'essentials', 'single', 'missed', 'adds', 'added', 'convey', 'message', 'takeaway', 'theorise', 'offered', 'outcomes', 'empirical', 'documents', 'scope', 'predict', 'view', 'consists', 'comprise', 'job', 'asserted', 'example', 'instances', 'maintained', 'keeps'].every((w) => GENERIC.has(stem(w)))).toBe(true);
    // "Findings" is taken out as a phrase, so "find" stays a topic word.
    expect(GENERIC.has(stem('finds'))).toBe(false);
    // "Grounds" asks; "grounded", as typed, is a word of its own ("grounded theory").
    expect([isAskingWord('grounds'), isAskingWord('grounded')]).toEqual([true, false]);
    expect(COMPARING.has(stem('links'))).toBe(true);
    expect(COMPARING.has(stem('approach'))).toBe(true);
    expect(['builds', 'based', 'extends', 'follows', 'overlap'].every((w) => COMPARING.has(stem(w)))).toBe(true);
  });

  it('reads "how do they differ in approach?" of two named chapters as asking what each says', async () => {
    const a = await (await testCore('none')).ask('Compare chapters 3 and 4: how do they differ in approach?');
    expect(a.abstained).toBe(false);
    expect(new Set(a.citations.map((c) => c.section))).toEqual(new Set(['chapter-3', 'chapter-4']));
    const built = await (await testCore('none')).ask('How does chapter 6 build on chapter 5?');
    expect(new Set(built.citations.map((c) => c.section))).toEqual(new Set(['chapter-5', 'chapter-6']));
    // The overview's "account" of expansion is what it says of it, next to what chapter 6 says.
    const account = await (await testCore('none')).ask("Compare the overview's and chapter 6's account of expansion.");
    expect(new Set(account.citations.map((c) => c.section))).toEqual(new Set(['overview', 'chapter-6']));
  });
});

describe('topicWords', () => {
  it('frame a question only as typed or as a phrasal verb, not as a synonym', () => {
    expect(framingStems('Which fields adopted it?').has(stem('subject'))).toBe(false);
    expect(framingStems('What is its subject?').has(stem('subject'))).toBe(true);
    expect(framingStems('Which parts make up the thesis?').has(stem('constitute'))).toBe(true);
    // "Could you clarify…" asks for an explanation, whatever the first chapter "clarifies".
    expect(framingStems('Could you clarify what the research difficulties were?').has(stem('clarify'))).toBe(true);
    // "Central" asks for the gist, but "the central authorities" are a body the thesis names.
    expect(framingStems('What is the central argument?').has(stem('central'))).toBe(true);
    expect(framingStems('How do the central authorities view consultation?').has(stem('central'))).toBe(false);
    expect(framingStems('What did the General Secretary say?').has(stem('general'))).toBe(false);
  });

  it('keeps the words naming a topic and drops those that only ask', () => {
    expect(topicWords('What does the thesis argue about consultation?')).toEqual([stem('consultation')]);
    expect(topicWords('what does it say?')).toEqual([]);
    // "How does X relate to Y?" asks the link; "related concepts" are the text's own, asked plainly.
    expect(topicWords('How does party building relate to community governance?')).not.toContain(stem('relate'));
  });
});
