import { describe, expect, it } from 'vitest';
import { testCore } from './helpers.ts';

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
    const summary = core.summarize('conclusion');
    expect(summary.section).toBe('overview');
    expect(summary.note).toMatch(/^The text we have has no conclusion of its own; the overview/);
    expect(core.summarize('overview').note).toBeUndefined();
  });

  it('caps the look-up term so a huge paste is cheap', async () => {
    const r = (await testCore('none')).lookup(`party ${'x'.repeat(5000)}`);
    expect(r.term.length).toBeLessThanOrEqual(200);
  });
});
