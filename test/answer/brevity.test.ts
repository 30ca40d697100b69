import { describe, expect, it } from 'vitest';
import { firstSentenceOnly } from '../../src/answer/brevity.ts';
import type { Answer, Citation } from '../../src/answer/types.ts';
import { testCore } from '../helpers.ts';

const cite = (quote: string, start: number): Citation => ({ section: 'chapter-1', label: 'Chapter 1', title: 't', quote, start, end: start + quote.length, score: 1 });
const answer = (text: string, citations: Citation[], abstained = false): Answer => ({ question: 'q', answer: text, abstained, citations, nearest: [] });

describe('firstSentenceOnly', () => {
  it('keeps the first cited sentence, a note before it, and its citation', () => {
    const two = answer('It names them. First. [Ch. 1] Second. [Ch. 1]', [cite('First.', 1), cite('Second.', 9)]);
    expect(firstSentenceOnly(two)).toMatchObject({ answer: 'It names them. First. [Ch. 1]', citations: [cite('First.', 1)] });
  });

  it('leaves a numbered list and a refusal whole', () => {
    const list = answer('1. First. [Ch. 1]\n2. Second. [Ch. 1]', [cite('First.', 1), cite('Second.', 9)]);
    expect(firstSentenceOnly(list)).toBe(list);
    const refused = answer('The thesis text we have does not say.', [], true);
    expect(firstSentenceOnly(refused)).toBe(refused);
  });

  it('answers "what is the concentric circle, in one sentence?" with its defining sentence alone', async () => {
    const a = await (await testCore('use-lite')).ask('What is the concentric circle in one sentence?');
    expect(a.citations).toHaveLength(1);
    expect(a.answer).toMatch(/^The "concentric circle" of the interaction between the party and the masses is the development and sublimation of the mass line\. \[Overview\]$/u);
  });
});
