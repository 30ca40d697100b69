import { describe, expect, it } from 'vitest';
import { askedInPartOfItem, askedOfAskedItem, askedOfItem, askedOfLead, askedOfPlace, askedOfQuote, itemAskedMore } from '../../src/answer/quote-source.ts';
import type { Section } from '../../src/types.ts';
import { converse, testCore } from '../helpers.ts';

const text = 'It runs through consultation; it runs through the last kilometer.';
const overview: Section = { id: 'overview', label: 'Overview', title: 'o', sentences: [{ text, start: 10, end: 10 + text.length }] };
const line = 'The mass line runs through governance.';
const one: Section = { id: 'chapter-1', label: 'Chapter 1', title: 'c', sentences: [{ text: line, start: 100, end: 100 + line.length }] };

describe('askedOfQuote', () => {
  const item = { start: 40, end: 10 + text.length };
  it('asks "which chapter covers that?" of the words of the overview quote just given', () => {
    const before = { question: 'explain the third path', cited: [10], section: 'overview' as const, lead: item };
    expect(askedOfQuote('which chapter covers that?', before, [overview])).toBe('Which chapter covers this: it runs through the last kilometer.');
    expect(askedOfQuote('where is that discussed in more detail', before, [overview])).toMatch(/^Which chapter covers this: /);
  });

  it('leaves a topic a chapter names itself to the usual search', () => {
    expect(askedOfQuote('which chapter covers it?', { question: 'what is the mass line?', cited: [10], section: 'overview', lead: item }, [overview, one])).toBeUndefined();
    expect(askedOfQuote('which chapter covers it?', { question: 'explain the third path', cited: [10], section: 'overview', lead: item }, [overview, one])).toMatch(/^Which chapter/);
  });

  it('leaves other messages, and quotes from a chapter, alone', () => {
    expect(askedOfQuote('what else?', { question: 'explain the third path', cited: [10], section: 'overview', lead: item }, [overview])).toBeUndefined();
    expect(askedOfQuote('which chapter covers that?', { question: 'explain the third path', cited: [10], section: 'chapter-5', lead: item }, [overview])).toBeUndefined();
    expect(askedOfQuote('which chapter covers that?', undefined, [overview])).toBeUndefined();
  });

  it('finds the chapter that treats the third path at length', async () => {
    const answers = await converse(await testCore('none'), ['What are the four paths?', 'explain the third path', 'which chapter covers that?']);
    expect(answers[1]?.citations[0]?.section).toBe('overview');
    expect(answers[2]?.answer).toMatch(/^Chapter 5, /);
    expect(answers[2]?.citations[0]?.section).toBe('chapter-5');
  });
});

