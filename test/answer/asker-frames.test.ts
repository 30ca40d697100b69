import { describe, expect, it } from 'vitest';
import { ASIDE_FRAME, EFFORT_FRAME, HELP_FRAME, LENGTH_FRAME, REQUEST_FRAME, TRUTH_FRAME } from '../../src/answer/asker-frames.ts';

const strip = (frame: RegExp, text: string) => text.replace(frame, ' ').replace(/\s+/gu, ' ').trim();

describe('asker frames', () => {
  it('take out what the asker says of themselves, their manners and the answer they want', () => {
    expect(strip(TRUTH_FRAME, 'True or false: the circle is static')).toBe(': the circle is static');
    expect(strip(TRUTH_FRAME, 'Is it wrong to say that the masses are passive?')).toBe('the masses are passive?');
    expect(strip(REQUEST_FRAME, "Explain like I'm five what the radius is")).toBe('what the radius is');
    expect(strip(REQUEST_FRAME, "the concentric circle like I'm 12")).toBe('the concentric circle');
    expect(strip(REQUEST_FRAME, "the radius, as if I were a 10-year-old")).toBe('the radius,');
    expect(strip(REQUEST_FRAME, 'How would you describe chapter 4 to a friend?')).toBe('How would you describe chapter 4 ?');
    // A reader a request is worded for, at its end or after "tell", or the one the asker plays.
    expect(strip(REQUEST_FRAME, 'Describe the introduction for a reviewer.')).toBe('Describe the introduction .');
    expect(strip(REQUEST_FRAME, 'Explain why the party leads, to a foreign reader.')).toBe('Explain why the party leads, .');
    expect(strip(REQUEST_FRAME, 'Tell a librarian when it was posted.')).toBe('Tell when it was posted.');
    expect(strip(REQUEST_FRAME, 'Explain consultation to me as if I were a city resident.')).toBe('Explain consultation to me .');
    // Not what the thesis does for its own people.
    expect(strip(REQUEST_FRAME, 'What is done for a party member?')).toBe('What is done for a party member?');
    expect(strip(REQUEST_FRAME, 'Explain to a first-year student what the mass line is.')).toBe('Explain what the mass line is.');
    expect(strip(REQUEST_FRAME, 'Which chapter should a student of democracy read?')).toBe('Which chapter should democracy read?');
    expect(strip(ASIDE_FRAME, 'if this is obvious, but what is the aim?')).toBe(', but what is the aim?');
    expect(strip(LENGTH_FRAME, 'chapter 3 in one sentence')).toBe('chapter 3');
    expect(strip(ASIDE_FRAME, 'sorry if this is a dumb question, but what is the radius?')).toBe(', but what is the radius?');
    expect(strip(ASIDE_FRAME, 'exam prep, what is the radius?')).toBe(', what is the radius?');
    expect(strip(ASIDE_FRAME, "For tomorrow's seminar: what is the argument?")).toBe(': what is the argument?');
    expect(strip(ASIDE_FRAME, "My professor mentioned 'four dangers' in class.")).toBe("My professor mentioned 'four dangers' .");
    expect(strip(ASIDE_FRAME, 'ok this might be basic but: what is the radius?')).toBe('ok but: what is the radius?');
    expect(strip(ASIDE_FRAME, 'What is the design, as far as the abstract reveals?')).toBe('What is the design, ?');
    expect(strip(ASIDE_FRAME, 'Sorry if this was covered already, but what is the radius?')).toBe(', but what is the radius?');
    expect(strip(EFFORT_FRAME, "I'm trying to understand the radius")).toBe('understand the radius');
    expect(strip(HELP_FRAME, 'help me understand the radius')).toBe('the radius');
    expect(strip(HELP_FRAME, "I'm confused about the radius, can you help?")).toBe("I'm confused about the radius, ?");
    expect(strip(HELP_FRAME, 'the radius, any ideas?')).toBe('the radius, ?');
  });

  it('leave the thesis\'s own words alone', () => {
    expect(strip(REQUEST_FRAME, 'the monarch state people relationship')).toBe('the monarch state people relationship');
    expect(strip(HELP_FRAME, 'with the help of the expansion')).toBe('with the help of the expansion');
    expect(strip(HELP_FRAME, 'How does consultation help?')).toBe('How does consultation help?');
    expect(strip(EFFORT_FRAME, 'This paper attempts to use the framework')).toBe('This paper attempts to use the framework');
  });
});
