import { describe, expect, it } from 'vitest';
import { asksAboutRecord, authorNamed, fieldsAsked, ofTheAuthor } from '../../src/answer/record-asked.ts';

const meta = { author: 'Y L Wang' };

describe('fieldsAsked', () => {
  it('reads "what are the key terms?" asked of nothing else as the keywords', () => {
    expect(fieldsAsked('What are the key terms?', {})).toEqual(['keywords']);
    expect(fieldsAsked('What are the key terms in chapter 1?', {})).toEqual([]);
  });

  it('reads the fields of the record a question asks for, in the record\'s order', () => {
    expect(fieldsAsked('who wrote it and when was it posted?', meta)).toEqual(['author', 'datePosted']);
    expect(fieldsAsked('author, year and degree?', meta)).toEqual(['author', 'datePosted', 'degree']);
    expect(fieldsAsked("who's the author and what's the degree?", meta)).toEqual(['author', 'degree']);
    expect(fieldsAsked('When was it posted and what type is it?', meta)).toEqual(['datePosted', 'type']);
    expect(fieldsAsked('作者是谁', meta)).toEqual(['author']);
    // A guessed degree, asked in the past tense as in the present.
    expect(fieldsAsked('Was it a doctoral dissertation?', meta)).toContain('degree');
    expect(fieldsAsked('For my bibliography I need the author, title and year, can you give them?', meta)).toEqual(['author', 'title', 'datePosted']);
    expect(fieldsAsked('Please tell me the release time of this paper.', meta)).toEqual(['datePosted']);
    expect(fieldsAsked('Under which subject heading is this dissertation filed?', meta)).toEqual(['subject']);
    expect(fieldsAsked('Who wrote it and what is it called?', meta)).toEqual(['author', 'title']);
    expect(fieldsAsked('How is the author named on the record?', meta)).toEqual(['author']);
    // "Does the author name…" is the author naming something in the text, not the author's name.
    expect(fieldsAsked('which stages does the author name?', meta)).toEqual([]);
    expect(fieldsAsked("what is the author's name?", meta)).toEqual(['author']);
    expect(fieldsAsked('Why is the country listed as China?', meta)).toEqual(['country']);
    expect(fieldsAsked('Whose doctoral work is this and in what field?', meta)).toEqual(['author', 'subject']);
    expect(fieldsAsked('when did this drop', meta)).toEqual(['datePosted']);
    expect(fieldsAsked("wasn't it posted in 2021?", meta)).toEqual(['datePosted']);
    expect(fieldsAsked('when did this get posted online?', meta)).toEqual(['datePosted']);
    expect(fieldsAsked('posted when, and in what subject?', meta)).toEqual(['datePosted', 'subject']);
    expect(fieldsAsked('when exactly was it posted? day and month please', meta)).toEqual(['datePosted']);
    expect(fieldsAsked("What's the doc's subject?", meta)).toEqual(['subject']);
    expect(fieldsAsked("what's the subject heading on the catalogue page?", meta)).toEqual(['subject']);
    expect(fieldsAsked('dissertation or thesis, which is it?', meta)).toEqual(['type']);
    expect(fieldsAsked('what sort of degree did this earn?', meta)).toEqual(['degree']);
    expect(fieldsAsked('who wrote it, and in what year?', meta)).toEqual(['author', 'datePosted']);
    expect(fieldsAsked('title and subject, quickly', meta)).toEqual(['title', 'subject']);
    // "When it was written" in a question about someone else dates that, not the thesis.
    expect(fieldsAsked('Who was the party secretary of Urumqi when the thesis was written?', meta)).toEqual([]);
    expect(fieldsAsked('Tell me when the thesis was written.', meta)).toEqual(['datePosted']);
    expect(fieldsAsked("it's a 2021 dissertation, right?", meta)).toContain('datePosted');
    expect(fieldsAsked('By whom and when was this posted?', meta)).toEqual(['author', 'datePosted']);
    expect(fieldsAsked('Summarize the metadata.', meta)).toEqual(['author', 'title', 'datePosted', 'degree', 'type', 'country', 'subject']);
    // Emphasis is no part of the asking; a date guessed of the writing is the date posted.
    expect(fieldsAsked('Was this really posted in December 2021?', meta)).toEqual(['datePosted']);
    expect(fieldsAsked('Did the author write it in 2021?', meta)).toEqual(['datePosted']);
    expect(fieldsAsked('I need the exact title, the author\'s name and the year it was posted.', meta)).toEqual(['author', 'title', 'datePosted']);
    expect(fieldsAsked("Which chapter is closest to the title's idea of a circle?", meta)).toEqual([]);
  });

  it('takes the author by name, or by initials asked to be written out, as a question about the author', () => {
    expect(fieldsAsked('who is Y L Wang?', meta)).toEqual(['author']);
    expect(fieldsAsked('What does Y L stand for?', meta)).toEqual(['author']);
  });

  it('reads a field asked of something other than the work as no field of the record', () => {
    expect(fieldsAsked('what is the title of this activity?', meta)).toEqual([]);
    expect(fieldsAsked('what are the keywords of consultative democracy?', meta)).toEqual([]);
  });
});

describe('asksAboutRecord', () => {
  it('counts facts a record may lack as questions about it, and deeds in the text as not', () => {
    expect(asksAboutRecord('who supervised it?')).toBe(true);
    expect(asksAboutRecord('which university?')).toBe(true);
    expect(asksAboutRecord('which uni?')).toBe(true);
    expect(asksAboutRecord('when was the activity deployed?')).toBe(false);
  });
});

describe('authorNamed', () => {
  it('reads the author\'s name in a question as "the author"', () => {
    expect(authorNamed('Where did Wang study?', 'Y L Wang', true)).toBe('Where did the author study?');
  });
});

describe('ofTheAuthor', () => {
  it('reads "they", "he" or "she" after a question about the author as the author', () => {
    expect(ofTheAuthor('Where is the author from', 'where do they work?')).toBe('where do the author work?');
    expect(ofTheAuthor('Who wrote it', 'where does she teach?')).toBe('where does the author teach?');
  });

  it('leaves a pronoun after any other question alone', () => {
    expect(ofTheAuthor('what do party members do?', 'where do they work?')).toBeUndefined();
    expect(ofTheAuthor('Who wrote it', 'what is it about?')).toBeUndefined();
  });
});
