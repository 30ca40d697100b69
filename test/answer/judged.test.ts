import { describe, expect, it } from 'vitest';
import { unreportedTrouble } from '../../src/answer/judged.ts';
import { Retriever } from '../../src/retrieval/search.ts';
import { testCore } from '../helpers.ts';

describe('unreportedTrouble', () => {
  it('names a trouble of a thing no sentence speaks of with that trouble', async () => {
    const retriever = new Retriever((await testCore('none')).thesis.parsed.sections);
    const topical = () => true;
    expect(unreportedTrouble('What problems did the corps face?', retriever, topical)).toBe('problems with the corps');
    expect(unreportedTrouble('What issues does the thesis see with consultative democracy?', retriever, topical)).toBe('issues with consultative democracy');
    // The thesis speaks of the stability problem in Xinjiang; the clause after the thing is no part of it.
    expect(unreportedTrouble('What problems with stability in Xinjiang does the circle address?', retriever, topical)).toBeUndefined();
    expect(unreportedTrouble('What problems does targeted governance solve?', retriever, topical)).toBeUndefined();
  });

  it('refuses to invent the troubles of a thing, saying which', async () => {
    const core = await testCore('none');
    const a = await core.ask('What problems did the thesis find with the visiting-the-people activity?');
    expect(a.abstained).toBe(true);
    expect(a.answer).toMatch(/It does not mention problems with the visiting-the-people activity\./);
  });
});
