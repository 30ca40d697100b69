import { describe, expect, it } from 'vitest';
import { unreportedTrouble, unwrittenClaimWord } from '../../src/answer/judged.ts';
import { testCore, thesisRetriever } from '../helpers.ts';

describe('unreportedTrouble', () => {
  it('names a trouble of a thing no sentence speaks of with that trouble', async () => {
    const retriever = await thesisRetriever();
    const topical = () => true;
    expect(unreportedTrouble('What problems did the corps face?', retriever, topical)).toBe('problems with the corps');
    expect(unreportedTrouble('What issues does the thesis see with consultative democracy?', retriever, topical)).toBe('issues with consultative democracy');
    // The thesis speaks of the stability problem in Xinjiang; the clause after the thing is no part of it.
    expect(unreportedTrouble('What problems with stability in Xinjiang does the circle address?', retriever, topical)).toBeUndefined();
    expect(unreportedTrouble('What problems does targeted governance solve?', retriever, topical)).toBeUndefined();
    // Troubles between two things, as a noun or as a verb ("fall out").
    expect(unreportedTrouble('why do contradictions arise between the corps and the region', retriever, topical)).toBe('contradictions between the corps and the region');
    expect(unreportedTrouble('Why did the corps and the local government fall out?', retriever, topical)).toBe('conflict between the corps and the local government');
  });

  it('refuses to invent the troubles of a thing, saying which', async () => {
    const core = await testCore('none');
    const a = await core.ask('What problems did the thesis find with the visiting-the-people activity?');
    expect(a.abstained).toBe(true);
    expect(a.answer).toMatch(/It does not mention problems with the visiting-the-people activity\./);
  });
});

describe('unwrittenClaimWord', () => {
  it('names the word of a claim asked about that the thesis never writes', async () => {
    const retriever = await thesisRetriever();
    const topical = () => true;
    expect(unwrittenClaimWord('Does chapter 3 say the masses reject consultation?', retriever, topical)).toBe('reject');
    expect(unwrittenClaimWord('Which report says the party should withdraw from communities?', retriever, topical)).toBe('withdraw');
    expect(unwrittenClaimWord('What evidence shows the visiting activity reduced conflicts?', retriever, topical)).toBe('reduced');
    expect(unwrittenClaimWord('Who is said to reject democratic discussion?', retriever, topical)).toBe('reject');
    // A light verb claims nothing: what is said to be kept ("stable and united") is the claim.
    expect(unwrittenClaimWord('What is said to keep Urumqi stable and united?', retriever, topical)).toBeUndefined();
    expect(unwrittenClaimWord('What is said to keep records of residents?', retriever, topical)).toBe('records');
    // How the author regards a thing is what the thesis holds it to be, in its own words.
    expect(unwrittenClaimWord('Does the author regard the framework as applicable to Xinjiang?', retriever, topical)).toBeUndefined();
    // One alternative the thesis writes answers; how big a thing is, it says its own way.
    expect(unwrittenClaimWord('Does the author claim the theory is complete, or still developing?', retriever, topical)).toBeUndefined();
    expect(unwrittenClaimWord('Does the author claim the theory is complete?', retriever, topical)).toBe('complete');
    expect(unwrittenClaimWord('Does the thesis say the separation danger is small?', retriever, topical)).toBeUndefined();
    // "Is said to be…" asks what a thing is, in whatever words.
    expect(unwrittenClaimWord('What is said to be the purpose of merging the corps?', retriever, topical)).toBeUndefined();
    expect(unwrittenClaimWord('Does chapter 3 say the masses accept consultation?', retriever, topical)).toBeUndefined();
    // Not a claim asked about: left to the search.
    expect(unwrittenClaimWord('Why would the masses reject consultation?', retriever, topical)).toBeUndefined();
    // A verb with its particle is one word: "spell out" is "list", which frames the question.
    expect(unwrittenClaimWord('does the thesis spell out the research methods?', retriever, (t) => t !== 'list')).toBeUndefined();
    expect(unwrittenClaimWord('does the thesis spell the research methods?', retriever, topical)).toBe('spell');
  });

  it('names an act of the work or its author that the thesis never writes of', async () => {
    const retriever = await thesisRetriever();
    const topical = () => true;
    expect(unwrittenClaimWord('Did the author interview any community secretaries?', retriever, topical)).toBe('interview');
    expect(unwrittenClaimWord('has the paper ever surveyed residents', retriever, topical)).toBe('surveyed');
    // The thing acted on, when the thesis never writes it either, is the better name.
    expect(unwrittenClaimWord('Does the author recommend using facial recognition for community management?', retriever, topical)).toBe('facial recognition');
    // Acts the thesis writes of are left to the search.
    expect(unwrittenClaimWord('Did the author select branch secretaries?', retriever, topical)).toBeUndefined();
    // Done to a thing, by some means.
    expect(unwrittenClaimWord('Was the visiting the people activity evaluated with a survey?', retriever, topical)).toBe('evaluated');
    expect(unwrittenClaimWord("Is Urumqi's approach being copied in other provinces?", retriever, topical)).toBe('copied');
    expect(unwrittenClaimWord('Who interviewed the party secretaries?', retriever, topical)).toBe('interviewed');
    expect(unwrittenClaimWord('Who deployed the activity?', retriever, topical)).toBeUndefined();
    // A deed the thesis may tell in its own words is left to the search.
    expect(unwrittenClaimWord('Who launched the activity?', retriever, topical)).toBeUndefined();
    expect(unwrittenClaimWord('Were the masses organized through consultation platforms?', retriever, topical)).toBeUndefined();
  });

  it('reads "does it say how many…" as a question asked of the text, not a claim', async () => {
    const retriever = await thesisRetriever();
    expect(unwrittenClaimWord('Does the thesis say how many ethnic groups live in Urumqi?', retriever, () => true)).toBeUndefined();
  });

  it('refuses a claim the thesis cannot make, and quotes one it makes', async () => {
    const core = await testCore('none');
    const no = await core.ask('Does the thesis argue that the party should withdraw from communities?');
    expect(no).toMatchObject({ abstained: true });
    expect(no.answer).toMatch(/It does not mention “withdraw”\./);
    const yes = await core.ask('Does chapter 3 say the masses accept consultation?');
    expect(yes.citations[0]).toMatchObject({ section: 'chapter-3' });
    expect(yes.citations[0]?.quote).toMatch(/accept,recognize and use/);
  });
});
