import { describe, expect, it } from 'vitest';
import { termToCount } from '../../src/answer/term-count.ts';
import { testCore } from '../helpers.ts';

describe('termToCount', () => {
  it.each([
    ['lookup consultation', 'consultation'],
    ['Look up "the mass line"', 'mass line'],
    ["look up the party's mass line", "party's mass line"],
    ['search for the last mile', 'last mile'],
    ['search: last kilometer', 'last kilometer'],
    ['lookup: unity', 'unity'],
    ['How many times does the word unity appear?', 'unity'],
    ["How often is 'concentric circle' mentioned?", 'concentric circle'],
    ['How many times does chapter 3 mention consultation?', 'consultation'],
    ["find 'consultation'", 'consultation'],
    ['show me every mention of Urumqi', 'Urumqi'],
    ['occurrences of stability', 'stability'],
    ['where does the word consultation appear?', 'consultation'],
    ['How many chapters mention consultation?', 'consultation'],
    ["Does the thesis use the word 'pick'?", 'pick'],
    ["Is the term 'mass line' used?", 'mass line'],
    ['count the word party', 'party'],
    ["count 'consultation'", 'consultation'],
  ])('finds the term in %s', (q, term) => {
    expect(termToCount(q)).toBe(term);
  });

  it('leaves questions about a topic alone', () => {
    expect(termToCount('How often do party members enter communities?')).toBeUndefined();
    expect(termToCount('What is the greatest common divisor?')).toBeUndefined();
    expect(termToCount("Where does the word 'Xinjiang' first appear?")).toBeUndefined();
    expect(termToCount('count the four dangers')).toBeUndefined();
    expect(termToCount('Does the thesis mention the corps?')).toBeUndefined();
    expect(termToCount('find the largest common denominator')).toBeUndefined();
    // The record's "search tags" are its keywords, not a search.
    expect(termToCount('Search tags for this thesis?')).toBeUndefined();
    expect(termToCount('Where does the party find common ground?')).toBeUndefined();
    // A look-up borrowed in brackets by a follow-up is not the follow-up's own term.
    expect(termToCount('what does it say there (how many times does the thesis mention consultation)')).toBeUndefined();
  });
});

describe('counting a term from a question', () => {
  it('counts by section, most first, and quotes where it occurs most', async () => {
    const core = await testCore('none');
    const a = await core.ask('How many times does the word consultation appear?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/^“consultation” occurs 9 times: 6 times in Chapter 3 \[Ch\. 3\], once in Overview \[Overview\], .* Where it occurs most: In the third chapter.*\[Ch\. 3\]$/);
    expect(a.citations.map((c) => c.section)).toEqual(['chapter-3', 'overview', 'chapter-2', 'chapter-6']);
    expect(a.citations.every((c) => /consult/iu.test(c.quote))).toBe(true);
  });

  it('quotes the first use when sections tie for the most', async () => {
    const a = await (await testCore('none')).ask('where does the word harmonious appear?');
    expect(a.answer).toMatch(/^“harmonious” occurs twice: once in Chapter 4 \[Ch\. 4\], once in Chapter 6 \[Ch\. 6\]\. First use: Millions of Party members/u);
  });

  it('answers "where is X mentioned?" with every place the words stand, and leaves a paraphrase to search', async () => {
    const core = await testCore('none');
    // The overview mentions the mass line too: the places, not the one chapter that discusses it.
    const line = await core.ask('where is the mass line mentioned?');
    expect(line.answer).toMatch(/^“mass line” occurs 4 times: twice in Overview \[Overview\], twice in Chapter 1 \[Ch\. 1\]\./u);
    expect(line.citations.map((c) => c.section)).toEqual(['overview', 'chapter-1']);
    expect((await core.ask("Where does the thesis mention 'fighting fortress'?")).answer).toMatch(/^“fighting fortress” occurs once, in Chapter 5/u);
    // "Last" inside the term is no "last mentioned".
    expect((await core.ask("where is the term 'last mile' mentioned?")).answer).toMatch(/^“last mile” occurs once, in Chapter 5/u);
    expect((await core.ask('list the places Xinjiang is mentioned')).answer).toMatch(/^“Xinjiang” occurs \d+ times: /u);
    expect((await core.ask('in which passages is the corps named?')).answer).toMatch(/^“corps” occurs twice, all in Chapter 4/u);
    const paraphrase = await core.ask('where is the idea of shrinking the circle mentioned?');
    expect(paraphrase.answer).not.toMatch(/occurs/u);
    expect(paraphrase.citations[0]?.section).toBe('chapter-6');
    // "First mentioned" asks for one place, the earliest.
    expect((await core.ask('where is Urumqi first mentioned?')).answer).toMatch(/^As the capital city of Xinjiang/u);
  });

  it('counts only in a named chapter, and says when a term never occurs', async () => {
    const core = await testCore('none');
    expect((await core.ask('look up the mass line in chapter 1')).answer).toMatch(/^“mass line” occurs twice, all in Chapter 1 \[Ch\. 1\]\./);
    const none = await core.ask('search for blockchain');
    expect(none).toMatchObject({ abstained: true, citations: [] });
    expect(none.answer).toMatch(/^“blockchain” does not occur in the thesis text we have\./);
    // Not in the chapter named, but elsewhere: where it is, is the answer.
    const elsewhere = await core.ask('how many times does chapter 5 mention consultation?');
    expect(elsewhere.abstained).toBe(false);
    expect(elsewhere.answer).toMatch(/^“consultation” does not occur in Chapter 5\. In the whole text, it occurs 9 times: 6 times in Chapter 3 \[Ch\. 3\]/);
  });
});
