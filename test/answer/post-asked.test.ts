import { describe, expect, it } from 'vitest';
import { namesHolder, personAsked } from '../../src/answer/post-asked.ts';
import { stem } from '../../src/retrieval/terms.ts';

describe('personAsked', () => {
  it('reads who holds a post, not who did a thing, with what qualifies the post', () => {
    expect(personAsked('Who is the party secretary of Urumqi?')).toEqual({ modifier: stem('party'), place: stem('Urumqi') });
    expect(personAsked('Who is the General Secretary of the party?')).toEqual({ modifier: stem('general') });
    expect(personAsked("hey bot, who's the current party secretary of Xinjiang?")).toEqual({ modifier: stem('party'), place: stem('Xinjiang') });
    expect(personAsked('What is the name of the Urumqi party secretary?')).toEqual({ modifier: stem('party') });
    expect(personAsked('Which leader stressed national unity?')).toEqual({});
    expect(personAsked('Which secretaries are selected?')).toEqual({ kind: stem('secretaries') });
    // A level any national title holds ("General Secretary"), as a rank is: no kind of post.
    expect(personAsked('Which national leader is quoted on ethnic unity?')).toEqual({});
    expect(personAsked('who was the first community party secretary in Urumqi?')).toMatchObject({ modifier: stem('party') });
    // A rank is no kind of post: "the top leader" may be the General Secretary.
    expect(personAsked('Which top leader is quoted on ethnic unity?')).toEqual({});
    expect(personAsked('Who chairs the committee?')).toEqual({});
    expect(personAsked('Who leads community governance?')).toBeUndefined();
  });

});

describe('namesHolder', () => {
  const xi = 'General Secretary Xi Jinping pointed out that the largest mass work in Xinjiang is the work of national unity.';
  it('takes a named person only in the post asked, and of the place asked', () => {
    expect(namesHolder(xi, { modifier: stem('general') })).toBe(true);
    expect(namesHolder(xi, {})).toBe(true);
    expect(namesHolder(xi, { modifier: stem('party') })).toBe(false);
    expect(namesHolder(xi, { modifier: stem('general'), place: stem('Urumqi') })).toBe(false);
    expect(namesHolder('The party branch secretaries are chosen.', {})).toBe(false);
    // "Which secretaries…" asks their kind, which a sentence names without a person.
    expect(namesHolder('The party branch secretaries are chosen.', { kind: stem('secretaries') })).toBe(true);
    expect(namesHolder('Party members entered the communities.', { kind: stem('ministers') })).toBe(false);
  });
});
