import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseThesis } from '../../src/ingest/parse.ts';
import { Vocabulary } from '../../src/retrieval/vocabulary.ts';

const vocabulary = new Vocabulary(parseThesis(readFileSync('data/thesis.txt', 'utf8')).sections);

describe('Vocabulary', () => {
  it('writes a compound typed with spaces as the thesis hyphenates it', () => {
    expect(vocabulary.hyphenated('how is mass work done Point to point?')).toBe('how is mass work done point-to-point?');
    expect(vocabulary.hyphenated('grass roots democracy')).toBe('grass-roots democracy');
    expect(vocabulary.hyphenated('the point of the mass line')).toBe('the point of the mass line');
  });

  it('knows a phrase whose words stand in a row, in any form, small words aside', () => {
    expect(vocabulary.hasPhrase('fine style of party')).toBe(true);
    expect(vocabulary.hasPhrase('Point-to-Point')).toBe(true);
    expect(vocabulary.hasPhrase('social capital')).toBe(false);
    expect(vocabulary.hasPhrase("community governance's core")).toBe(true);
    expect(vocabulary.hasPhrase("the party's pluralism")).toBe(false);
    expect(vocabulary.hasPhrase('national governance capacity')).toBe(true);
    expect(vocabulary.hasPhrase('national party capacity')).toBe(false);
    expect(vocabulary.hasPhrase('the')).toBe(true);
    // A longer term may come in another order, its words close together.
    expect(vocabulary.hasPhrase('party-masses interaction concentric circle')).toBe(true);
    expect(vocabulary.hasPhrase('social capital theory')).toBe(false);
  });

  it('corrects likely typos to words of the thesis', () => {
    expect(vocabulary.correct('goverment of comunity and consultaton')).toBe('government of community and consultation');
    expect(vocabulary.correct('the concentric circel')).toBe('the concentric circle');
    expect(vocabulary.correct('cpnsultation')).toBe('consultation');
    // Words readers ask with are mended though the thesis never uses them.
    expect(vocabulary.correct('who wrot this')).toBe('who wrote this');
    expect(vocabulary.correct('what does chpater 4 say')).toBe('what does chapter 4 say');
    // Small words of five letters or more, which the thesis writes too.
    expect(vocabulary.correct('what does it say abuot the mass line run throgh it')).toBe('what does it say about the mass line run through it');
    expect(vocabulary.correct('wat is the consentric cirkle')).toBe('wat is the concentric circle');
    expect(vocabulary.correct('explian chapter 4')).toBe('explain chapter 4');
    expect(vocabulary.correct('the histroy of the mass lnie')).toBe('the history of the mass line');
    // A typo of a form the thesis does not use ("flexible") is matched on its stem.
    expect(vocabulary.correct('is the circle flexibel')).toBe('is the circle flexibility');
    // A real word, or one too short to mend alone, one edit from the word the thesis writes after the one before.
    expect(vocabulary.correct('wat is the mass lien')).toBe('wat is the mass line');
    expect(vocabulary.correct('what is the mass lin?')).toBe('what is the mass line?');
  });

  it('leaves real words, short words and words the thesis knows alone', () => {
    for (const text of ['What does the supervisor think?', 'Who cares?', 'What lessons were drawn?', 'How does it treat villages?', 'the weather in France', "the party's masses", 'what is it contrasted with', 'what is the basic unit?', 'the mass media', 'which party lines?']) {
      expect(vocabulary.correct(text)).toBe(text);
    }
  });

  it('suggests close words for a look-up that found nothing', () => {
    expect(vocabulary.suggest('consultaton')).toEqual(expect.arrayContaining(['consultation', 'consultative']));
    expect(vocabulary.suggest('zzzzzz')).toEqual([]);
  });

  it('knows a word in any of its forms and gives the thesis’s own spelling of it', () => {
    expect(vocabulary.knows('governed')).toBe(true);
    expect(vocabulary.knows('pandemic')).toBe(false);
    expect(vocabulary.spelling('Governence')).toBe('governance');
    expect(vocabulary.spelling('masses')).toBe('masses');
  });
});
