import { describe, expect, it } from 'vitest';
import { testCore } from '../helpers.ts';

describe('lookup', () => {
  it('finds every inflection, grouped by section in document order, with marked snippets', async () => {
    const r = (await testCore('none')).lookup('consultation');
    expect(r.matches.map((m) => m.section)).toEqual(['overview', 'chapter-2', 'chapter-3', 'chapter-6']);
    expect(r.total).toBe(r.matches.reduce((n, m) => n + m.count, 0));
    const all = r.matches.flatMap((m) => m.snippets).join('\n');
    expect(all).toMatch(/\*\*consultation\*\*/);
    expect(all).toMatch(/\*\*Consultative\*\*/);
    expect(all).toMatch(/\*\*consultative\*\*/);
  });

  it('finds an adverb for its adjective', async () => {
    const r = (await testCore('none')).lookup('strict');
    expect(r.matches.map((m) => m.section)).toEqual(['chapter-2']);
    expect(r.matches[0]?.snippets.join(' ')).toMatch(/\*\*strictly\*\* govern/);
  });

  it('finds a compound however it is written: joined, hyphenated or spaced', async () => {
    const core = await testCore('none');
    const joined = core.lookup('grassroots');
    expect(joined.total).toBe(4);
    expect(joined.matches.flatMap((m) => m.snippets).join(' ')).toMatch(/\*\*grass-roots\*\* level/);
    expect(core.lookup('grass-roots').total).toBe(4);
    expect(core.lookup('grass roots').total).toBe(4);
  });

  it('does not take a negated word for its base', async () => {
    const core = await testCore('none');
    expect(core.lookup('unconditional').total).toBe(1);
    expect(core.lookup('conditional').total).toBe(0);
  });

  it('finds a word\'s own forms, not the synonyms search joins to it', async () => {
    const core = await testCore('none');
    expect(core.lookup('easy').total).toBe(0);
    expect(core.lookup('authorities').total).toBe(0);
    expect(core.lookup('strength').total).toBe(0);
    expect(core.lookup('chose').total).toBe(core.lookup('choose').total);
    expect(core.lookup('choose').total).toBeGreaterThan(0);
  });

  it('is case-insensitive and matches phrases', async () => {
    const core = await testCore('none');
    expect(core.lookup('LAST KILOMETER').total).toBe(core.lookup('last kilometer').total);
    expect(core.lookup('last kilometer').matches.map((m) => m.section)).toEqual(['overview', 'chapter-5']);
  });

  it('keeps snippets short, with ellipses where text was cut', async () => {
    const r = (await testCore('none')).lookup('mass line');
    for (const s of r.matches.flatMap((m) => m.snippets)) expect(s.length).toBeLessThan(160);
  });

  it('says when nothing matches and suggests close terms', async () => {
    const r = (await testCore('none')).lookup('consultaton');
    expect(r).toMatchObject({ total: 0, matches: [] });
    expect(r.suggestions).toContain('consultation');
  });

  it('suggests a misspelt phrase respelt, in the thesis’s own spelling, only if it occurs', async () => {
    const core = await testCore('none');
    expect(core.lookup('mass lne').suggestions).toEqual(['mass line']);
    expect(core.lookup('communty governence').suggestions[0]).toBe('community governance');
    expect(core.lookup('concentric circel').suggestions).toContain('concentric circle');
  });

  it('suggests a phrase whose words the thesis spreads out or turns round, as it writes them', async () => {
    const core = await testCore('none');
    expect(core.lookup('19th congress').suggestions).toEqual(['19 th National Congress']);
    expect(core.lookup('party congress').suggestions).toEqual(['Congress of the Communist Party']);
    expect(core.lookup('circle contraction').suggestions).toContain('contraction of the concentric circle');
    expect(core.lookup('xi speech').suggestions).toEqual([]);
  });

  it('rejects a term without words', async () => {
    const core = await testCore('none');
    expect(() => core.lookup('!!!')).toThrow(/word or phrase/);
  });
});
