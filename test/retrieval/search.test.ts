import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseThesis } from '../../src/ingest/parse.ts';
import { Retriever } from '../../src/retrieval/search.ts';
import { contentStems } from '../../src/retrieval/terms.ts';
import { testCore } from '../helpers.ts';

async function retriever(embeddings: 'use-lite' | 'none') {
  const core = await testCore(embeddings);
  return new Retriever(core.thesis.parsed.sections, core.thesis);
}

describe('Retriever', () => {
  it('ranks the sentence that holds the answer first, by keywords', async () => {
    const r = await retriever('none');
    const [top] = await r.search('What are the three fine styles of the party?');
    expect(top?.passage.section.id).toBe('chapter-1');
    expect(top?.passage.text).toMatch(/three fine styles/);
  });

  it('ranks by the topic words given, not by the words that frame the question', async () => {
    const r = await retriever('none');
    const [top] = await r.search('What part does the party play in consultation?', { topic: contentStems('party consultation') });
    expect(top?.passage.text).toMatch(/consultation/);
  });

  it('finds a compound however it is written, the joined form as well as the hyphenated', async () => {
    const r = await retriever('none');
    const [top] = await r.search('the grass-roots politics of China');
    expect(top?.passage.text).toMatch(/China's grassroots politics/);
  });

  it('searches only inside the sections asked for', async () => {
    const r = await retriever('none');
    const hits = await r.search('common denominator', { sections: ['overview'] });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.passage.section.id === 'overview')).toBe(true);
  });

  it('lets vectors find a paraphrase that shares few words, in hybrid mode', async () => {
    const r = await retriever('use-lite');
    const [top] = await r.search('Which city is the capital of Xinjiang?', { mode: 'hybrid' });
    expect(top?.passage.text).toMatch(/capital city of Xinjiang/);
    expect(top?.similarity).toBeGreaterThan(0.3);
  });

  it('measures how much of the question a passage covers, rare words weighing most', async () => {
    const r = await retriever('none');
    const stems = contentStems('three fine styles of the party');
    const [top] = await r.search('three fine styles of the party');
    expect(top?.coverage).toBe(1);
    expect(r.coverage(contentStems('quantum computers'), top?.passage.stems ?? new Set())).toBe(0);
    expect(r.unseenShare(contentStems('capital of France'))).toBe(0.5);
    expect(r.unseenShare(stems)).toBe(0);
    // One sentence names "the three fine styles"; none names "styles" with "corps".
    expect(r.namesWhole(stems)).toBe(true);
    expect(r.namesWhole(contentStems('styles of the corps'))).toBe(false);
  });

  it("counts a heading's words for every sentence under it, and as words the thesis uses", async () => {
    const water = parseThesis(readFileSync('test/fixtures/water-thesis.txt', 'utf8')).sections;
    const r = new Retriever(water);
    expect(r.unseenShare(contentStems('cooperation'))).toBe(0);
    const hits = await r.search('cooperation');
    const chapter = hits.filter((h) => h.passage.section.id === 'chapter-4');
    expect(chapter.length).toBeGreaterThan(1);
    expect(chapter.every((h) => h.coverage > 0.5)).toBe(true);
    // The heading itself is no answer.
    expect(hits.some((h) => /^Chapter 4/u.test(h.passage.text))).toBe(false);
  });
});
