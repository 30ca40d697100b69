import { describe, expect, it } from 'vitest';
import { answerInlineItem, answerInlineList, inlineItemCount, inlineListFor } from '../../src/answer/inline-item.ts';
import { bareSection, hitOn, passagesOf, testCore } from '../helpers.ts';

const one = bareSection('overview');
const two = bareSection('chapter-2');
const ps = passagesOf(
  [one, 'The towns plan early; build small roads, and stay near; finally, they share markets.'],
  [one, 'Through the above four routes the towns grow.'],
  [two, 'The study draws three lessons of town life: plan early; build small; stay near.'],
);
const hit = hitOn;

describe('inlineListFor', () => {
  it('finds the list in the best hit when it names what it lists, or before a sentence naming its items', () => {
    expect(inlineListFor('What is the second lesson?', [hit(ps[2])], ps)).toEqual({ list: ps[2] });
    expect(inlineListFor('What is the third route?', [hit(ps[2])], ps)).toEqual({ list: ps[0], recap: ps[1] });
    expect(inlineListFor('What is the third road?', [hit(ps[1])], ps)).toBeUndefined();
  });
});

describe('answerInlineItem', () => {
  it('quotes the item alone, at its own place in the text, then the sentence naming the items', () => {
    const a = answerInlineItem('What is the second of the four routes?', [hit(ps[1])], ps);
    expect(a?.answer).toBe('Build small roads, and stay near. [Overview] Through the above four routes the towns grow. [Overview]');
    const [item] = a?.citations ?? [];
    const text = ps.map((p) => p.text).join(' ');
    expect(item && text.slice(item.start, item.end)).toBe('build small roads, and stay near');
    expect(answerInlineItem('And the last lesson?', [hit(ps[2])], ps)?.answer).toBe('Stay near. [Ch. 2]');
  });

  it('gives nothing past the end of the list, or when no item is asked for by its place', () => {
    expect(answerInlineItem('What is the fourth lesson?', [hit(ps[2])], ps)).toBeUndefined();
    expect(answerInlineItem('What are the lessons?', [hit(ps[2])], ps)).toBeUndefined();
  });

  it('lists the items, numbered, each quoted alone, when the question names what they are', () => {
    const lessons = answerInlineList('What are the three lessons?', [hit(ps[2])], ps);
    expect(lessons?.answer).toBe('1. Plan early. [Ch. 2]\n2. Build small. [Ch. 2]\n3. Stay near. [Ch. 2]');
    expect(lessons?.citations.map((c) => c.quote)).toEqual(['plan early', 'build small', 'stay near']);
    expect(answerInlineList('List the routes', [hit(ps[1])], ps)?.answer).toMatch(/^1\. The towns plan early\. \[Overview\]\n2\. Build small roads, and stay near\. .*\nThrough the above four routes the towns grow\. \[Overview\]$/s);
    // Items set aside are left out; the rest keep their numbers.
    expect(answerInlineList('Besides building small, what are the three lessons?', [hit(ps[2])], ps)?.answer).toBe('1. Plan early. [Ch. 2]\n3. Stay near. [Ch. 2]');
    // A list of something else, or a count alone, is not what was asked.
    expect(answerInlineList('What are the three rivers?', [hit(ps[2])], ps)).toBeUndefined();
    expect(answerInlineList('What are the four?', [hit(ps[1])], ps)).toBeUndefined();
    // The count of the same list, and an opening before it.
    expect(inlineItemCount('How many lessons are there?', [hit(ps[2])], ps)).toBe(3);
    expect(inlineItemCount('How many rivers are there?', [hit(ps[2])], ps)).toBeUndefined();
    expect(answerInlineList('What are the three lessons?', [hit(ps[2])], ps, undefined, 'Three.\n')?.answer).toMatch(/^Three\.\n1\. Plan early\./);
  });

  it('takes the list from a hit just behind the best when the best only has the words apart', () => {
    const apart = passagesOf([one, 'The towns learn many lessons; the three matter.'], [two, 'The study draws three lessons of town life: plan early; build small; stay near.']);
    expect(answerInlineList('What are the three lessons?', [hit(apart[0], 1), hit(apart[1], 0.75)], apart)?.answer).toMatch(/^1\. Plan early\. \[Ch\. 2\]/);
    // Far behind the best, it is not taken for it.
    expect(answerInlineList('What are the three lessons?', [hit(apart[0], 1), hit(apart[1], 0.5)], apart)).toBeUndefined();
  });

  it("answers the thesis's paths and basic experiences one at a time, quoting each where it stands", async () => {
    const core = await testCore('none');
    const third = await core.ask('What is the third path?');
    expect(third.answer).toMatch(/^Through improving the construction quality of the Party branch in the community, it runs through the "last kilometer" of the party and the masses\. \[Overview\] In practice, .* the above four paths/);
    expect(core.thesis.corpus.slice(third.citations[0]?.start, third.citations[0]?.end)).toBe(third.citations[0]?.quote);
    expect((await core.ask('What is the second basic experience?')).answer).toMatch(/^Through the continuous sinking of the ruling center of gravity, "point-to-point" style to do a good job in the mass work\. \[Ch\. 2\]$/);
    expect((await core.ask('What is the fifth path?')).answer).toMatch(/It lists only four; there is no fifth\./);
    expect((await core.ask('What are the four basic experiences?')).answer).toMatch(/^1\. In the 20 years of community development, .*\n2\. Through the continuous sinking .*\n3\. Strictly govern the party, .*\n4\. Come from the masses, .* \[Ch\. 2\]$/s);
  });
});
