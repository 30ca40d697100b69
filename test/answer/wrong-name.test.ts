import { describe, expect, it } from 'vitest';
import { corrected, namedAs } from '../../src/answer/wrong-name.ts';
import type { Answer } from '../../src/answer/types.ts';
import { testCore } from '../helpers.ts';

const told = (quote: string, section: Answer['citations'][number]['section'] = 'overview', abstained = false): Answer => ({
  question: 'Which city is the case city?',
  answer: `${quote} [Overview]`,
  abstained,
  citations: [{ section, label: 'Overview', title: 't', quote, start: 0, end: quote.length, score: 1 }],
  nearest: [],
});

describe('namedAs', () => {
  it('reads a place or person said to be a name the thesis never uses as the question what it is', () => {
    expect(namedAs('Is the case city Kashgar?', () => ['Kashgar'])).toEqual({ name: 'Kashgar', asked: 'Which city is the case city?' });
    expect(namedAs('The case city is Kashgar', () => ['Kashgar'])).toEqual({ name: 'Kashgar', asked: 'Which city is the case city?' });
    expect(namedAs('Is the author Zhang Wei?', () => ['Zhang', 'Wei'])).toEqual({ name: 'Zhang Wei', asked: 'Who is the author?' });
    expect(namedAs('Is the capital of Xinjiang Kashgar?', () => ['Kashgar'])).toEqual({ name: 'Kashgar', asked: 'Which city is the capital of Xinjiang?' });
    expect(namedAs("Wasn't the case city Lhasa?", () => ['Lhasa'])?.asked).toBe('Which city is the case city?');
    expect(namedAs('The city studied is Beijing', () => ['Beijing'])?.asked).toBe('Which city is the city studied?');
    expect(namedAs('The general secretary cited in chapter 4 is Hu Jintao', () => ['Hu', 'Jintao'])?.asked).toBe('Who is the general secretary cited in chapter 4?');
  });

  it('leaves a name the thesis uses, a thing that is no place or person, and other questions alone', () => {
    expect(namedAs('Is the case city Urumqi?', () => [])).toBeUndefined();
    expect(namedAs('Is the focus Tibet?', () => ['Tibet'])).toBeUndefined();
    expect(namedAs('Is the thesis about Kashgar?', () => ['Kashgar'])).toBeUndefined();
    expect(namedAs('Does the thesis mention Kashgar?', () => ['Kashgar'])).toBeUndefined();
    expect(namedAs('Is the author a professor at Xinjiang University?', () => ['University'])).toBeUndefined();
    expect(namedAs('is the author from Beijing', () => ['Beijing'])).toBeUndefined();
  });
});

describe('corrected', () => {
  it('says the name is not the thesis\'s before an answer that names the right one', () => {
    const a = corrected('Is the case city Kashgar?', 'Kashgar', told('As the capital city of Xinjiang Province,Urumqi follows the rule.'));
    expect(a?.answer).toBe('No: the thesis does not mention Kashgar. As the capital city of Xinjiang Province,Urumqi follows the rule. [Overview]');
    expect(a?.question).toBe('Is the case city Kashgar?');
  });

  it('gives nothing when the answer is a refusal or names no one', () => {
    expect(corrected('q', 'Kashgar', told('Community is the basic unit of governance in the city.'))).toBeUndefined();
    expect(corrected('q', 'Kashgar', told('As the capital city of Xinjiang Province.', 'overview', true))).toBeUndefined();
  });

  it('corrects a wrong case city or author from the thesis and its record, and refuses an unknown supervisor', async () => {
    const core = await testCore();
    const city = await core.ask("The case city is Kashgar, isn't it?");
    expect(city.abstained).toBe(false);
    expect(city.answer).toMatch(/^No: the thesis does not mention Kashgar\. .*Urumqi/u);
    expect((await core.ask('Is the author Zhang Wei?')).answer).toBe('No: the thesis does not mention Zhang Wei. The thesis was written by Y L Wang. [Metadata]');
    expect((await core.ask("Is the author's supervisor Li Ming?")).abstained).toBe(true);
  });
});
