import { describe, expect, it } from 'vitest';
import { laidOut } from '../../src/answer/layout.ts';
import type { Answer } from '../../src/answer/types.ts';
import { converse, testCore } from '../helpers.ts';

const answer = (text: string, abstained = false): Answer => ({ question: '', answer: text, abstained, citations: [], nearest: [] });
const two = 'First, the core is leadership. [Ch. 1] Second, the key is the masses. [Ch. 1]';

describe('laidOut', () => {
  it('puts each cited sentence on its own bulleted line when bullets or a list are asked for', () => {
    for (const q of ['The reasons, in bullet points?', 'What are the reasons, as a list?', 'Bullets please: the reasons', 'Go through it point by point', 'The reasons as a table', 'three key bullets on the reasons']) {
      expect(laidOut(q, answer(two)).answer).toBe('- First, the core is leadership. [Ch. 1]\n- Second, the key is the masses. [Ch. 1]');
    }
  });

  it('numbers the lines when a numbered list is asked for', () => {
    expect(laidOut('Numbered list of the reasons', answer(two)).answer).toBe('1. First, the core is leadership. [Ch. 1]\n2. Second, the key is the masses. [Ch. 1]');
  });

  it('keeps the form of a plain question, a refusal, a single sentence and an answer already in lines', () => {
    expect(laidOut('What are the reasons?', answer(two)).answer).toBe(two);
    expect(laidOut('Reasons as a list', answer('The thesis does not say. [Ch. 1] Nothing.', true)).answer).toBe('The thesis does not say. [Ch. 1] Nothing.');
    expect(laidOut('Who, as a list?', answer('The committee. [Ch. 4]')).answer).toBe('The committee. [Ch. 4]');
    expect(laidOut('As a list', answer('1. A [Ch. 2]\n2. B [Ch. 2]')).answer).toBe('1. A [Ch. 2]\n2. B [Ch. 2]');
  });

  it('lays out a real answer from the thesis, and the same question asked again in a thread', async () => {
    const core = await testCore();
    const listed = await core.ask('Give me the three reasons for choosing the framework in bullet points');
    const lines = listed.answer.split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(lines.every((l) => l.startsWith('- ') && l.endsWith('[Ch. 1]'))).toBe(true);
    const [prose, again] = await converse(core, ['What are the three reasons for choosing the framework?', 'as bullet points?']);
    expect(prose?.answer).not.toContain('\n');
    expect(again?.answer.split('\n')).toEqual(lines);
    // Asked again in a form, the passages just quoted are the answer, not "no more than…".
    const [, numbered] = await converse(core, ['What are the three reasons for choosing the framework?', 'numbered list please']);
    expect(numbered?.answer).toMatch(/^1\. The reasons are as follows/u);
  });
});
