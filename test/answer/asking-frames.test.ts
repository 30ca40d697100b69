import { describe, expect, it } from 'vitest';
import { ASKING_FRAMES } from '../../src/answer/asking-frames.ts';

const strip = (text: string) => ASKING_FRAMES.reduce((t, frame) => t.replace(frame, ' '), text).replace(/\s+/gu, ' ').trim();

describe('ASKING_FRAMES', () => {
  it('take out the span, the form and the place asked for', () => {
    expect(strip('How long a period does chapter 2 cover?')).toBe('does chapter 2 cover?');
    expect(strip('how does the corps fit into the picture?')).toBe('how does the corps ?');
    expect(strip('the key points of chapter 2 as bullet points')).toBe('the key points of chapter 2');
  });

  it('leave the thesis\'s own words alone', () => {
    expect(strip('what platforms are established in chapter 3?')).toBe('what platforms are established in chapter 3?');
    expect(strip('long-term stability in Xinjiang')).toBe('long-term stability in Xinjiang');
  });
});
