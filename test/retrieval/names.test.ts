import { describe, expect, it } from 'vitest';
import { Names } from '../../src/retrieval/names.ts';
import { contentStems } from '../../src/retrieval/terms.ts';

const sentences = ['The party leads everything in the East, West, North and south.', 'It was applied to the United Front Work.', 'Xi Jinping pointed out that the state serves the people of Urumqi.'];
const known = new Map(sentences.flatMap((s) => contentStems(s)).map((t) => [t, 1]));
const names = new Names(sentences, known);

describe('Names', () => {
  it('finds single names the text never uses, mid-sentence only', () => {
    expect(names.unknownNames('How does Urumqi compare with Shanghai?')).toEqual(['Shanghai']);
    expect(names.unknownNames('How does it differ from Western pluralism? What about Xi Jinping?')).toEqual([]);
  });

  it('finds names of several words the text never has as a phrase, though it has each word', () => {
    expect(names.unknownPhrases('How does it compare with the United States?')).toEqual(['United States']);
    expect(names.unknownPhrases('What is the United Front Work?')).toEqual([]);
    expect(names.unknownPhrases('What Is The Role Of Xi Jinping?')).toEqual([]);
  });
});
