import { describe, expect, it } from 'vitest';
import { splitQuestions, withBareWhy } from '../../src/answer/split-questions.ts';

describe('splitQuestions', () => {
  it('splits two or three full questions, and leaves one question or a short tag alone', () => {
    expect(splitQuestions('What is the mass line? And what are the three fine styles?')).toEqual(['What is the mass line?', 'And what are the three fine styles?']);
    // The chapters of either of two things, asked in turn; a choice in a clause is one question.
    expect(splitQuestions('which chapters mention the mass line or mass work?')).toEqual(['which chapters mention the mass line?', 'which chapters mention mass work?']);
    expect(splitQuestions('which chapters discuss whether the circle is fixed or flexible?')).toEqual(['which chapters discuss whether the circle is fixed or flexible?']);
    expect(splitQuestions('What is the mass line?')).toEqual(['What is the mass line?']);
    // A claim with its tag, then what it leads to, even unmarked.
    expect(splitQuestions("there were 4 experiences right? whats the 2nd")).toEqual(['there were 4 experiences, right?', 'whats the 2nd']);
    expect(splitQuestions('contraction gathers power right? and expansion?')).toEqual(['contraction gathers power, right?', 'and expansion?']);
    expect(splitQuestions('6 stages right?')).toEqual(['6 stages right?']);
    expect(splitQuestions('Someone said the circle can shrink and grow; is that right, and what does each do?')).toEqual(['Someone said the circle can shrink and grow, right?', 'what does each do?']);
    expect(splitQuestions('the four experiences come from chapter 2, is that true? and what is the first one?')).toEqual(['the four experiences come from chapter 2, right?', 'what is the first one?']);
    expect(splitQuestions('Is that right and true?')).toEqual(['Is that right and true?']);
    expect(splitQuestions('the party is right, and what else?')).toEqual(['the party is right, and what else?']);
    // Numbered, after a short lead-in or none; numbers out of order are no list.
    expect(splitQuestions("1) what is the mass line's place 2) which chapter discusses it")).toEqual(["what is the mass line's place", 'which chapter discusses it']);
    expect(splitQuestions('Two questions: 1. who wrote it? 2. what is chapter 3 about?')).toEqual(['who wrote it?', 'what is chapter 3 about?']);
    expect(splitQuestions('What do chapters 2) and 1) say?')).toEqual(['What do chapters 2) and 1) say?']);
    expect(splitQuestions('What is the mass line? Why?')).toEqual(['What is the mass line? Why?']);
    // A follow-up carrying the question before in brackets is one question, whatever "and" it holds.
    expect(splitQuestions('why (the third one (ok and what are the basic experiences (in Chapter 2)))')).toHaveLength(1);
    expect(splitQuestions('Is it static? I read chapter 6.')).toEqual(['Is it static? I read chapter 6.']);
    expect(splitQuestions('What did Xi Jinping point out and which activity followed from it?')).toEqual(['What did Xi Jinping point out', 'which activity followed from it?']);
    expect(splitQuestions('What is the mass line and what the masses want')).toHaveLength(1);
  });

  it('takes a request ending in a full stop for a question, and "also," for a joint', () => {
    expect(splitQuestions('Summarize chapter 2. Also, what year was it posted?')).toEqual(['Summarize chapter 2.', 'what year was it posted?']);
    expect(splitQuestions('Explain the mass line. I am confused.')).toEqual(['Explain the mass line. I am confused.']);
    // How to word the answer is no second question.
    expect(splitQuestions("What is the mass line? Explain like I'm 5.")).toEqual(["What is the mass line? Explain like I'm 5."]);
    expect(splitQuestions('In ch. 3, what is consultation?')).toEqual(['In ch. 3, what is consultation?']);
  });

  it('splits two questions joined by "and", but not a clause or questions about the record alone', () => {
    expect(splitQuestions('Who wrote it and what is chapter 2 about?')).toEqual(['Who wrote it', 'what is chapter 2 about?']);
    expect(splitQuestions('How is consultation organised, and what does it achieve?')).toEqual(['How is consultation organised', 'what does it achieve?']);
    expect(splitQuestions('Who deployed the activity and how many people did they visit?')).toEqual(['Who deployed the activity', 'how many people did they visit?']);
    // A second question word alone asks the same of another side.
    expect(splitQuestions('When was the activity launched, and by whom?')).toEqual(['When was the activity launched', 'by whom?']);
    expect(splitQuestions('Who launched the activity and when?')).toEqual(['Who launched the activity', 'when?']);
    expect(splitQuestions('What are the two functions of the circle and what conditions do they need?')).toEqual(['What are the two functions of the circle', 'what conditions do they need?']);
    for (const text of ['What is the link between consultation and what the masses want?', 'What does chapter 3 say and why?', 'Who is the author and when was it posted?']) {
      expect(splitQuestions(text)).toEqual([text]);
    }
  });

  it('reads a closing "what\'s the reasoning?" as the bare "why?" it is', () => {
    expect(withBareWhy("We wondered why branch secretaries matter. What's the reasoning?")).toBe('We wondered why branch secretaries matter. Why?');
    expect(withBareWhy('The circle contracts. How come?')).toBe('The circle contracts. Why?');
    expect(withBareWhy('The framework is chosen. What is the logic behind it?')).toBe('The framework is chosen. Why?');
    // Alone, or asked of something named, the reasons are a topic.
    expect(withBareWhy("What's the reasoning?")).toBe("What's the reasoning?");
    expect(withBareWhy('It is chosen. What is the reason for the topic?')).toBe('It is chosen. What is the reason for the topic?');
  });
});