describe('askedOfItem', () => {
  const first = { start: 10, end: 40 };
  const second = { start: 40, end: 10 + text.length };
  const before = { question: 'What activities does it describe?', cited: [10, 40], quotes: [first, second] };

  it('asks "tell me more about the second one" of the second passage just quoted, in its words', () => {
    expect(askedOfItem('tell me more about the second one', before, [overview])).toBe('More about this: it runs through the last kilometer.');
    expect(askedOfItem('more on the first', before, [overview])).toBe('More about this: It runs through consultation; ');
    // "In more detail", "elaborate on", "details on" ask the same.
    for (const typed of ['the second one in more detail', 'elaborate on the second one', 'details on the second please', 'can you expand on the second?']) {
      expect(askedOfItem(typed, before, [overview])).toBe('More about this: it runs through the last kilometer.');
    }
  });

  it('reads back the item a "more about" question asks of, and nothing from any other question', () => {
    const asked = askedOfItem('tell me more about the second one', before, [overview]) ?? '';
    expect(itemAskedMore(asked)).toBe('it runs through the last kilometer.');
    expect(itemAskedMore('what is the last kilometer?')).toBeUndefined();
  });

  it('asks "tell me more" after one item asked for by its place of that item', () => {
    const item = { question: 'the second one (what activities does it describe?)', cited: [40], quotes: [second] };
    expect(askedOfItem('explain it more', item, [overview])).toBe('More about this: it runs through the last kilometer.');
    expect(askedOfItem('explain it', item, [overview])).toBe('More about this: it runs through the last kilometer.');
    expect(askedOfItem('what does that mean?', item, [overview])).toBe('More about this: it runs through the last kilometer.');
    expect(askedOfItem('tell me more', { ...item, question: 'what does it describe?' }, [overview])).toBeUndefined();
  });

  it('leaves other messages, and answers of one quote (whose items the list reading finds), alone', () => {
    expect(askedOfItem('what about the second one?', before, [overview])).toBeUndefined();
    expect(askedOfItem('tell me more about the second one', { ...before, quotes: [first] }, [overview])).toBeUndefined();
    expect(askedOfItem('tell me more about the third one', before, [overview])).toBeUndefined();
  });

  it('says more about the second of the activities chapter 4 describes', async () => {
    const [activities, more] = await converse(await testCore('none'), ['What activities does chapter 4 describe?', 'tell me more about the second one']);
    expect(activities?.citations.map((c) => c.quote).join(' ')).toMatch(/visiting the people/);
    expect(more?.abstained).toBe(false);
    expect(more?.citations[0]?.quote).toMatch(/^Millions of Party members/);
  });
});

describe('askedOfAskedItem', () => {
  const second = { start: 40, end: 10 + text.length };
  const turn = { question: 'What activities does it describe?', cited: [10, 40], item: second };

  it('asks "who does that?", "when?" and "why?" after "more about the second one" of that item', () => {
    expect(askedOfAskedItem('who does that?', turn, [overview])).toBe('who does that (it runs through the last kilometer.)');
    expect(askedOfAskedItem('when?', turn, [overview])).toBe('when (it runs through the last kilometer.)');
    expect(askedOfAskedItem('why?', turn, [overview])).toBe('why (it runs through the last kilometer.)');
    expect(askedOfAskedItem('quote it', turn, [overview])).toBe('quote it (it runs through the last kilometer.)');
    expect(askedOfAskedItem('give me the exact quote', turn, [overview])).toBe('give me the exact quote (it runs through the last kilometer.)');
  });

  it('leaves questions of their own, and turns that asked of no item, alone', () => {
    expect(askedOfAskedItem('who leads the party?', turn, [overview])).toBeUndefined();
    expect(askedOfAskedItem('who does that?', { ...turn, item: undefined }, [overview])).toBeUndefined();
  });

  it('asks "who does that?" after "tell me more about the third" path of the third path, not of the list', async () => {
    const answers = await converse(await testCore('none'), ['What are the four paths?', 'tell me more about the third', 'who does that?']);
    expect(answers[2]?.citations[0]?.quote).toMatch(/through improving the construction quality of the Party branch/);
    expect(answers[2]?.citations).toHaveLength(1);
  });
});

