import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SYNONYMS, wordMap } from '../../src/retrieval/synonyms.ts';
import { testCore } from '../helpers.ts';

describe('wordMap', () => {
  it('maps every form listed to its base', () => {
    const map = wordMap('choose:pick,picks stage:phase');
    expect([...map]).toEqual([['pick', 'choose'], ['picks', 'choose'], ['phase', 'stage']]);
  });
});

describe('SYNONYMS', () => {
  it('merges no two words of the thesis except those it uses as one ("greatest"/"largest" common denominator, "links"/"contact" with the masses, the "last mile"/"last kilometer", the "historical" review of chapter 2 and its "history")', () => {
    const words = new Set(readFileSync('data/thesis.txt', 'utf8').toLowerCase().match(/\p{L}+/gu));
    const merged = [...SYNONYMS].filter(([form, base]) => form !== base && words.has(form)).map(([form]) => form);
    expect(merged.sort()).toEqual(['contact', 'greatest', 'historical', 'links', 'mile']);
  });

  it('lets "what are the stages?" find chapter 2\'s six stages, not the "new era" of chapter 1', async () => {
    const core = await testCore('none');
    const answer = await core.ask('what are the stages?');
    expect(answer.citations[0]?.section).toBe('chapter-2');
    expect(answer.answer).toMatch(/^The thesis mentions six stages but does not list them\./);
  });

  it('reads a scholar\'s word as the thesis\'s: "transferable" as applicable, "paramilitary" as the corps', async () => {
    const core = await testCore('none');
    expect((await core.ask('Is the framework transferable to other settings?')).answer).toMatch(/^In the analysis and demonstration, it is confirmed that the theoretical framework .* is applicable/u);
    expect((await core.ask('What integration between paramilitary and civilian administration is described?')).citations[0]?.quote).toMatch(/^Through the integration and development of the corps/u);
    expect((await core.ask('How does the model balance institutional stability and adaptive flexibility?')).citations.some((c) => /dialectically unified/u.test(c.quote))).toBe(true);
    expect((await core.ask('What field has the concentric circle been used in?')).citations[0]?.quote).toMatch(/^As a mathematical concept,concentric circle has been gradually applied/u);
    // "Nationalities" are the thesis's ethnic groups; party "cells" sharpened are its branches improved.
    expect((await core.ask('How do neighbourhood party bodies pin down what all nationalities have in common?')).citations[0]?.quote).toMatch(/common denominator/u);
    expect((await core.ask('What sharpening of local party cells is described in the fifth chapter?')).citations[0]?.section).toBe('chapter-5');
    // A "final kilometre" quoted is the thesis's "last kilometer"; the "provincial capital" is Urumqi.
    expect((await core.ask("What is the 'final kilometre'?")).abstained).toBe(false);
    expect((await core.ask("What is the provincial capital's role in the study?")).answer).toMatch(/capital city of Xinjiang Province/u);
    // The "countryside" cadres went to is chapter 4's villages.
    expect((await core.ask('Did cadres go to the countryside?')).citations[0]?.section).toBe('chapter-4');
    // Groups "restructured" are chapter 5's "optimizing the structure of Party branches and groups".
    expect((await core.ask('How are party groups restructured?')).citations[0]?.quote).toMatch(/optimizing the structure of Party branches and groups/u);
    // A scholar's "architecture rationalised" is the structure optimized.
    expect((await core.ask("How is the branches' organisational architecture rationalised?")).citations[0]?.section).toBe('chapter-5');
    // "Impediments" and "obstacles" to development are the factors restricting it; those faced by people it never names are not.
    expect((await core.ask('Which structural impediments to community development are identified?')).citations[0]?.section).toBe('chapter-2');
    expect((await core.ask('What obstacles did the branch secretaries face?')).abstained).toBe(true);
    // What the model is "contrasted with" is what it is "different from".
    expect((await core.ask('Which two relationships is the model contrasted with?')).citations[0]?.quote).toMatch(/not only different from the "monarch state people" relationship/u);
    expect((await core.ask('What distinguishes the concentric circle from other models?')).citations[0]?.quote).toMatch(/not only different from the "monarch state people" relationship/u);
    // Who would read a part is the part's subject.
    expect((await core.ask('Which chapter should a historian read?')).citations[0]?.section).toBe('chapter-2');
    expect((await core.ask('How does chapter 2 review the past?')).citations[0]?.section).toBe('chapter-2');
    // "Personnel" practices for branch leaders are the secretaries' selecting.
    expect((await core.ask('What personnel practices concern branch leadership?')).citations[0]?.section).toBe('chapter-5');
    // A weak branch fixed is one improved; a circle "fixed" is still a static one.
    expect((await core.ask('what does chapter 5 propose to fix weak party branches?')).citations[0]?.section).toBe('chapter-5');
    expect((await core.ask('is the circle fixed?')).citations[0]?.quote).toMatch(/is not static/u);
    expect((await core.ask('In which chapter is the mass line tied to governance most directly?')).citations[0]?.section).toBe('chapter-1');
    // What is "essential" to governance is what the thesis calls "important" to it.
    expect((await core.ask('Other than the party, who is said to be essential to community governance?')).citations[0]?.quote).toMatch(/most important two elements/u);
    // A circle that stretches expands; a healthy relationship with the public is a harmonious one with the masses.
    expect((await core.ask('What lets the model stretch and shrink?')).citations[0]?.section).toBe('chapter-6');
    expect((await core.ask('What keeps the relationship between officials and the public healthy?')).abstained).toBe(false);
    expect((await core.ask("Why is the party's distance from ordinary people worrying?")).citations[0]?.quote).toMatch(/danger of the party's separation from the masses/u);
    // A scholar's "multipartism" is the West's pluralism; "enhancing capacity" improves ability.
    expect((await core.ask('How is the circle framework differentiated from liberal-democratic multipartism?')).citations[0]?.section).toBe('chapter-1');
    expect((await core.ask("What organisational levers does the study identify for enhancing the branch's quality?")).citations[0]?.quote).toMatch(/improving the construction quality of (?:the Party branch|community party organizations)/u);
    // A concept borrowed from mathematics is one the thesis says was applied beyond it.
    expect((await core.ask('What mathematical idea is borrowed?')).citations[0]?.quote).toMatch(/^As a mathematical concept/u);
    // A "backstory" is the history chapter 2 tells; Xinjiang's "security" its stability; a
    // stricter party one strictly governed; "serving" the community its service.
    expect((await core.ask('What security results were achieved?')).citations[0]?.quote).toMatch(/stability problem in Xinjiang/u);
    expect((await core.ask('How does the party make itself stricter, per the history chapter?')).citations[0]?.section).toBe('chapter-2');
    expect((await core.ask('Does serving the community come before governing it?')).citations[0]?.quote).toMatch(/community service is the beginning/u);
    // Trouble spots are the problems the widened circle targets.
    expect((await core.ask('How does widening the circle help with trouble spots?')).citations[0]?.section).toBe('chapter-6');
    // A circle that bends is a flexible one.
    expect((await core.ask('What makes the circle both steady and bendable?')).citations[0]?.section).toBe('chapter-6');
    expect((await core.ask("What's the backstory of local governance in the city?")).citations[0]?.section).toBe('chapter-2');
  });

  it('reads several "angles" as the study\'s dimensions and one "angle" as chapter 6\'s perspective', async () => {
    const core = await testCore('none');
    expect((await core.ask('What angles does the study use to examine Urumqi?')).citations[0]?.quote).toMatch(/^Through the dimensions of history and reality/u);
    expect((await core.ask('From what angle does the last chapter look at Urumqi?')).citations[0]?.quote).toMatch(/^From the perspective of social governance in Xinjiang/u);
  });
});
