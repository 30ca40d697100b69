import { describe, expect, it } from 'vitest';
import { futureAsked, givesKind, kindWords, patternKindOf, tellsFuture } from '../../src/answer/pattern-kinds.ts';
import { stem } from '../../src/retrieval/terms.ts';

describe('patternKindOf and givesKind', () => {
  it('reads how often, by what criteria and on what condition, and checks a sentence for it', () => {
    expect(patternKindOf('How often do cadres visit families?')).toBe('frequency');
    expect(patternKindOf('What criteria are used to select branch secretaries?')).toBe('criteria');
    expect(patternKindOf('Under what conditions can the circle contract?')).toBe('condition');
    expect(patternKindOf('Where is the corps headquartered?')).toBe('seat');
    expect(patternKindOf('Where was the research based?')).toBeUndefined();
    expect(patternKindOf('What must hold before the circle can change?')).toBe('condition');
    expect(patternKindOf('When can the circle change?')).toBe('condition');
    expect(patternKindOf("what's needed for the circle to contract?")).toBe('condition');
    expect(patternKindOf('what is needed for both?')).toBe('condition');
    // Needed for a thing, not for it to happen: what it takes, said any way.
    expect(patternKindOf('what is needed for national unity?')).toBeUndefined();
    expect(patternKindOf('What must the branch hold each month?')).toBeUndefined();
    expect(patternKindOf('What is the key to community governance?')).toBeUndefined();
    expect(givesKind('frequency', 'Cadres visit every family twice a year.')).toBe(true);
    expect(givesKind('condition', 'Only under the premise of full consultation can it contract.')).toBe(true);
    expect(givesKind('seat', 'As the capital city of Xinjiang, Urumqi leads.')).toBe(true);
    expect(givesKind('seat', 'The corps and the local government converge.')).toBe(false);
    expect(givesKind('criteria', 'The party selects and strengthens branch secretaries.')).toBe(false);
  });

  it('reads how fast, finds a pace in a sentence, and names the words that ask it', () => {
    expect(patternKindOf('how fast does the circle change size?')).toBe('pace');
    expect(patternKindOf('At what pace did communities develop?')).toBe('pace');
    expect(givesKind('pace', 'The concentric circle has been gradually applied to party building.')).toBe(true);
    expect(givesKind('pace', 'The circle has two functions of contraction and expansion.')).toBe(false);
    expect(kindWords('how fast does the circle change size?')).toEqual([stem('how'), stem('fast')]);
    expect(kindWords('What is the key to community governance?')).toEqual([]);
  });
});

describe('futureAsked and tellsFuture', () => {
  it('reads what a question asks the future of, and finds it in a sentence in the future tense', () => {
    expect(futureAsked('What will happen to the theory in the future?')).toEqual([stem('theory')]);
    expect(futureAsked('What happened to the theory?')).toBeUndefined();
    expect(futureAsked('What does the thesis hope will happen to its framework?')).toEqual([stem('framework')]);
    expect(futureAsked("What does the thesis predict about the theory's future?")).toEqual([stem('theory')]);
    expect(futureAsked('What future does the author see for the theory?')).toEqual([stem('theory')]);
    expect(futureAsked("what's next for the theory?")).toEqual([stem('theory')]);
    expect(futureAsked('what should the central government do next?')).toEqual([stem('central'), stem('government')]);
    expect(futureAsked('what are the next steps for Urumqi?')).toEqual([stem('urumqi')]);
    // Asked yes or no of a thing's course ("will it develop further?"), not of what it can do.
    expect(futureAsked('will the theory develop further?')).toEqual([stem('theory'), stem('develop')]);
    expect(futureAsked('will the circle expand?')).toBeUndefined();
    // "What future research" asks for research, not for the future.
    expect(futureAsked('What future research does the author propose?')).toBeUndefined();
    // "In the long run" of what has been done asks what lasts.
    expect(futureAsked("what has Urumqi's experience contributed toward, in the long run?")).toBeUndefined();
    expect(futureAsked('what will Urumqi achieve in the long run?')).toEqual([stem('urumqi'), stem('achieve')]);
    expect(futureAsked('What is the future of the concentric circle theory?')).toEqual([stem('concentric'), stem('circle'), stem('theory')]);
    expect(tellsFuture('The theory will be further developed.', [stem('theory')])).toBe(true);
    expect(tellsFuture('The theory has certain applicability.', [stem('theory')])).toBe(false);
    // Half of what is asked about at least: a theory applied in Xinjiang tells nothing of its social governance.
    expect(tellsFuture('The theory applied in Xinjiang will be further developed.', ['social', 'governance', 'Xinjiang'].map(stem))).toBe(false);
  });
});
