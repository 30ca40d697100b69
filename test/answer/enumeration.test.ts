import { describe, expect, it } from 'vitest';
import { findEnumerations, firstPlural, inlineItems, itemAsked, namedThing } from '../../src/answer/enumeration.ts';
import { stem } from '../../src/retrieval/terms.ts';
import { passagesOf } from '../helpers.ts';
import { one, towns as ps, two } from '../fixtures/towns-list.ts';

const passages = passagesOf;

describe('findEnumerations', () => {
  it('finds items by their ordinal openers, with the sentence before and the one drawing them together', () => {
    const [list, ...more] = findEnumerations(ps);
    expect(more).toEqual([]);
    expect(list?.items.map((p) => p.index)).toEqual([1, 3, 4]);
    expect(list?.lead?.index).toBe(0);
    expect(list?.recap?.index).toBe(5);
  });

  it('reads "First of all," and a closing "Finally,"', () => {
    const [list] = findEnumerations(passages([one, 'First of all, the towns are small.'], [one, 'Second, they are old.'], [one, 'Finally, they are near.'], [one, 'Third, a stray.']));
    expect(list?.items.map((p) => p.text)).toEqual(['First of all, the towns are small.', 'Second, they are old.', 'Finally, they are near.']);
  });

  it('finds no list in a lone "first," or across sections', () => {
    expect(findEnumerations(passages([one, 'First, the towns.'], [two, 'Second, the villages.']))).toEqual([]);
  });
});

describe('lists within one sentence', () => {
  const sentence = 'It studies the towns in six stages, looks at their markets, their roads and their schools, and draws three lessons of town life: plan early; build small; stay near.';

  it('reads the items after a colon, or between semicolons, three at least', () => {
    expect(inlineItems(sentence)).toEqual(['plan early', 'build small', 'stay near']);
    expect(inlineItems('One; two; three.')).toEqual(['One', 'two', 'three']);
    expect(inlineItems('The towns are small: they are old.')).toEqual([]);
  });
});

describe('itemAsked', () => {
  it('reads the place of an item asked for, but not of a chapter', () => {
    expect(itemAsked("what's the second one?")).toBe(2);
    expect(itemAsked('and the last?')).toBe(0);
    expect(itemAsked('last?')).toBe(0);
    expect(itemAsked('What is the final path?')).toBe(0);
    expect(itemAsked('What is in the final section?')).toBeUndefined();
    // "First-year" describes a student; it asks for no first item.
    expect(itemAsked('Explain to a first-year student why the circle is used.')).toBeUndefined();
    // "Last" as a verb asks for a span, not an item.
    expect(itemAsked('How long did each of the six stages last?')).toBeUndefined();
    expect(itemAsked('How long does the contraction last for?')).toBeUndefined();
    expect(itemAsked('what is the 3rd reason?')).toBe(3);
    expect(itemAsked('number 4 of the four experiences?')).toBe(4);
    expect(itemAsked('what is item no. 2?')).toBe(2);
    expect(itemAsked('what does chapter no. 4 say?')).toBeUndefined();
    expect(itemAsked('What did the 19th congress say?')).toBeUndefined();
    expect(itemAsked('What does the first chapter say?')).toBeUndefined();
  });
});

describe('namedThing', () => {
  it('names what is asked for by its place, or else what the question before in brackets lists', () => {
    expect(namedThing('What is the third path?')?.stem).toBe(stem('paths'));
    expect(namedThing("what's the first (What are the six stages of Urumqi community development?)")?.stem).toBe(stem('stages'));
    expect(namedThing('the second one?')).toBeUndefined();
  });
});

describe('firstPlural', () => {
  it('finds the first plural content word, not a number or a small word', () => {
    expect(firstPlural('What are the four basic experiences?')?.word).toBe('experiences');
    expect(firstPlural('What is the mass line?')).toBeUndefined();
  });
});
