import { describe, expect, it } from 'vitest';
import { withoutInterjection, withoutOpeners } from '../../src/answer/openers.ts';

describe('withoutInterjection', () => {
  it('drops the chat reactions before a question, and keeps a message that is nothing else', () => {
    expect(withoutInterjection('lol ok and the center')).toBe('and the center');
    expect(withoutInterjection('wait which stages?')).toBe('which stages?');
    expect(withoutInterjection("cool. where's that from")).toBe("where's that from");
    expect(withoutInterjection('thanks!')).toBe('thanks!');
    // Words that only start like one stay: "Okinawa", "nowhere".
    expect(withoutInterjection('nowhere in chapter 3?')).toBe('nowhere in chapter 3?');
    // "Yes or no:" and "no one…" are part of the question; "no," alone is a reaction.
    expect(withoutInterjection('Yes or no: is the circle static?')).toBe('Yes or no: is the circle static?');
    expect(withoutOpeners('Yes or no: is the circle static?')).toBe('is the circle static?');
    expect(withoutInterjection('No one is quoted in chapter 3?')).toBe('No one is quoted in chapter 3?');
    expect(withoutInterjection('no, what about chapter 4?')).toBe('what about chapter 4?');
  });
});

describe('withoutOpeners', () => {
  it('drops instructions, openers, asides and wanting to know, and keeps the question', () => {
    expect(withoutOpeners('Fill in the blank: the thesis was posted in ___.')).toBe('the thesis was posted in ___.');
    expect(withoutOpeners('Moving on, what are the research difficulties?')).toBe('what are the research difficulties?');
    expect(withoutOpeners("Exam prep - what are chapter 5's three measures?")).toBe("what are chapter 5's three measures?");
    expect(withoutOpeners("I'd like to know why the party leads")).toBe('why the party leads');
    expect(withoutOpeners('What is the mass line?')).toBe('What is the mass line?');
  });
});