describe('askedOfLead', () => {
  const four: Section = { id: 'chapter-4', label: 'Chapter 4', title: 'c', sentences: [{ text: line, start: 100, end: 100 + line.length }] };
  const turn = { question: 'what runs through governance?', cited: [100], lead: { start: 100, end: 100 + line.length } };

  it('asks "according to which chapter?" and "source?" of the lead quote, in its words', () => {
    expect(askedOfLead('according to which chapter?', turn, [overview, four])).toBe(`Which chapter is this from: ${line}`);
    expect(askedOfLead('source?', turn, [overview, four])).toBe(`Which chapter is this from: ${line}`);
    expect(askedOfLead('where is that?', turn, [overview, four])).toBe(`Which chapter is this from: ${line}`);
    expect(askedOfLead('where is that discussed?', turn, [overview, four])).toBe(`Which chapter is this from: ${line}`);
    // "In which chapters?" asks every place the topic is, not the quote's one.
    expect(askedOfLead('in which chapters?', turn, [overview, four])).toBeUndefined();
    // A page asked for keeps its page, so the answer can say the text has none.
    expect(askedOfLead('what page?', turn, [overview, four])).toBe(`Which page is this on: ${line}`);
  });

  it('leaves a question with a topic of its own, and a lead from the overview, alone', () => {
    expect(askedOfLead('which chapter is about consultation?', turn, [overview, four])).toBeUndefined();
    expect(askedOfLead('which chapter?', { ...turn, lead: { start: 10, end: 20 } }, [overview, four])).toBeUndefined();
  });

  it('names the chapter the last answer led with, keeping the question before for what follows', async () => {
    const answers = await converse(await testCore('none'), ["what's the relationship between the party and the masses?", 'how can it be improved?', 'according to which chapter?', 'and what does chapter 6 say about it?']);
    const led = answers[1]?.citations[0]?.section;
    expect(answers[2]?.answer).toMatch(new RegExp(`^Chapter ${led?.slice('chapter-'.length)}, `));
    expect(answers[3]?.question).not.toMatch(/Which chapter is this from/);
  });
});

describe('askedOfPlace', () => {
  const first = { start: 10, end: 40 };
  const second = { start: 40, end: 10 + text.length };
  const before = { question: 'What are the two paths?', cited: [10, 40], section: 'overview' as const, quotes: [second, first] };

  it('asks "which chapter covers the second?" in the words of the second thing quoted from the overview', () => {
    expect(askedOfPlace('which chapter covers the second?', before, [overview])).toBe('Which chapter covers this: it runs through the last kilometer.');
    expect(askedOfPlace('and what part discusses the first one', before, [overview])).toBe('Which chapter covers this: It runs through consultation; ');
  });

  it('leaves a place past the quotes, quotes from a chapter and other messages alone', () => {
    expect(askedOfPlace('which chapter covers the third?', before, [overview])).toBeUndefined();
    expect(askedOfPlace('which chapter covers the second?', { ...before, section: 'chapter-1' }, [overview])).toBeUndefined();
    expect(askedOfPlace('what is the second?', before, [overview])).toBeUndefined();
  });

  it('finds the chapter of the third path', async () => {
    const [, where] = await converse(await testCore('none'), ['What are the four paths?', 'which chapter covers the third?']);
    expect(where?.answer).toMatch(/^Chapter 5, /);
  });
});

describe('askedInPartOfItem', () => {
  const second = { start: 40, end: 10 + text.length };
  const before = { question: 'which is the second (what are the two paths?)', cited: [10, 40], section: 'overview' as const, lead: second };

  it('asks what a named part says of the one item just picked, in its words', () => {
    expect(askedInPartOfItem('is that also in chapter 4?', before, [overview])).toBe('What does chapter 4 say of this: it runs through the last kilometer.');
    expect(askedInPartOfItem('is it in the introduction too?', before, [overview])).toBe('What does the introduction say of this: it runs through the last kilometer.');
  });

  it('leaves a follow-up of a question that picked no item, or any other message, alone', () => {
    expect(askedInPartOfItem('is that also in chapter 4?', { ...before, question: 'what does the thesis say about clues?' }, [overview])).toBeUndefined();
    expect(askedInPartOfItem('what does chapter 4 say?', before, [overview])).toBeUndefined();
  });

  it('finds the second path in chapter 4, not a count of the list it was picked from', async () => {
    // Keywords alone find too few of the item's words in chapter 4's "hundreds of clues" to answer.
    const [, , there] = await converse(await testCore('use-lite'), ['What are the four paths?', 'which is the second?', 'is that also in chapter 4?']);
    expect(there?.citations[0]?.section).toBe('chapter-4');
    expect(there?.answer).toMatch(/hundreds of clues/);
  });
});
