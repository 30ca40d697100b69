import { describe, expect, it } from 'vitest';
import { askedJudgement, measurementAsked, procedureAsked, residenceCounted, unrecordedAct, unwrittenCase, unwrittenExcess, unwrittenRanking } from '../../src/answer/asked-kinds.ts';

describe('askedJudgement', () => {
  it('finds the judgement a question asks for', () => {
    expect(askedJudgement('What are the failures of the mass line in Urumqi?')).toBe('failures');
    expect(askedJudgement('Any weak points in the argument?')).toBe('weak points');
    expect(askedJudgement('What counterarguments does the author consider?')).toBe('counterarguments');
    expect(askedJudgement('What problems does Urumqi face?')).toBeUndefined();
    expect(askedJudgement('What problems remain unsolved in Urumqi?')).toBe('unsolved');
    expect(askedJudgement('What remaining problems does the author name?')).toBe('remaining problems');
    expect(askedJudgement('Why do some ethnic groups resist consultation?')).toBe('resistance');
    expect(askedJudgement('Who opposed the campaign?')).toBe('opposition');
    // Two things of the text set against each other are a relation it may speak to, not resistance.
    expect(askedJudgement('Are stability and flexibility opposed in the model?')).toBeUndefined();
    expect(askedJudgement('Are the two functions opposed to each other?')).toBeUndefined();
    expect(askedJudgement('What happened to the masses who refused to take part?')).toBe('refusal');
    // As a verb it is named by its noun: "It does not mention failure."
    expect(askedJudgement('Has the mass line failed?')).toBe('failure');
  });
});

describe('measurementAsked', () => {
  it('finds the word a measurement is asked for by', () => {
    expect(measurementAsked('How does the thesis measure harmony?')).toBe('measure');
    expect(measurementAsked('What is the micro environment like in numbers?')).toBe('numbers');
    expect(measurementAsked('What is the micro environment like?')).toBeUndefined();
    expect(measurementAsked('What are the measurable outcomes of targeted governance?')).toBe('measurable');
    expect(measurementAsked('What outcomes were measured?')).toBeUndefined();
  });
});

describe('procedureAsked', () => {
  const unwritten = (word: string) => word !== '' && !/^select/iu.test(word);
  it('names a procedure asked of by any form of its word', () => {
    expect(procedureAsked('How do community members vote in consultations?', unwritten)).toBe('voting');
    expect(procedureAsked('How were the secretaries elected?', unwritten)).toBe('elections');
    expect(procedureAsked('By election or appointment?', unwritten)).toBe('elections');
    expect(procedureAsked('What happens to members who violate discipline?', unwritten)).toBe('sanctions');
    expect(procedureAsked('How are secretaries selected?', unwritten)).toBeUndefined();
    expect(procedureAsked('What training do party members receive?', unwritten)).toBe('training');
    expect(procedureAsked('How are branch secretaries evaluated each year?', unwritten)).toBe('evaluations');
    expect(procedureAsked('Who evaluates the visiting activity?', unwritten)).toBe('evaluations');
    expect(procedureAsked('What are party members tested on?', unwritten)).toBe('evaluations');
    // The author assessing something, a thing examined or tested in the study, or training
    // asked beside a choosing the thesis tells of, is no procedure it leaves out.
    expect(procedureAsked('How does the author assess the mass line?', unwritten)).toBeUndefined();
    expect(procedureAsked('What is examined in the second chapter?', unwritten)).toBeUndefined();
    expect(procedureAsked('How was the theory tested on reality?', unwritten)).toBeUndefined();
    expect(procedureAsked('How are branch secretaries chosen and trained?', unwritten)).toBeUndefined();
    // Words that only hold a procedure's letters are no procedure: "selected", "devoted".
    expect(procedureAsked('Are the members devoted?', unwritten)).toBeUndefined();
  });
});

describe('residenceCounted', () => {
  it('reads a population asked for by where people live, not a count of those who went', () => {
    expect(residenceCounted('How many party members live in Urumqi?')).toBe('live');
    expect(residenceCounted('how many people reside in the communities')).toBe('reside');
    expect(residenceCounted('How many party members went into the communities?')).toBeUndefined();
    expect(residenceCounted('Where do the masses live?')).toBeUndefined();
  });
});

describe('unrecordedAct', () => {
  const unwritten = (word: string) => !/^(?:select|enter)/iu.test(word);
  it('names a procedure or a population the thesis never records', () => {
    expect(unrecordedAct('How are branch secretaries elected?', unwritten)).toBe('any elections');
    expect(unrecordedAct('How many party members live in Urumqi?', unwritten)).toBe('who lives where');
    expect(unrecordedAct('How are branch secretaries selected?', unwritten)).toBeUndefined();
  });
});

describe('unwrittenCase', () => {
  const unwritten = (words: string) => /\bstopped\b/iu.test(words);
  it('names a supposed case the thesis never writes of, and leaves one it does', () => {
    expect(unwrittenCase('What would happen if the party stopped doing mass work?', unwritten)).toBe('what would happen if the party stopped doing mass work');
    expect(unwrittenCase('What would happen if the party separated from the masses?', unwritten)).toBeUndefined();
    expect(unwrittenCase('What happens when the circle contracts?', unwritten)).toBeUndefined();
  });
});

describe('unwrittenRanking', () => {
  const unwritten = (word: string) => !/^(?:largest|strongest)$/iu.test(word);
  it('names a ranking asked by a superlative the thesis never writes, with the thing ranked', () => {
    expect(unwrittenRanking('Who are the weakest links in community governance?', unwritten)).toBe('the weakest links');
    expect(unwrittenRanking('Which is the oldest community of Urumqi?', unwritten)).toBe('the oldest community');
    expect(unwrittenRanking('What is the cheapest?', unwritten)).toBe('the cheapest');
    expect(unwrittenRanking('What is the largest mass work in Xinjiang?', unwritten)).toBeUndefined();
    // Words that only end like a superlative rank nothing.
    expect(unwrittenRanking('What are the interests of the masses?', unwritten)).toBeUndefined();
    expect(unwrittenRanking('What did the investigation of communities show?', unwritten)).toBeUndefined();
    expect(unwrittenRanking('Is the West mentioned?', unwritten)).toBeUndefined();
  });
});

describe('unwrittenExcess', () => {
  const writes = (word: string) => ['circle', 'contracts', 'strict'].includes(word);
  it('names a thing taken too far, as typed, in a thesis that never writes of excess', () => {
    expect(unwrittenExcess('What happens if the circle contracts too much?', writes)).toBe('“too much”');
    expect(unwrittenExcess('Did consultation take too long?', writes)).toBe('“too long”');
    expect(unwrittenExcess('Is the party overly strict?', writes)).toBe('“overly strict”');
  });

  it('leaves questions without excess, and a thesis that writes "too", to the search', () => {
    expect(unwrittenExcess('What happens when the circle contracts?', writes)).toBeUndefined();
    expect(unwrittenExcess('Is consultation used too?', writes)).toBeUndefined();
    expect(unwrittenExcess('What happens if the circle contracts too much?', (w) => w === 'too')).toBeUndefined();
  });
});
