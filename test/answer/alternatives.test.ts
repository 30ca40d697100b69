import { describe, expect, it } from 'vitest';
import { eachAlternative, withKnownChoices, withoutUnknownAlternatives } from '../../src/answer/alternatives.ts';
import { isStopword } from '../../src/retrieval/terms.ts';

describe('withoutUnknownAlternatives', () => {
  const knows = (w: string) => ['reports', 'circle', 'static'].includes(w.toLowerCase());
  const small = (w: string) => ['can', 'it'].includes(w.toLowerCase());
  it('drops the alternative the thesis never uses when it uses the other', () => {
    expect(withoutUnknownAlternatives('Which thinkers or reports does it cite?', knows, small)).toBe('Which reports does it cite?');
    expect(withoutUnknownAlternatives('is the circle static or dynamic', knows, small)).toBe('is the circle static');
    // A means said again after "or" offers the word after it.
    expect(withoutUnknownAlternatives('found through reports or through elections?', knows, small)).toBe('found through reports?');
  });

  it('keeps both when both or neither are known, or one is a small word', () => {
    for (const text of ['thinkers or scholars', 'circle or reports', 'is it fixed or can it change']) {
      expect(withoutUnknownAlternatives(text, knows, small)).toBe(text);
    }
  });
});

describe('eachAlternative', () => {
  it('reads the text once with each of its first two alternatives', () => {
    expect(eachAlternative('Who supervised or wrote this thesis?', isStopword)).toEqual(['Who supervised or wrote this thesis?', 'Who supervised this thesis?', 'Who wrote this thesis?']);
    expect(eachAlternative('Who wrote it?', isStopword)).toEqual(['Who wrote it?']);
    expect(eachAlternative('who or what?', isStopword)).toEqual(['who or what?']);
  });
});

describe('withKnownChoices', () => {
  const words = new Set(['contraction', 'circle', 'gathers', 'power', 'key', 'governance']);
  const knows = (w: string) => words.has(w.toLowerCase());
  const small = (w: string) => ['the', 'of', 'a', 'to'].includes(w);

  it('keeps only the lettered options whose words the thesis uses', () => {
    expect(withKnownChoices('Multiple choice: the contraction of the circle (a) gathers power (b) spends money (c) builds roads?', knows, small)).toBe('the contraction of the circle gathers power?');
    expect(withKnownChoices('the key to governance: A. power B. money', knows, small)).toBe('the key to governance: power?');
  });

  it('leaves questions without lettered options, or whose options are all known or all unknown, as they are', () => {
    expect(withKnownChoices('what does chapter 3 say about (a) consultation', knows, small)).toBe('what does chapter 3 say about (a) consultation');
    expect(withKnownChoices('the circle (a) gathers power (b) contraction', knows, small)).toBe('the circle (a) gathers power (b) contraction');
    expect(withKnownChoices('the circle (a) spends money (b) builds roads', knows, small)).toBe('the circle (a) spends money (b) builds roads');
  });
});
