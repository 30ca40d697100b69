import { describe, expect, it } from 'vitest';
import { Names, namesAsTyped } from '../../src/retrieval/names.ts';
import { contentStems } from '../../src/retrieval/terms.ts';

const sentences = [
  'In 2014 the party leads everything in the East, West, North and south.',
  'It was applied to the United Front Work.',
  'Xi Jinping pointed out that the state serves the people of Urumqi.',
  'The corps and the local government converge, as the National Congress said.',
];
const known = new Map(sentences.flatMap((s) => contentStems(s)).map((t) => [t, 1]));
const names = new Names(sentences, known);

describe('Names', () => {
  it('finds single names the text never uses, mid-sentence only', () => {
    expect(names.unknownNames('How does Urumqi compare with Shanghai?')).toEqual(['Shanghai']);
    expect(names.unknownNames('How do the people of Urumqi use WeChat?')).toEqual(['WeChat']);
    expect(names.unknownNames('How does it differ from Western pluralism? What about Xi Jinping?')).toEqual([]);
  });

  it('finds years and decades the text never has', () => {
    expect(names.unknownNames('What happened in Urumqi in 2009?')).toEqual(['2009']);
    expect(names.unknownNames('What happened to the branches during the 1990s?')).toEqual(['1990s']);
    expect(names.unknownNames('What happened in 2014, and in the 2010s?')).toEqual([]);
    expect(names.unknownNames('What did the 19th congress say?')).toEqual([]);
  });

  it('finds a numbered name whose number the text never gives it', () => {
    const report = ['According to the report of the 19 th National Congress, the party leads.'];
    const numbered = new Names(report, new Map(report.flatMap((s) => contentStems(s)).map((t) => [t, 1])));
    expect(numbered.unknownNames('What did the 20th National Congress decide?')).toEqual(['the 20th National Congress']);
    expect(numbered.unknownNames('what did the 20th congress decide?')).toEqual(['the 20th congress']);
    expect(numbered.unknownNames('What did the 19th national congress report?')).toEqual([]);
    // A numbered thing the text never numbers is not judged here.
    expect(numbered.unknownNames('What is the 3rd reason?')).toEqual([]);
  });

  it('finds names of several words the text never has as a phrase, though it has each word', () => {
    expect(names.unknownPhrases('How does it compare with the United States?')).toEqual(['United States']);
    expect(names.unknownPhrases('What is the United Front Work?')).toEqual([]);
    expect(names.unknownPhrases('What Is The Role Of Xi Jinping?')).toEqual([]);
  });

  it('keeps of those the names with a word the thesis never writes as typed', () => {
    expect(names.unwrittenNames('Is consultation recognised by the United Nations?')).toEqual(['United Nations']);
    // "Party Congress": the thesis's own words, its "National Congress of the Communist Party".
    expect(names.unwrittenNames('What did the 19th Party Congress report say?')).toEqual([]);
  });

  it('takes a full name ending in a thing the text calls "the …" for that thing, its other words describing it', () => {
    const xpcc = 'What role does the Xinjiang Production and Construction Corps play?';
    expect(names.unknownNames(xpcc)).toEqual([]);
    expect(names.unknownPhrases(xpcc)).toEqual([]);
    expect(names.describingWords(xpcc)).toEqual(['Xinjiang', 'Production', 'Construction']);
    // The text has "National Congress" but never "the congress": another congress is another thing.
    expect(names.unknownPhrases('What did the 20th Party Congress decide?')).toEqual(['Party Congress']);
    expect(names.unknownNames('What about the Hong Kong Jockey Club?')).toEqual(['Hong', 'Kong', 'Jockey', 'Club']);
  });
});

describe('namesAsTyped', () => {
  it('joins the words of one name again, with its article, each once', () => {
    expect(namesAsTyped(['Hong', 'Kong', 'Tibet'], 'Does it discuss Hong Kong or Tibet?')).toEqual(['Hong Kong', 'Tibet']);
    expect(namesAsTyped(['Belt', 'Road', 'Initiative'], 'Which chapter covers the Belt and Road Initiative?')).toEqual(['the Belt and Road Initiative']);
    expect(namesAsTyped(['the 20th congress'], 'what did the 20th congress decide')).toEqual(['the 20th congress']);
    // One place's name gives the article to the phrase it opens; an acronym keeps it.
    expect(namesAsTyped(['Tibet'], 'what about the Tibet autonomous region?')).toEqual(['Tibet']);
    expect(namesAsTyped(['XPCC'], 'what does the XPCC do?')).toEqual(['the XPCC']);
    expect(namesAsTyped(['2009'], 'Why did the 2009 riots happen?')).toEqual(['2009']);
  });
});
