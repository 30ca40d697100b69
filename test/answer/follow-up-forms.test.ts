import { describe, expect, it } from 'vitest';
import { ANAPHORA, BARE_WH, ECHOED, SOURCE_OF_THAT, asCorrection, asMore, asksForMore, leanedOn, ofThem, ownWords } from '../../src/answer/follow-up-forms.ts';

describe('asMore', () => {
  it.each(['go on', 'continue please', 'ok, keep going', 'and then?', 'carry on…', 'wrong, try again', "no, that's not what I asked", 'try again please'])('reads %s as "tell me more"', (text) => {
    expect(asMore(text)).toBe('tell me more');
  });

  it('leaves a question that goes on to a topic alone', () => {
    expect(asMore('go on about chapter 3')).toBe('go on about chapter 3');
    expect(asMore('is the circle wrong?')).toBe('is the circle wrong?');
    expect(asMore('does the party continue to visit families?')).toBe('does the party continue to visit families?');
  });
});

describe('asksForMore', () => {
  it.each(['what else?', 'tell me more', 'any other reasons?', 'why?', 'how come?'])('reads %s as asking beyond what was said', (text) => {
    expect(asksForMore(text)).toBe(true);
  });

  it('reads a new question as asking no more', () => {
    expect(asksForMore('what does chapter 5 say about party branches?')).toBe(false);
    expect(asksForMore('why does chapter 5 stress party branches?')).toBe(false);
    // "More important" compares.
    expect(asksForMore('which one is more important?')).toBe(false);
    // "More simply" asks for the same, said plainer.
    expect(asksForMore('more simply please')).toBe(false);
    // A thing developing further asks about its course, not for more passages.
    expect(asksForMore('will it develop further?')).toBe(false);
    expect(asksForMore('anything further?')).toBe(true);
  });
});

describe('the forms that lean back', () => {
  it('tells "there" that points from "there" that says something exists', () => {
    expect(ANAPHORA.test('what does it say there?')).toBe(true);
    expect(ANAPHORA.test('what paths are there?')).toBe(false);
    // "Each" and "both" alone point back; before a noun they do not.
    expect(ANAPHORA.test('and what does each achieve?')).toBe(true);
    expect(ANAPHORA.test('are both necessary?')).toBe(true);
    expect(ANAPHORA.test('are both the party and the masses needed?')).toBe(false);
    expect(ANAPHORA.test('what about both?')).toBe(true);
    expect(ANAPHORA.test('what does each chapter say?')).toBe(false);
  });

  it('takes a question word or a request for the source alone, and nothing longer', () => {
    expect(BARE_WH.test('and when?')).toBe(true);
    expect(ECHOED.test('applicable to what?')).toBe(true);
    expect(ECHOED.test('and consolidated by whom?')).toBe(true);
    expect(ECHOED.test('and trained how?')).toBe(true);
    expect(ECHOED.test('This paper is publish when?')).toBe(false);
    expect(ECHOED.test('what is the circle applicable to?')).toBe(false);
    expect(BARE_WH.test('when was it posted?')).toBe(false);
    expect(SOURCE_OF_THAT.test("what's the source?")).toBe(true);
    expect(SOURCE_OF_THAT.test('what is the source of legitimacy?')).toBe(false);
    // The words themselves asked for: where the last answer comes from, quoted in full.
    expect(SOURCE_OF_THAT.test('give me the exact quote')).toBe(true);
    expect(SOURCE_OF_THAT.test('give me a quote')).toBe(true);
    expect(SOURCE_OF_THAT.test('the exact wording?')).toBe(true);
    expect(SOURCE_OF_THAT.test('which sentence says so exactly?')).toBe(true);
    expect(SOURCE_OF_THAT.test('where does the thesis say it?')).toBe(true);
    expect(SOURCE_OF_THAT.test('where does the thesis say the party leads?')).toBe(false);
    expect(SOURCE_OF_THAT.test('what is the exact sentence?')).toBe(true);
    expect(SOURCE_OF_THAT.test('where exactly does it say that?')).toBe(true);
    expect(SOURCE_OF_THAT.test('which sentence says the circle contracts?')).toBe(false);
    expect(SOURCE_OF_THAT.test('what is the quote about the corps?')).toBe(false);
    expect(SOURCE_OF_THAT.test('give me the sources')).toBe(true);
    expect(SOURCE_OF_THAT.test('show me the citations please')).toBe(true);
    // Doubting an answer asks for its evidence: where it comes from.
    for (const doubt of ['are you sure?', 'really?', 'is that right?', 'how do you know that', 'says who?']) expect(SOURCE_OF_THAT.test(doubt)).toBe(true);
    expect(SOURCE_OF_THAT.test('is that right for Urumqi?')).toBe(false);
  });
});

describe('ownWords', () => {
  it('tells the words typed from the question borrowed in brackets', () => {
    expect(ownWords('why (Where is consultation discussed?)')).toBe('why');
    expect(ownWords('What is the mass line?')).toBe('What is the mass line?');
  });
});

describe('leanedOn', () => {
  it('gives the question a follow-up carries in brackets, nested ones whole', () => {
    expect(leanedOn('why (which chapter covers it?)')).toBe('which chapter covers it?');
    expect(leanedOn('what does it do (when was it founded (tell me about the corps))')).toBe('when was it founded (tell me about the corps)');
    expect(leanedOn('What is the mass line?')).toBeUndefined();
  });
});

describe('ofThem', () => {
  it('reads a pick by rank as one of what came before', () => {
    expect(ofThem('which is most important?')).toBe('which of them is most important?');
    expect(ofThem('which is first?')).toBe('which is first?');
  });
});

describe('asCorrection', () => {
  it('reads "I meant X" as "and X?", and a bare number as a chapter after one was named', () => {
    expect(asCorrection('I meant chapter 4', false)).toBe('and chapter 4?');
    expect(asCorrection('i was asking about the corps', false)).toBe('and the corps?');
    expect(asCorrection('not that, the corps', false)).toBe('and the corps?');
    expect(asCorrection('no I meant chapter 4', false)).toBe('and chapter 4?');
    expect(asCorrection('what about 5', true)).toBe('and chapter 5?');
    expect(asCorrection('what about 5', false)).toBe('what about 5');
    expect(asCorrection('what does chapter 4 say?', true)).toBe('what does chapter 4 say?');
  });
});
