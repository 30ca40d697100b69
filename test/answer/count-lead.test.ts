import { describe, expect, it } from 'vitest';
import { countIn, withCountConfirmed, withCountLead } from '../../src/answer/count-lead.ts';
import { stem } from '../../src/retrieval/terms.ts';
import type { Answer } from '../../src/answer/types.ts';
import { testCore } from '../helpers.ts';

const answerFrom = (quote: string, extra: Partial<Answer> = {}): Answer => ({
  question: '',
  answer: `${quote} [Ch. 2]`,
  abstained: false,
  citations: [{ section: 'chapter-2', label: 'Chapter 2', title: 't', quote, start: 0, end: quote.length, score: 1 }],
  nearest: [],
  ...extra,
});

describe('countIn', () => {
  it('finds the number the thesis puts before what is counted, with up to two words between', () => {
    expect(countIn('It expounds development from six stages,analyzes the factors.', [stem('stages')])).toBe('six stages');
    expect(countIn('It draws four basic experiences of governance.', [stem('experiences')])).toBe('four basic experiences');
    expect(countIn('Millions of Party members have entered communities.', [stem('members')])).toBe('Millions of Party members');
    expect(countIn('Councils resolve about two thirds of disputes.', [stem('disputes')])).toBe('about two thirds of disputes');
    expect(countIn('In the 20 years of community development, the focus was found.', [stem('years')])).toBe('20 years');
  });

  it('finds nothing when the counted thing has no number before it', () => {
    expect(countIn('The stages of development are described.', [stem('stages')])).toBeUndefined();
    expect(countIn('Six things matter for the stages of it.', [stem('stages')])).toBeUndefined();
  });
});

describe('withCountLead', () => {
  it('says the count first when the quote gives it deep in a long sentence', () => {
    const a = withCountLead(answerFrom('This paper expounds the development from six stages.'), 'How many stages does chapter 2 describe?');
    expect(a.answer).toBe('Six stages. This paper expounds the development from six stages. [Ch. 2]');
  });

  it('says there is no exact figure when asked for one and the text gives only a round word ("hundreds of clues")', () => {
    const a = withCountLead(answerFrom('Millions of Party members have entered urban communities.'), 'How many party members entered communities, exactly?');
    expect(a.abstained).toBe(true);
    expect(a.answer).toBe('The thesis text we have does not say. It gives no exact figure, only “millions of Party members”. The closest parts are Chapter 2 (“t”).');
    expect(a.nearest.map((s) => s.section)).toEqual(['chapter-2']);
    // A figure is exact enough; without "exactly" the round word answers.
    expect(withCountLead(answerFrom('It expounds the development from six stages.'), 'How many stages exactly?').answer).toMatch(/^Six stages\. /u);
    expect(withCountLead(answerFrom('Millions of Party members have entered urban communities.'), 'How many party members entered communities?').abstained).toBe(false);
  });

  it('leaves alone an answer that opens with its count, a refusal, and a question that counts nothing', () => {
    const opens = answerFrom('Millions of Party members have entered communities.');
    expect(withCountLead(opens, 'How many party members went into communities?')).toBe(opens);
    const refused = answerFrom('It has six stages.', { abstained: true });
    expect(withCountLead(refused, 'How many stages?')).toBe(refused);
    const plain = answerFrom('It has six stages.');
    expect(withCountLead(plain, 'What are the stages?')).toBe(plain);
    // "What happens in them (how many stages?)": the count was asked before, not now.
    expect(withCountLead(plain, 'what happens in them (how many stages?)')).toBe(plain);
    expect(withCountLead(plain, 'how many (what are the stages?)').answer).toMatch(/^Six stages\. /u);
  });

  it('leads the core\'s answer to a count question with the count', async () => {
    const core = await testCore('none');
    expect((await core.ask('How many functions does the circle have?')).answer).toMatch(/^Two functions\. In practice, the "concentric circle"/u);
  });
});

describe('withCountConfirmed', () => {
  it('says "Yes." to a count the quote gives by the same number, and nothing to another', () => {
    const parts = answerFrom('The thesis is divided into three parts: introduction, body and conclusion.');
    expect(withCountConfirmed(parts, 'Is the thesis divided into three parts?').answer).toMatch(/^Yes\. The thesis is divided/u);
    expect(withCountConfirmed(parts, 'Is the thesis divided into 3 parts?').answer).toMatch(/^Yes\./u);
    expect(withCountConfirmed(parts, 'Is the thesis divided into five parts?')).toBe(parts);
    expect(withCountConfirmed(parts, 'How many parts are there?')).toBe(parts);
    // Asked whether the count is missing, the same count says "No.".
    expect(withCountConfirmed(parts, 'Does the thesis skip the three parts?').answer).toMatch(/^No\. The thesis is divided/u);
    // Offered two counts, it says which one rather than a "Yes" that does not.
    expect(withCountConfirmed(parts, 'Is the thesis divided into three parts or four?').answer).toMatch(/^Three parts\. The thesis is divided/u);
    expect(withCountConfirmed(parts, 'Is it in 4 parts or 3?').answer).toMatch(/^Three parts\./u);
    expect(withCountConfirmed(parts, 'Is the thesis divided into five parts or six?')).toBe(parts);
  });

  it('leaves an answer that opens with a note, not the quote', () => {
    const noted = { ...answerFrom('It has four dangers.'), answer: 'Chapter 5 does not say; elsewhere the thesis does. It has four dangers. [Ch. 2]' };
    expect(withCountConfirmed(noted, 'Are there four dangers in chapter 5?')).toBe(noted);
  });

  it('answers "no" with the thesis\'s count to a whole split otherwise', async () => {
    const core = await testCore('none');
    expect((await core.ask('Is the thesis divided into four parts?')).answer).toMatch(/^No: it speaks of three parts, not four\. The thesis is divided/u);
    expect((await core.ask('Are there three fine styles?')).answer).toMatch(/^Yes\. Close contact with the masses/u);
    // Asked of a chapter that says so, the count is confirmed once.
    expect((await core.ask('Does the second chapter describe six stages?')).answer).toMatch(/^Yes\. This paper expounds/u);
  });
});
