import { describe, expect, it } from 'vitest';
import { BARE, HAN_INTENTS, INTENTS, UNRECORDED } from '../../src/answer/record-patterns.ts';

/** The fields whose bare patterns read a whole question, trimmed as record-asked.ts trims it. */
const bareFields = (question: string) => BARE.filter(([, re]) => re.test(question)).map(([field]) => field);
const intentFields = (question: string) => INTENTS.filter(([, re]) => re.test(question)).map(([field]) => field);

describe('BARE', () => {
  it('reads a guessed name of the author as asking who the author is', () => {
    expect(bareFields('is the author named Wang')).toEqual(['author']);
    expect(bareFields("is the author's last name Li")).toEqual(['author']);
    expect(bareFields('is Li the author')).toEqual(['author']);
    expect(bareFields('the author is called what')).toEqual(['author']);
  });

  it('leaves an author asked of another work, or a pronoun, to the text', () => {
    expect(bareFields('is Xi Jinping the author of the report')).toEqual([]);
    expect(bareFields('is it the author')).toEqual([]);
  });
});

describe('HAN_INTENTS', () => {
  it('asks who the author is only when it asks who, not what the author does', () => {
    const han = (question: string) => HAN_INTENTS.filter(([, re]) => re.test(question)).map(([field]) => field);
    expect(han('这篇论文的作者是谁？')).toEqual(['author']);
    expect(han('作者如何找到各民族的最大公约数？')).toEqual([]);
  });
});

describe('BARE dates', () => {
  it('reads a year guessed, or two, as asking when it was posted', () => {
    expect(bareFields('is this from 2021 or 2020')).toEqual(['datePosted']);
    expect(bareFields('is it from late 2021')).toEqual(['datePosted']);
    expect(bareFields('2020 or 2021')).toEqual(['datePosted']);
    expect(bareFields('is it 2020 or 2021')).toEqual(['datePosted']);
    expect(bareFields('does the dissertation date from 2021')).toEqual(['datePosted']);
    expect(bareFields('the thesis dates back to 2020')).toEqual(['datePosted']);
    expect(bareFields('does the circle date from 2021')).toEqual([]);
  });
});

describe('INTENTS and UNRECORDED', () => {
  it('tells a field of the record from a fact the record lacks', () => {
    expect(intentFields('When was the dissertation posted?')).toEqual(['datePosted']);
    expect(intentFields("So where's the thesis from?")).toEqual(['country']);
    // "Where's this from?" after a quote asks where in the thesis it comes from.
    expect(intentFields("> The party leads everything — where's this from?")).toEqual([]);
    expect(intentFields('The thesis says the party leads everything — where is this from?')).toEqual([]);
    expect(intentFields('pluralism of political parties: where is it from?')).toEqual([]);
    expect(intentFields('Quick question: where is this thesis from?')).toEqual(['country']);
    expect(intentFields('Where is this thesis from?')).toEqual(['country']);
    expect(intentFields('Explain what kind of work this is.')).toEqual(['type']);
    expect(intentFields('what kind of work this is for the party')).toEqual([]);
    expect(intentFields('what subject this thesis belong?')).toEqual(['subject']);
    expect(intentFields('which field does the concentric circle come from?')).toEqual([]);
    expect(UNRECORDED.filter(([, re]) => re.test('Who supervised the thesis?')).map(([name]) => name)).toEqual(['its supervisor']);
    expect(intentFields('Who supervised the thesis?')).toEqual([]);
  });
});
