import { describe, expect, it } from 'vitest';
import { emphasise } from '../../src/answer/emphasis.ts';
import { contentStems } from '../../src/retrieval/terms.ts';

const long =
  'This paper expounds the general situation and characteristics of community development from six stages, analyzes the factors restricting the development of the community and its micro environment, and draws four basic experiences: the focus of mass work has been found by means of consultation democracy; through the continuous sinking of the ruling center of gravity, "point-to-point" style to do a good job in the mass work; strictly govern the party, so that all the work belongs to the branch; come from the masses, go to the masses.';
const topic = (q: string) => new Set(contentStems(q));

describe('emphasise', () => {
  it('marks the one clause of a long sentence that holds the topic, leaving the words as they are', () => {
    const marked = emphasise(long, topic('What is the sinking of the ruling center of gravity?'));
    expect(marked).toContain('; **through the continuous sinking of the ruling center of gravity, "point-to-point" style to do a good job in the mass work**;');
    expect(marked.replace(/\*\*/gu, '')).toBe(long);
  });

  it('finds a topic that is a hyphenated compound', () => {
    // "Point" alone is a frame word ("what is the point"), so the asked topic is the joined forms.
    expect(emphasise(long, new Set(['pointto', 'topoint']))).toContain('**through the continuous sinking of the ruling center of gravity, "point-to-point" style');
  });

  it('lets a topic word found in every clause point to none', () => {
    expect(emphasise(long, topic('How does strictly governing the party shape mass work?'))).toContain('; **strictly govern the party, so that all the work belongs to the branch**;');
  });

  it('keeps the full stop outside the mark', () => {
    expect(emphasise(long, topic('come from the masses, go to the masses'))).toMatch(/; \*\*come from the masses, go to the masses\*\*\.$/);
  });

  it('marks the item asked for by its place in a list after a colon', () => {
    expect(emphasise(long, new Set(), 3)).toContain('; **strictly govern the party, so that all the work belongs to the branch**;');
    expect(emphasise(long, new Set(), 0)).toMatch(/\*\*come from the masses, go to the masses\*\*\.$/);
    expect(emphasise(long, new Set(), 9)).toBe(long);
  });

  it('marks nothing in a short sentence, when the topic spans clauses, or when the clause is a third of the sentence or more', () => {
    expect(emphasise('The party leads everything; the masses follow; all is well.', topic('the masses'))).not.toContain('**');
    expect(emphasise(long, topic('How does consultation democracy relate to strict governance of the party?'))).not.toContain('**');
    expect(emphasise(long, topic('What factors restrict community development?'))).not.toContain('**');
  });
});
