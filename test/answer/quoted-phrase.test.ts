import { describe, expect, it } from 'vitest';
import { quotedFirst } from '../../src/answer/quoted-phrase.ts';
import type { Hit } from '../../src/retrieval/search.ts';
import type { Section } from '../../src/types.ts';
import { testCore } from '../helpers.ts';

const section: Section = { id: 'chapter-2', label: 'Chapter 2', title: 't', sentences: [] };
const hit = (text: string, score: number): Hit => ({ passage: { index: 0, section, text, start: 0, end: text.length, stems: new Set(), contextStems: new Set() }, score, coverage: 1, similarity: 0.5 });
const masses = hit('The masses are the strongest force.', 0.9);
const written = hit('Come from the masses,go to the masses,gather their power.', 0.4);

describe('quotedFirst', () => {
  it('puts first the hits that write a quoted phrase word for word, whatever the punctuation around it', () => {
    expect(quotedFirst("Explain the 'go to the masses' experience.", [masses, written])).toEqual([written, masses]);
    // Each part between commas is held word for word, with words between the parts.
    expect(quotedFirst("What does 'from the masses, to the masses' mean?", [masses, written])).toEqual([written, masses]);
    expect(quotedFirst('what does “Go To The Masses” mean', [masses, written])[0]).toBe(written);
    // Inflected as the sentence has it, when no sentence has it as typed: "run through" in "runs through".
    const runs = hit('It runs through the last kilometer.', 0.3);
    expect(quotedFirst("How does the party 'run through' it?", [masses, runs])[0]).toBe(runs);
    const typed = hit('The mass line should be run through the whole process.', 0.2);
    expect(quotedFirst("How does the party 'run through' it?", [masses, runs, typed])[0]).toBe(typed);
  });

  it('leaves the order alone for one quoted word, no quotes, or a phrase no hit writes', () => {
    expect(quotedFirst("what is 'masses'?", [masses, written])).toEqual([masses, written]);
    expect(quotedFirst('explain go to the masses', [masses, written])).toEqual([masses, written]);
    expect(quotedFirst("what is 'the grid system'?", [masses, written])).toEqual([masses, written]);
  });

  it('answers from the sentence that writes the phrase', async () => {
    const a = await (await testCore('none')).ask("Explain the 'go to the masses' experience.");
    expect(a.citations[0]?.quote).toMatch(/come from the masses,go to the masses/u);
  });
});
