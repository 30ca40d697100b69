import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { summarizeSection } from '../../src/answer/summarize.ts';
import { parseThesis } from '../../src/ingest/parse.ts';
import { wordCount } from '../../src/ingest/words.ts';
import { Retriever } from '../../src/retrieval/search.ts';
import { testCore } from '../helpers.ts';

describe('summarize', () => {
  it.each(['1', '3', '4', '5', '6', 'overview'])('summarises section %s in 60-150 words from that section only, in order', async (arg) => {
    const s = await (await testCore('none')).summarize(arg);
    const words = wordCount(s.summary);
    expect(words).toBeGreaterThanOrEqual(60);
    expect(words).toBeLessThanOrEqual(155);
    expect(s.citations.every((c) => c.section === s.section)).toBe(true);
    const starts = s.citations.map((c) => c.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('opens with the sentence that says what the chapter does', async () => {
    const s = await (await testCore('none')).summarize('chapter four');
    expect(s).toMatchObject({ section: 'chapter-4', label: 'Chapter 4' });
    expect(s.summary).toMatch(/^In chapter four, the party links with the masses/);
    expect(s.summary).toMatch(/\[Ch\. 4\]$/);
  });

  it('summarises what a headed chapter says, not its heading line', async () => {
    const text = readFileSync('test/fixtures/numbered-headings-thesis.txt', 'utf8');
    const { sections } = parseThesis(text);
    const two = sections.find((s) => s.id === 'chapter-2');
    const s = summarizeSection(two!, new Retriever(sections));
    expect(s.summary).toMatch(/^The three councils met twice a year/);
    expect(s.citations.map((c) => c.quote)).not.toContain('2 Shared Waters');
  });

  it('gives as many sentences as asked, the opening and the most central, in order', async () => {
    const { sections } = parseThesis(readFileSync('data/thesis.txt', 'utf8'));
    const one = sections.find((s) => s.id === 'chapter-1');
    const s = summarizeSection(one!, new Retriever(sections), 3);
    expect(s.citations).toHaveLength(3);
    expect(s.citations[0]?.quote).toMatch(/^The first chapter defines the concept/u);
    const starts = s.citations.map((c) => c.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('gives a short section whole', async () => {
    const s = await (await testCore('none')).summarize('intro');
    expect(s.citations).toHaveLength(1);
  });

  it('finds a section named by its topic, as a command types it, and only one the thesis has', async () => {
    const core = await testCore('none');
    expect((await core.summarize('chapter on the corps')).section).toBe('chapter-4');
    expect((await core.summarize('the consultation chapter')).section).toBe('chapter-3');
    await expect(core.summarize('the chapter on religion')).rejects.toThrow(/There is no section "the chapter on religion"/);
  });

  it('lists the valid sections for an unknown one', async () => {
    const core = await testCore('none');
    await expect(core.summarize('chapter 9')).rejects.toThrow(/There is no section "chapter 9"\. Choose one of: overview \(Overview\), introduction \(Introduction\), chapter-1 \(Chapter 1\)/);
  });
});
