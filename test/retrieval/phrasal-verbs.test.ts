import { describe, expect, it } from 'vitest';
import { PHRASAL } from '../../src/retrieval/phrasal-verbs.ts';

/** The thesis's word for a verb and the particle after it, as the table gives it. */
const wordFor = (verb: string, particle: string) => PHRASAL.find(([v, p]) => v.test(verb) && p.test(particle))?.[2];

describe('PHRASAL', () => {
  it("gives the thesis's word for a reader's phrasal verb", () => {
    expect(wordFor('brought', 'together')).toBe('gather');
    expect(wordFor('holds', 'together')).toBe('unite');
    expect(wordFor('gets', 'bigger')).toBe('expansion');
    expect(wordFor('compared', 'with')).toBe('differ');
    expect(wordFor('hold', 'steady')).toBe('stable');
    expect(wordFor('ran', 'into')).toBe('face');
    expect(wordFor('sign', 'up')).toBe('accept');
    expect(wordFor('pushed', 'down')).toBe('sink');
    expect(wordFor('positions', 'against')).toBe('differ');
    expect(wordFor('brought', 'round')).toBe('accept');
    expect(wordFor('beefed', 'up')).toBe('strengthen');
  });

  it('has none for a verb and a word that make no phrase', () => {
    expect(wordFor('brought', 'home')).toBeUndefined();
  });
});
