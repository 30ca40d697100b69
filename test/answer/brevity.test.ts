import { describe, expect, it } from 'vitest';
import { firstSentencesOnly } from '../../src/answer/brevity.ts';
import type { Answer, Citation } from '../../src/answer/types.ts';
import { testCore } from '../helpers.ts';

const cite = (quote: string, start: number): Citation => ({ section: 'chapter-1', label: 'Chapter 1', title: 't', quote, start, end: start + quote.length, score: 1 });
const answer = (text: string, citations: Citation[], abstained = false): Answer => ({ question: 'q', answer: text, abstained, citations, nearest: [] });

describe('firstSentencesOnly', () => {
  it('keeps the first cited sentence, a note before it, and its citation', () => {
    const two = answer('It names them. First. [Ch. 1] Second. [Ch. 1]', [cite('First.', 1), cite('Second.', 9)]);
    expect(firstSentencesOnly(two)).toMatchObject({ answer: 'It names them. First. [Ch. 1]', citations: [cite('First.', 1)] });
  });

  it('keeps as many cited sentences as asked for, and an answer with fewer whole', () => {
    const three = answer('First. [Ch. 1] Second. [Ch. 1] Third. [Ch. 1]', [cite('First.', 1), cite('Second.', 9), cite('Third.', 20)]);
    expect(firstSentencesOnly(three, 2)).toMatchObject({ answer: 'First. [Ch. 1] Second. [Ch. 1]', citations: [cite('First.', 1), cite('Second.', 9)] });
    expect(firstSentencesOnly(three, 4)).toBe(three);
  });

  it('leaves a numbered list and a refusal whole', () => {
    const list = answer('1. First. [Ch. 1]\n2. Second. [Ch. 1]', [cite('First.', 1), cite('Second.', 9)]);
    expect(firstSentencesOnly(list)).toBe(list);
    const refused = answer('The thesis text we have does not say.', [], true);
    expect(firstSentencesOnly(refused)).toBe(refused);
  });

  it('answers "what is the concentric circle, in one sentence?" with its defining sentence alone', async () => {
    const a = await (await testCore('use-lite')).ask('What is the concentric circle in one sentence?');
    expect(a.citations).toHaveLength(1);
    expect(a.answer).toMatch(/^The "concentric circle" of the interaction between the party and the masses is the development and sublimation of the mass line\. \[Overview\]$/u);
  });

  it('reads how long to answer said first ("Briefly, …", "In two sentences, …") as said after', async () => {
    const core = await testCore('use-lite');
    const two = await core.ask('In two sentences, what is the concentric circle?');
    expect(two.citations).toHaveLength(2);
    expect(two.citations[0]?.section).toBe('overview');
    expect((await core.ask('briefly, what is the concentric circle?')).citations[0]?.section).toBe('overview');
    expect((await core.ask('what is the concentric circle in a couple of sentences?')).citations[0]?.section).toBe('overview');
  });
});
