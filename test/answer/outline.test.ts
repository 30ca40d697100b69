import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answerOutline, sectionLengthRefusal } from '../../src/answer/outline.ts';
import { parseThesis } from '../../src/ingest/parse.ts';

const corpus = readFileSync('data/thesis.txt', 'utf8');
const parsed = parseThesis(corpus);

describe('answerOutline', () => {
  it.each(['How is the dissertation structured?', 'What are the chapters of the thesis?', 'What is the structure of the thesis?', 'List the chapters', 'outline the dissertation', 'table of contents?', 'What parts is the thesis split into?', 'What sections does it have?', 'chapters', 'list of chapters?', 'thesis divide into how many part', 'give me an outline', 'can you show me the table of contents please', 'Which parts make up the thesis?', 'What does the dissertation consist of?', 'What are the parts of the thesis?', 'what are the chapter titles?', 'what are the chapters called', 'Tell me how the thesis is structured.', 'Can you outline the chapters?', 'Where does the thesis describe its own structure?', 'someone said the thesis has five parts. true?', 'where does the thesis talk about its overall structure?', "what is the thesis's overall structure?", 'what chapters are there', 'Which sections exist?', 'describe the shape of the body of the thesis', 'What shape does the thesis take?'])(
    'lays out the sections for "%s"',
    (q) => {
      const a = answerOutline(q, parsed);
      expect(a?.answer).toMatch(/^The thesis is divided into three parts: introduction, body and conclusion\. \[Overview\] The thesis text we have describes an introduction and 6 chapters\. Introduction: The reason and significance of the topic \[Intro\]; Chapter 1: .*\[Ch\. 6\]\.$/);
    },
  );

  it('says yes or no to a number of chapters put to it, before the outline', () => {
    expect(answerOutline('Does the thesis have six chapters?', parsed)?.answer).toMatch(/^Yes: The thesis is divided into three parts/u);
    for (const q of ['are there 7 chapters?', '7 chapters, right?', 'there are five chapters right?']) expect(answerOutline(q, parsed)?.answer, q).toMatch(/^No: The thesis is divided into three parts/u);
    // Counted, the count comes first.
    expect(answerOutline('How many chapters are there?', parsed)?.answer).toMatch(/^Six chapters\. The thesis is divided into three parts/u);
    expect(answerOutline('How many chapters does the thesis have?', parsed)?.answer).toMatch(/^Six chapters\. The thesis is divided into three parts: introduction, body and conclusion\. \[Overview\] The thesis text we have describes an introduction and 6 chapters\./u);
  });

  it('cites the thesis’s own statement of its layout, then the sentence each section opens with, verbatim', () => {
    const a = answerOutline('How many chapters are there?', parsed);
    expect(a?.citations.map((c) => c.section)).toEqual(['overview', 'introduction', 'chapter-1', 'chapter-2', 'chapter-3', 'chapter-4', 'chapter-5', 'chapter-6']);
    for (const c of a?.citations ?? []) expect(corpus.slice(c.start, c.end)).toBe(c.quote);
    expect(a?.citations[4]?.quote).toMatch(/^In the third chapter/);
  });

  it('leaves content questions that mention structure alone', () => {
    expect(answerOutline('What is the structure of Party branches?', parsed)).toBeUndefined();
    expect(answerOutline('What does the thesis say about branches and their structure?', parsed)).toBeUndefined();
    expect(answerOutline('Which chapters discuss consultation?', parsed)).toBeUndefined();
    expect(answerOutline('What sections does the thesis discuss consultation in?', parsed)).toBeUndefined();
  });

  it('counts the sections of a thesis in another shape', () => {
    const other = parseThesis(readFileSync('test/fixtures/numbered-thesis.txt', 'utf8'));
    expect(answerOutline('How many chapters does it have?', other)?.answer).toMatch(/^Four chapters\. The work is organised in four chapters after an introduction\. \[Overview\] The thesis text we have describes an introduction, 4 chapters and a conclusion\. .*Conclusion: .*\[Conclusion\]\.$/);
  });
});

describe('sectionLengthRefusal', () => {
  it('refuses the length of a section, saying why', () => {
    for (const q of ['which chapter is the longest?', "what's the shortest chapter?", 'how long is chapter 4?', 'how many pages does chapter 3 have?', 'which one is longer?', 'is chapter 2 longer than chapter 3?']) {
      expect(sectionLengthRefusal(q)).toMatchObject({ abstained: true, answer: expect.stringMatching(/gives no lengths or page counts/) });
    }
  });

  it('refuses the page a section is on, which the text has none of', () => {
    for (const q of ['Which page is chapter 4 on?', 'On what page does the introduction start?']) {
      expect(sectionLengthRefusal(q)).toMatchObject({ abstained: true, answer: 'The thesis text we have does not say: it has no page numbers.' });
    }
  });

  it('refuses a ranking of its chapters, which the thesis never makes', () => {
    for (const q of ['which chapter is most important?', "what's the most important chapter?", 'which chapter is not important?', 'which chapter is central?']) {
      expect(sectionLengthRefusal(q)).toMatchObject({ abstained: true, answer: expect.stringMatching(/does not rank its own chapters/) });
    }
  });

  it('leaves other questions about size, time or where a topic is alone', () => {
    for (const q of ['which part is most important to community governance?', 'what are the most important two elements?', 'what is the largest common denominator?', 'how long did community development take?', 'how long is the thesis?', 'Which page discusses the four dangers?']) expect(sectionLengthRefusal(q)).toBeUndefined();
  });
});
