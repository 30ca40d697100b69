import { describe, expect, it } from 'vitest';
import { expectationOf, satisfies } from '../../src/answer/answer-type.ts';
import { testCore } from '../helpers.ts';

describe('expectationOf', () => {
  it('reads counts, figures, dates and periods, and nothing from other questions', () => {
    expect(expectationOf('How many community workers were interviewed?')).toEqual({ kind: 'quantity', noun: 'worker' });
    expect(expectationOf('In how many stages is the development described?')).toEqual({ kind: 'quantity', noun: 'stage' });
    expect(expectationOf('How much did the government spend?')).toEqual({ kind: 'quantity' });
    expect(expectationOf('What budget does the region give?')).toEqual({ kind: 'quantity' });
    expect(expectationOf('In which year did the reform start?')).toEqual({ kind: 'date' });
    expect(expectationOf('How long did the fieldwork last?')).toEqual({ kind: 'duration' });
    expect(expectationOf('What is the key to community governance?')).toBeUndefined();
    expect(expectationOf('When does the circle contract?')).toBeUndefined();
  });
});

describe('satisfies', () => {
  it('wants a number counting the noun asked about', () => {
    const stages = { kind: 'quantity', noun: 'stage' } as const;
    expect(satisfies(stages, 'It describes development from six stages,and more.')).toBe(true);
    expect(satisfies(stages, 'It describes the stages of development.')).toBe(false);
    expect(satisfies({ kind: 'quantity', noun: 'member' }, 'Millions of Party members entered communities.')).toBe(true);
    expect(satisfies({ kind: 'quantity', noun: 'commun' }, 'In the 20 years of community development.')).toBe(false);
  });

  it('wants a year or month for a date, and a span for a period', () => {
    expect(satisfies({ kind: 'date' }, 'The reform began in 2014.')).toBe(true);
    expect(satisfies({ kind: 'date' }, 'The party may lead the masses.')).toBe(false);
    expect(satisfies({ kind: 'duration' }, 'In the 20 years of community development.')).toBe(true);
    expect(satisfies({ kind: 'duration' }, 'Over the years it grew.')).toBe(false);
  });
});

describe('answers that need a figure', () => {
  it('answers a count the thesis gives and refuses one it does not, saying why', async () => {
    const core = await testCore('use-lite');
    const stages = await core.ask('How many stages of development does the thesis describe?');
    expect(stages.abstained).toBe(false);
    expect(stages.answer).toMatch(/six stages/);
    const workers = await core.ask('How many community workers were interviewed?');
    expect(workers.abstained).toBe(true);
    expect(workers.answer).toMatch(/^The thesis text we have does not say\. It gives no such figure\. The closest parts are/);
  });
});
