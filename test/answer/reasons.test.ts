import { describe, expect, it } from 'vitest';
import { answerWhyOfClaim, reasonsAfter } from '../../src/answer/reasons.ts';
import type { Section, Sentence } from '../../src/types.ts';
import { converse, testCore } from '../helpers.ts';

/** A section of the given sentences, laid end to end from offset 0. */
function sectionOf(...texts: string[]): Section {
  let at = 0;
  const sentences: Sentence[] = texts.map((text) => {
    const s = { text, start: at, end: at + text.length };
    at += text.length + 1;
    return s;
  });
  return { id: 'chapter-1', label: 'Chapter 1', title: 't', sentences };
}

const one = sectionOf(
  'Second, the key to governance is the relationship between the party and the masses.',
  'The party and the masses are the two elements of governance.',
  'Dealing with the relationship improves governance.',
  'Third, the mass line runs through governance.',
  'The mass line is a fine style.',
);
const claim = one.sentences[0]!;

describe('reasonsAfter', () => {
  it('takes the sentences after a claim that share its words, up to the next point of the list', () => {
    expect(reasonsAfter(claim, [one])?.sentences.map((s) => s.text)).toEqual([
      'The party and the masses are the two elements of governance.',
      'Dealing with the relationship improves governance.',
    ]);
  });

  it('finds none when the claim closes its section or the text moves on to other words', () => {
    expect(reasonsAfter(one.sentences[4]!, [one])).toBeUndefined();
    const moved = sectionOf('Chapter five is the last kilometer.', 'Community party organization is the leading core.');
    expect(reasonsAfter(moved.sentences[0]!, [moved])).toBeUndefined();
  });
});

describe('answerWhyOfClaim', () => {
  it('cites the arguing sentences in reading order, the claim itself left out', () => {
    const a = answerWhyOfClaim('why?', claim, [one]);
    expect(a?.answer).toBe('The party and the masses are the two elements of governance. [Ch. 1] Dealing with the relationship improves governance. [Ch. 1]');
    expect(a?.citations.map((c) => c.start)).toEqual([one.sentences[1]!.start, one.sentences[2]!.start]);
  });

  it('answers a bare "why?" in a conversation with the argument that follows the claim just quoted', async () => {
    const [, why] = await converse(await testCore('none'), ['what is the key to community governance?', 'why?']);
    expect(why?.abstained).toBe(false);
    expect(why?.answer).toMatch(/The party and the masses are the most important two elements in community governance\. \[Ch\. 1\] To deal with the relationship between them can improve/u);
    expect(why?.answer).not.toMatch(/^Second, the key/u);
  });
});

describe('a thread that asks who made what it just asked about', () => {
  it('refuses when the thesis names no maker, rather than summing up the chapter last quoted', async () => {
    const [, , made] = await converse(await testCore('none'), ['what is the mass line?', 'is it defined anywhere?', 'who created it?']);
    expect(made?.abstained).toBe(true);
    expect(made?.answer).toMatch(/^The thesis text we have does not say\./u);
  });
});
