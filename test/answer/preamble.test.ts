import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withoutPreamble } from '../../src/answer/preamble.ts';
import { parseThesis } from '../../src/ingest/parse.ts';

const { sections } = parseThesis(readFileSync('data/thesis.txt', 'utf8'));
const strip = (text: string) => withoutPreamble(text, sections);

describe('withoutPreamble', () => {
  it('drops what the asker says of themselves before the question', () => {
    expect(strip('I am new here, what is the thesis about?')).toBe('what is the thesis about?');
    expect(strip('for my seminar next week: what is the mass line?')).toBe('what is the mass line?');
    expect(strip("hi there! I'm a student - who wrote this?")).toBe('who wrote this?');
    // Words the asker quotes are what "it" is; a question of its own stands alone.
    expect(strip('I wrote down "deter the enemy" — who does?')).toBe('"deter the enemy" - who does?');
    expect(strip('I wrote down "one family" — what is the mass line?')).toBe('what is the mass line?');
    expect(strip('Fill in the blank: the thesis was posted in ___.')).toBe('the thesis was posted in ___.');
    expect(strip('complete the sentence: the key to community governance is ___')).toBe('the key to community governance is ___');
    expect(strip('Before the seminar: what does the second chapter introduce?')).toBe('what does the second chapter introduce?');
    expect(strip('Fact check: the introduction discusses research difficulties.')).toBe('the introduction discusses research difficulties.');
    // How the asker moves the chat on, or wants the answer laid out, is no topic.
    expect(strip('Last one, I promise: what does the thesis confirm?')).toBe('what does the thesis confirm?');
    expect(strip('Moving on, what are the research difficulties?')).toBe('what are the research difficulties?');
    expect(strip('Numbered list: the three reasons.')).toBe('the three reasons.');
    expect(strip('With sources: what does the thesis conclude?')).toBe('what does the thesis conclude?');
    expect(strip('Quick sanity check: is the circle static?')).toBe('is the circle static?');
    // Wanting to know, said with no stop before the question, is no topic either.
    expect(strip("I'm curious when this was posted.")).toBe('when this was posted.');
    expect(strip("I'd like to know why the circle contracts")).toBe('why the circle contracts');
    expect(strip('I wonder what the mass line is')).toBe('what the mass line is');
    expect(strip("I'd like a sense of how the study weighs history against reality")).toBe('how the study weighs history against reality');
    // What the asker will do with the answer, said first with no stop, is no topic.
    expect(strip("Before I cite it I'd like to be sure about the degree level and the document type.")).toBe('the degree level and the document type.');
    expect(strip('If I had to explain to a first-year student why the mass line matters, which sentence should I show them?')).toBe('why the mass line matters, which sentence should I show them?');
    // A piece of text needed on a topic, and a plea for suggestions that names none: the topic.
    expect(strip('For a handout I need one sentence on how the thesis positions its model, ideally quoted - what would you suggest?')).toBe('how the thesis positions its model');
    // What the asker needs, asked for with a bare "can you give them?", is the question.
    const needs = 'For my bibliography I need the author, title and year, can you give them?';
    expect(strip(needs)).toBe(needs);
    // Who the asker is asking for, or what they are a student of, is the asker's.
    expect(strip('For someone new to the topic, what is the thesis mainly about?')).toBe('what is the thesis mainly about?');
    expect(strip('For citing it: what year?')).toBe('what year?');
    expect(strip('For a seminar on democracy, which part of the thesis is relevant?')).toBe('Which part is about democracy?');
    expect(strip('As a student of ethnic relations, what should I read in this thesis?')).toBe('Which part is about ethnic relations?');
    expect(strip("I'm curious whether the circle is static")).toBe("I'm curious whether the circle is static");
    // A preamble is the asker's: "for the party governing a city" is part of the question.
    const governing = "For the party governing a city, what's the elementary unit?";
    expect(strip(governing)).toBe(governing);
  });

  it('keeps a section the preamble names as where to look', () => {
    expect(strip("I'm presenting chapter 4 tomorrow, what are its main points?")).toBe('what are its main points (in Chapter 4)');
    expect(strip('My group is reading the introduction. What does it cover?')).toBe('What does it cover (in Introduction)');
    // The question's own section is the one asked of.
    expect(strip("I'm comparing chapters 3 and 5. What does chapter 5 focus on?")).toBe('What does chapter 5 focus on?');
    // What the asker has just read, said without "I", is a preamble too.
    expect(strip('Just finished chapter 2: what does chapter 3 discuss?')).toBe('what does chapter 3 discuss?');
    expect(strip('Just finished the abstract: what does the conclusion confirm?')).toBe('what does the conclusion confirm?');
  });

  it('drops what the asker is doing when it opens the message ("Exam prep -")', () => {
    expect(strip("Exam prep - what are chapter 5's three measures?")).toBe("what are chapter 5's three measures?");
    expect(strip('Revision: what is the mass line?')).toBe('what is the mass line?');
  });

  it('keeps the preamble when the question points back to what it said', () => {
    // A claim reported and put to the check is asked as said.
    expect(strip('I read that the party leads everything, is that true?')).toBe('the party leads everything');
    const seen = "I keep seeing 'hundreds of clues' and 'thousands of clues' - are they the same idea?";
    expect(strip(seen)).toBe(seen);
    const topic = "I'm trying to understand the link between the mass line and governance - what does the thesis argue?";
    expect(strip(topic)).toBe(topic);
    // However the asker puts what they want, a question with no topic of its own asks of it.
    const cite = 'For my essay I need to cite where the thesis describes the visiting activity; which chapter is it?';
    expect(strip(cite)).toBe(cite);
    const find = 'Our professor mentioned that the thesis compares Urumqi to Lhasa, can you find where?';
    expect(strip(find)).toBe(find);
    // "Which two?" counts what the preamble said: it has no topic of its own.
    const two = 'My notes say consultation is recognised at two levels. Which two?';
    expect(strip(two)).toBe(two);
    // A claim about a chapter is what "it" is, not the whole chapter.
    const survey = 'Someone said chapter 3 has survey data on how residents view consultation - what does it show?';
    expect(strip(survey)).toBe(survey);
    const mentioned = "My notes mention 'joint force'. What is it for?";
    expect(strip(mentioned)).toBe(mentioned);
    // What puzzles the asker is the question when all that follows is a plea for help.
    const puzzled = "I'm reading for my seminar and I'm confused about how the corps fits in with the autonomous region, can you help";
    expect(strip(puzzled)).toBe(puzzled);
    const lost = 'I don\'t get the "fortress" thing. Can someone explain?';
    expect(strip(lost)).toBe(lost);
    // "Both" at the end is the two things the asker named.
    const both = "I don't get the stability and flexibility point. Where does the thesis say the circle has both?";
    expect(strip(both)).toBe(both);
    // What the asker says they want is what "which part?" looks for.
    const wanted = 'I want the research methods - which part?';
    expect(strip(wanted)).toBe(wanted);
    // One with a topic of its own stands alone, whatever the asker said.
    expect(strip('Our reading group was debating this: does the author treat community governance as part of it?')).toBe('does the author treat community governance as part of it?');
  });

  it('takes a question reported in the preamble as the topic, not who asked it', () => {
    expect(strip("My supervisor asked me what the 'four paths' are - can you list them?")).toBe("what the 'four paths' are - can you list them?");
    // A question with a topic of its own stands alone.
    expect(strip('My supervisor asked me what the paths are. What does chapter 3 say about consultation?')).toBe('What does chapter 3 say about consultation?');
    // What a group disputes is what it asks.
    expect(strip('our group is debating whether the circle is rigid - what does the text say?')).toBe('whether the circle is rigid - what does the text say?');
    // Someone else's question, told of them: the thesis's answer to it is wanted.
    expect(strip("A friend asked why community governance is harder. What's the thesis's answer?")).toBe("why community governance is harder - What's the thesis's answer?");
  });

  it('takes the topic the asker is working on as what the question points back to', () => {
    expect(strip("I'm writing an essay on consultative democracy - what does the thesis contribute on it?")).toBe('consultative democracy - what does the thesis contribute on it?');
    expect(strip("I'm giving a presentation about the corps next week. What does the thesis say about it?")).toBe('the corps - What does the thesis say about it?');
    expect(strip('Our reading group wants to know about the corps. What does it say?')).toBe('the corps - What does it say?');
    expect(strip("I want to quote the thesis on the party's mass line. What's the line?")).toBe("the party's mass line - What's the line?");
    // Where to start reading on it is where the thesis speaks of it, not its first chapter.
    expect(strip("I'm writing about ethnic unity; which chapter should I read first?")).toBe('Which part is about ethnic unity?');
    // A question with a topic of its own stands alone.
    expect(strip("I'm writing an essay on consultative democracy - what are the four dangers?")).toBe('what are the four dangers?');
    expect(strip("I'm writing an essay on party-building. What does this thesis argue about party branches?")).toBe('What does this thesis argue about party branches?');
  });

  it('drops what someone else says after a question with its own topic, but not a section or what the question leans on', () => {
    expect(strip('does chapter 6 say the circle can shrink? Someone says it only grows.')).toBe('does chapter 6 say the circle can shrink?');
    expect(strip('Is it static? I read chapter 6.')).toBe('Is it static? I read chapter 6.');
    expect(strip('Is that so? My friend thinks the party leads everything.')).toBe('the party leads everything');
  });

  it('leaves a question without a preamble alone', () => {
    for (const text of ['What is the mass line?', 'Does the thesis say that the party leads everything?']) {
      expect(strip(text)).toBe(text);
    }
  });
});
