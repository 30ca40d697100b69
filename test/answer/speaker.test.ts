import { describe, expect, it } from 'vitest';
import { answerWhoIsQuoted, asksWhoIsQuoted, asksWhoSaid, asksWhoSaidThat, reportsSpeaker, speakerFirst, unquotedSpeaker } from '../../src/answer/speaker.ts';
import type { Hit } from '../../src/retrieval/search.ts';
import { bareSection, passagesOf, testCore, thesisRetriever } from '../helpers.ts';

const hit = (text: string, score: number) => ({ score, coverage: score, similarity: 0, passage: { text, start: score * 100 } }) as unknown as Hit;

describe('who said', () => {
  it('reads questions asking for a speaker, and tells "who said that?" from a claim spelled out', () => {
    expect(asksWhoSaid('Who said the largest mass work is national unity?')).toBe(true);
    expect(asksWhoSaid('who pointed that out')).toBe(true);
    expect(asksWhoSaid('According to whom is the party the core?')).toBe(true);
    expect(asksWhoSaid('Who wrote the thesis?')).toBe(false);
    expect(asksWhoSaidThat('who said that?')).toBe(true);
    expect(asksWhoSaidThat('and who pointed this out?')).toBe(true);
    expect(asksWhoSaidThat('Who said the largest mass work is national unity?')).toBe(false);
    expect(asksWhoSaid('Whose remark about national unity does the thesis quote?')).toBe(true);
    expect(asksWhoSaid('Whose thesis is this?')).toBe(false);
    expect(asksWhoSaidThat('whose words are those?')).toBe(true);
    expect(asksWhoSaidThat('who else says so?')).toBe(true);
  });

  it('knows a sentence that reports a speaker from one in the author\'s voice', () => {
    expect(reportsSpeaker('General Secretary Xi Jinping pointed out that the largest mass work in Xinjiang is the work of national unity.')).toBe(true);
    expect(reportsSpeaker('Community party organization is the leading core of all work.')).toBe(false);
  });

  it('gives the sentence naming the speaker first when it scores near the best', () => {
    const own = hit('Through the activity of national unity, the mass work has been extended.', 1);
    const xi = hit('Xi Jinping pointed out that the largest mass work is national unity.', 0.8);
    const far = hit('According to the report, the party leads everything.', 0.2);
    expect(speakerFirst('Who said that (national unity)?', [own, xi])).toEqual([xi, own]);
    expect(speakerFirst('What about national unity?', [own, xi])).toEqual([own, xi]);
    expect(speakerFirst('Who said that (national unity)?', [own, far])).toEqual([own, far]);
  });
});

describe('whom the thesis quotes', () => {
  const one = bareSection('chapter-1');
  const ps = passagesOf([one, 'The party leads.'], [one, 'Xi Jinping pointed out that unity matters.'], [one, 'According to the report, the party leads everything.']);

  it('knows the question, asked of no kind of source', () => {
    expect(asksWhoIsQuoted('who is quoted in chapter 4?')).toBe(true);
    expect(asksWhoIsQuoted('whom does the thesis cite?')).toBe(true);
    expect(asksWhoIsQuoted('does chapter 3 quote anyone?')).toBe(true);
    expect(asksWhoIsQuoted('which leader is quoted?')).toBe(true);
    expect(asksWhoIsQuoted('which officials are cited in chapter 4?')).toBe(true);
    expect(asksWhoIsQuoted('which leaders does it mention by name?')).toBe(true);
    expect(asksWhoIsQuoted('whose statement is quoted in chapter 4?')).toBe(true);
    expect(asksWhoIsQuoted('which ethnic groups does it mention?')).toBe(false);
    expect(asksWhoIsQuoted('what does the thesis quote from the report?')).toBe(false);
  });

  it('gives the sentences reporting speech in reading order, or says no one is quoted', () => {
    expect(answerWhoIsQuoted('who is quoted?', ps).citations.map((c) => c.quote)).toEqual([ps[1]?.text, ps[2]?.text]);
    expect(answerWhoIsQuoted('who is quoted?', ps.slice(0, 1), 'Chapter 1')).toMatchObject({ abstained: true, answer: 'Chapter 1 quotes no one.' });
  });

  it('answers whom a chapter quotes through the core', async () => {
    const core = await testCore('none');
    expect((await core.ask('who is quoted in chapter 4?')).answer).toBe('General Secretary Xi Jinping pointed out that the largest mass work in Xinjiang is the work of national unity. [Ch. 4]');
    expect((await core.ask('does chapter 3 quote anyone?')).answer).toBe('Chapter 3 quotes no one.');
  });
});

describe('unquotedSpeaker', () => {
  it('names a speaker the thesis names but never reports speaking, and leaves the rest to the search', async () => {
    const retriever = await thesisRetriever();
    const keep = () => true;
    expect(unquotedSpeaker('What did the party branch secretaries say in interviews?', retriever, keep)).toBe('anything the party branch secretaries said');
    expect(unquotedSpeaker('What does Xi Jinping say about national unity?', retriever, keep)).toBeUndefined();
    // A body reacts as people do: the corps, the branches, the ethnic groups.
    expect(unquotedSpeaker('How did the corps respond to the integration at first?', retriever, keep)).toBe('anything the corps thought');
    expect(unquotedSpeaker('Quote what the masses said about the consultation platforms.', retriever, keep)).toBe('anything the masses said');
    expect(unquotedSpeaker('Quote what Xi Jinping said about Xinjiang', retriever, keep)).toBeUndefined();
    // The masses are not the "mass work" Xi Jinping spoke of; a complaint is words too.
    expect(unquotedSpeaker('What did the masses complain about in consultations?', retriever, keep)).toBe('anything the masses said');
    // A part of the text is no speaker.
    expect(unquotedSpeaker('What does the second reason for the framework say?', retriever, keep)).toBeUndefined();
    // A speaker is of the words typed, not run on into the question before in brackets.
    expect(unquotedSpeaker('what do the masses think of it (is that in What future research does the author propose?)', retriever, keep)).not.toMatch(/\(/u);
  });

  it('names those whose view is asked when the thesis reports none on that thing', async () => {
    const retriever = await thesisRetriever();
    const keep = () => true;
    expect(unquotedSpeaker('What did the masses think of the visits?', retriever, keep)).toBe('anything the masses thought');
    expect(unquotedSpeaker('How did the masses feel about the activity?', retriever, keep)).toBe('anything the masses thought');
    // Chapter 3 has the masses accept and recognize consultation: a stance reported.
    expect(unquotedSpeaker('What do the masses think of consultation?', retriever, keep)).toBeUndefined();
    // Recognized "by the central and grass-roots level": the central government, its head unsaid.
    expect(unquotedSpeaker('What does the central government think of consultative democracy?', retriever, keep)).toBeUndefined();
    expect(unquotedSpeaker('What does the local government think of the corps?', retriever, keep)).toBe('anything the local government thought');
    expect(unquotedSpeaker('What did the government say about consultation?', retriever, keep)).toBe('anything the government said');
  });

  it('refuses, saying whose words the thesis does not report', async () => {
    const a = await (await testCore('none')).ask('What did the party branch secretaries say in interviews?');
    expect(a).toMatchObject({ abstained: true });
    expect(a.answer).toMatch(/It does not mention anything the party branch secretaries said\./);
  });
});
