import { describe, expect, it } from 'vitest';
import { TREATING_FRAME, TREATING_VERB, TREATING_WORD } from '../../src/answer/treating-frames.ts';

const strip = (text: string) => text.replace(TREATING_FRAME, ' ').replace(/\s+/gu, ' ').trim();

describe('TREATING_FRAME', () => {
  it('takes out a work treating a thing, and leaves the thesis\'s own addressing of problems', () => {
    expect(strip('Does the thesis acknowledge any difficulties?')).toBe('Does the thesis any difficulties?');
    expect(strip('Does chapter 6 come back to consultation?')).toBe('Does chapter 6 consultation?');
    expect(strip('Does the thesis return to the mass line?')).toBe('Does the thesis the mass line?');
    expect(strip('Is the stability problem addressed?')).toBe('Is the stability problem ?');
    expect(strip('What state of the literature does the thesis survey?')).toBe('What state of the literature does the thesis ?');
    // A section named is out of the question before the frames are.
    expect(strip('Does   address consultation?')).toBe('Does consultation?');
    expect(strip('Which literatures does the   survey?')).toBe('Which literatures does the ?');
    // Addressing a problem is solving it, unless the work itself is what addresses.
    expect(strip('What problem does the expansion address?')).toBe('What problem does the expansion address?');
    expect(strip('Which problems are addressed by targeted governance?')).toBe('Which problems are addressed by targeted governance?');
    // The passive of a work treating things: "addressed in" a section, or by the author.
    expect(strip('Which matters are addressed in   ?')).toBe('Which matters are in ?');
    expect(strip('Are any limitations addressed by the author?')).toBe('Are any limitations by the author?');
    expect(strip('Did the author survey residents?')).toBe('Did the author survey residents?');
    expect(strip('Which chapter presents survey results?')).toBe('Which chapter presents survey results?');
    // A work comparing things treats them side by side; "how does X compare with Y" asks the comparison.
    expect(strip('Does the thesis compare China with the West?')).toBe('Does the thesis China with the West?');
    expect(strip('How does the circle compare with pluralism?')).toBe('How does the circle compare with pluralism?');
    expect(strip('how does this thesis compare with other studies of Xinjiang?')).toBe('how does this thesis compare with other studies of Xinjiang?');
  });
});

describe('TREATING_VERB and TREATING_WORD', () => {
  it('match the verbs of treating, and their first word as a claim\'s act', () => {
    expect(new RegExp(`^${TREATING_VERB}$`, 'iu').test('grapples with')).toBe(true);
    expect(new RegExp(`^${TREATING_VERB}$`, 'iu').test('says anything about')).toBe(true);
    expect(new RegExp(`^${TREATING_VERB}$`, 'iu').test('explains')).toBe(false);
    expect(TREATING_WORD.test('acknowledged')).toBe(true);
    expect(TREATING_WORD.test('compare')).toBe(true);
    expect(TREATING_WORD.test('rejected')).toBe(false);
  });
});
