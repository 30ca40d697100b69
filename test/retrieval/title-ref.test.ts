import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseThesis } from '../../src/ingest/parse.ts';
import { labelTitleRefs, sectionTitled, takeTitleRefs } from '../../src/retrieval/title-ref.ts';
import type { SectionId } from '../../src/types.ts';
import { testCore } from '../helpers.ts';

const { sections } = parseThesis(readFileSync('data/thesis.txt', 'utf8'));

function refs(question: string): { ids: SectionId[]; rest: string } {
  const ids: SectionId[] = [];
  const rest = takeTitleRefs(question, sections, (id) => ids.push(id));
  return { ids, rest: rest.replace(/\s+/gu, ' ').trim() };
}

describe('takeTitleRefs', () => {
  it('reads a chapter named by words of its title', () => {
    expect(refs('what links the party and the masses in the last kilometer chapter?')).toEqual({ ids: ['chapter-5'], rest: 'what links the party and the masses ?' });
    expect(refs('what does the "consultation" chapter say about platforms').ids).toEqual(['chapter-3']);
    expect(refs("what is the history chapter's main point").ids).toEqual(['chapter-2']);
    expect(refs('what does the last-kilometre chapter say about party members?').ids).toEqual(['chapter-5']);
  });

  it('labels a neighbour named by two words or more of its title, not a place', () => {
    expect(labelTitleRefs('Which chapter comes before the last kilometer chapter?', sections)).toBe('Which chapter comes before Chapter 5?');
    expect(labelTitleRefs('Which chapter comes before the last chapter?', sections)).toBe('Which chapter comes before the last chapter?');
  });

  it('names none when the words open several chapters, none, or only point at one', () => {
    expect(refs('what is the party chapter about').ids).toEqual([]);
    expect(refs('what does the blockchain chapter say').ids).toEqual([]);
    expect(refs('the last part of this chapter').ids).toEqual([]);
    expect(refs('what does the next chapter say').ids).toEqual([]);
  });

  it('reads a chapter heading before openings that use the same word', () => {
    const headed = parseThesis(readFileSync('test/fixtures/full-text-thesis.txt', 'utf8')).sections;
    expect(sectionTitled('towns', headed)).toBe('chapter-2');
    expect(sectionTitled('interviews', headed)).toBe('chapter-3');
    expect(sectionTitled('tidal energy', headed)).toBeUndefined();
  });

  it('answers from the chapter so named', async () => {
    const core = await testCore('none');
    const a = await core.ask('what links the party and the masses in the last kilometer chapter?');
    expect(a.abstained).toBe(false);
    expect(a.citations.map((c) => c.section)).toEqual(expect.arrayContaining(['chapter-5']));
    expect(a.citations[0]?.section).toBe('chapter-5');
  });
});
