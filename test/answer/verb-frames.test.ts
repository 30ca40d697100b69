import { describe, expect, it } from 'vitest';
import { HANDLED_FRAME, HAPPEN_FRAME, MEASURES_FRAME, RESULT_FRAME, UNFOLLOWED_FRAME, WORKS_FRAME } from '../../src/answer/verb-frames.ts';

const strip = (frame: RegExp, text: string) => text.replace(frame, ' ').replace(/\s+/gu, ' ').trim();

describe('verb frames', () => {
  it('take out the asking verb and keep the thesis\'s own use of the word', () => {
    expect(strip(RESULT_FRAME, 'What does community service lead to?')).toBe('What does community service ?');
    expect(strip(RESULT_FRAME, 'the party leads everything')).toBe('the party leads everything');
    expect(strip(WORKS_FRAME, 'How does consultation work in Urumqi?')).toBe('How does consultation in Urumqi?');
    expect(strip(HAPPEN_FRAME, 'Where did the research take place?')).toBe('Where did the research ?');
    expect(strip(UNFOLLOWED_FRAME, "I didn't quite follow the part on branches")).toBe('I the part on branches');
    expect(strip(UNFOLLOWED_FRAME, 'Urumqi follows the general rule')).toBe('Urumqi follows the general rule');
    expect(strip(HANDLED_FRAME, 'How are contradictions handled?')).toBe('How are contradictions ?');
    expect(strip(HANDLED_FRAME, 'how the party handles corruption')).toBe('how the party handles corruption');
  });

  it('read measures asked for as what was done, and measuring as a topic', () => {
    expect(strip(MEASURES_FRAME, 'Chapter 5: main measures?')).toBe('Chapter 5: main ?');
    expect(strip(MEASURES_FRAME, 'what does the paper attempt to measure?')).toBe('what does the paper attempt to measure?');
  });
});
