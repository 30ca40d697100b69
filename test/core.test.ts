import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { ThesisCore } from '../src/core.ts';
import { loadThesis } from '../src/thesis.ts';
import { testConfig, testCore } from './helpers.ts';

describe('ThesisCore', () => {
  it('lists the sections with titles for /chapters', async () => {
    const outline = (await testCore('none')).chapters();
    expect(outline.map((s) => s.label)).toEqual(['Overview', 'Introduction', 'Chapter 1', 'Chapter 2', 'Chapter 3', 'Chapter 4', 'Chapter 5', 'Chapter 6']);
    expect(outline.every((s) => s.title.length > 0)).toBe(true);
  });

  it('tells what the index was built with for /about', async () => {
    const about = (await testCore('none')).about();
    expect(about).toMatchObject({ embedder: 'none', sections: 8 });
    expect(about.metadata.author).toBe('Y L Wang');
    expect(Number.isNaN(Date.parse(about.builtAt))).toBe(false);
  });

  it('leaves out sentences already given when asked to', async () => {
    const core = await testCore('none');
    const first = await core.ask('What does chapter 3 say about consultation?');
    const again = await core.ask('What does chapter 3 say about consultation?', { exclude: new Set(first.citations.map((c) => c.start)) });
    expect(again.citations.length).toBeGreaterThan(0);
    for (const c of again.citations) expect(first.citations.map((f) => f.start)).not.toContain(c.start);
  });

  it('says when the overview stands in for a conclusion the text does not have', async () => {
    const core = await testCore('none');
    const summary = await core.summarize('conclusion');
    expect(summary.section).toBe('overview');
    expect(summary.note).toMatch(/^The text we have has no conclusion of its own; the overview/);
    expect((await core.summarize('overview')).note).toBeUndefined();
  });

  it('caps the look-up term so a huge paste is cheap', async () => {
    const r = (await testCore('none')).lookup(`party ${'x'.repeat(5000)}`);
    expect(r.term.length).toBeLessThanOrEqual(200);
  });
});

describe('ThesisCore on another thesis', () => {
  // A made-up dissertation in another field and shape ("Author:" lines, a "Chapter 5
  // Conclusion"): nothing in answering may lean on the Urumqi abstract's wording.
  const core = (async () => new ThesisCore(await loadThesis(testConfig({ corpusPath: path.resolve('test/fixtures/water-thesis.txt') }), { warn: () => {}, onStale: 'rebuild' })))();

  it('answers from its record, its chapters and its figures, citing each', async () => {
    const c = await core;
    expect((await c.ask('who wrote this?')).answer).toBe('The thesis was written by Maria K. Osei. [Metadata]');
    expect((await c.ask('what share of seats do women hold?')).answer).toBe('Women hold fewer than one seat in five. [Ch. 3]');
    expect((await c.ask('how many disputes are resolved without court?')).answer).toMatch(/^About two thirds of disputes\. Councils resolve about two thirds of disputes without going to court\. \[Ch\. 4\]/);
    expect((await c.ask('which chapter deals with conflict?')).answer).toMatch(/^Chapter 4, “Conflict and cooperation”\./);
    expect((await c.ask('what does the thesis conclude?')).citations[0]?.section).toBe('chapter-5');
  });

  it('refuses what it does not cover, and summarises a chapter from that chapter only', async () => {
    const c = await core;
    expect((await c.ask('what is the capital of Ghana?')).abstained).toBe(true);
    expect((await c.ask('what does the thesis say about climate change in Europe?')).abstained).toBe(true);
    const summary = await c.summarize('3');
    expect(summary.citations.every((x) => x.section === 'chapter-3')).toBe(true);
    expect(summary.summary).toMatch(/chiefs often dominate the meetings/);
  });
});
