import { describe, expect, it } from 'vitest';
import { circleChanges, circleMoved } from '../../src/retrieval/circle-verbs.ts';
import { searchTokens } from '../../src/retrieval/terms.ts';
import { testCore } from '../helpers.ts';

const at = (text: string, word: string) => {
  const tokens = searchTokens(text);
  return { tokens, i: tokens.findIndex((t) => t.word === word) };
};

describe('circleChanges', () => {
  it('reads a change of the circle, or of "it" after the circle, and no other change', () => {
    const changes = (text: string) => {
      const { tokens, i } = at(text, 'change');
      return circleChanges(tokens, i);
    };
    expect(changes('can the circle change')).toBe(true);
    expect(changes('is the circle fixed in size or can it change')).toBe(true);
    expect(changes('can it change')).toBe(false);
    expect(changes('the circle and how laws change')).toBe(false);
  });
});

describe('circleMoved', () => {
  it('reads the circle pulled in as its contraction and pushed out as its expansion', () => {
    const moved = (text: string, verb: string) => {
      const { tokens, i } = at(text, verb);
      const found = circleMoved(tokens, i);
      return found && { word: found.word, particle: tokens[found.particle]?.word };
    };
    expect(moved('what does pulling the circle in do', 'pulling')).toEqual({ word: 'contraction', particle: 'in' });
    expect(moved('why pull in the concentric circle', 'pull')).toEqual({ word: 'contraction', particle: 'in' });
    expect(moved('why push the circle out', 'push')).toEqual({ word: 'expansion', particle: 'out' });
    expect(moved('how does making the circle bigger help', 'making')).toEqual({ word: 'expansion', particle: 'bigger' });
    expect(moved('why make the ring smaller', 'make')).toEqual({ word: 'contraction', particle: 'smaller' });
    expect(moved('why make the party bigger', 'make')).toBeUndefined();
    // Pulling people in is absorbing them; a circle drawn out is no move.
    expect(moved('who is pulled in', 'pulled')).toBeUndefined();
    expect(moved('how is the circle drawn out', 'drawn')).toBeUndefined();
  });
});

describe('the circle moved or changed, asked of the thesis', () => {
  it('finds the contraction for a circle pulled in, and the two functions for "can it change?"', async () => {
    const core = await testCore('none');
    expect((await core.ask('What good does pulling the circle in do?')).citations[0]?.quote).toMatch(/Through the contraction of "concentric circle"/u);
    expect((await core.ask('Is the circle fixed in size or can it change?')).citations[0]?.quote).toMatch(/not static/u);
  });
});
