import { describe, expect, it } from 'vitest';
import { readWith } from '../../src/answer/idioms.ts';
import { ASKING_IDIOMS } from '../../src/answer/asking-idioms.ts';
import { itReadsEach } from '../helpers.ts';

const plain = (question: string) => readWith(ASKING_IDIOMS, question);

describe('ASKING_IDIOMS', () => {
  itReadsEach(ASKING_IDIOMS, [
    ['What does the thesis mean when it says the circle is consolidated?', 'the circle is consolidated?'],
    ["does the intro say what's new?", 'does the intro say what the innovations are?'],
    ['When the thesis says the circle "contracts", what does it mean?', 'what does the circle "contracts" mean?'],
    ['When the thesis says "last kilometer", what is it talking about?', 'what does "last kilometer" mean?'],
    ["What's new in this thesis?", 'what are the innovations of the thesis?'],
    ['copy the sentence about millions of party members', 'quote the sentence about millions of party members'],
    ["copy and paste the introduction's description", "quote the introduction's description"],
    ['Is the corps part of the story in chapter 4?', 'Is the corps discussed in chapter 4?'],
    ['which chapter goes into the most detail on consultation?', 'which chapter discuss consultation?'],
    ['does the introduction flag any difficulties?', 'does the introduction mention any difficulties?'],
    ['does chapter 2 flag up the factors?', 'does chapter 2 mention the factors?'],
    ['What good does pulling the circle in do?', 'what does pulling the circle in do?'],
    ['what good is consultation?', 'what is the use of consultation?'],
  ]);

  it('leaves the words alone where they ask their own', () => {
    for (const q of ['What is new in the new era?', 'what is new about consultation?', 'how do they copy the model?', 'which part of the thesis tells the story of Urumqi?', 'what details does chapter 4 give?', 'does the thesis mention the national flag?', 'what good job does the party do?']) expect(plain(q)).toBe(q);
  });
});
