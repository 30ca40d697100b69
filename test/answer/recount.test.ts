import { describe, expect, it } from 'vitest';
import { answerRecount, recounted } from '../../src/answer/recount.ts';
import { bareSection, passagesOf, testCore } from '../helpers.ts';

const two = bareSection('chapter-2');
const ps = passagesOf([two, 'It draws four basic experiences from six stages.']);

describe('recounted', () => {
  it('finds the count the thesis gives of the thing a question counts otherwise', () => {
    expect(recounted('the seven basic experiences', ps)).toMatchObject({ claim: 'four basic experiences, not seven', passage: ps[0] });
    expect(recounted('the 5 stages', ps)?.claim).toBe('six stages, not 5');
    // The thesis's word between the count and the thing is kept: "four basic experiences".
    expect(recounted('the three experiences', ps)?.claim).toBe('four basic experiences, not three');
  });

  it('finds nothing for a phrase with no count, the same count or a thing never counted', () => {
    expect(recounted('the basic experiences', ps)).toBeUndefined();
    expect(recounted('the four basic experiences', ps)).toBeUndefined();
    expect(recounted('the seven dangers', ps)).toBeUndefined();
  });
});

describe('answerRecount', () => {
  it('answers "are there…?" no, citing the sentence with the count; leaves "what are…?" to a refusal', () => {
    const recount = recounted('the seven basic experiences', ps);
    if (!recount) throw new Error('no recount');
    expect(answerRecount('Are there seven basic experiences?', recount)).toMatchObject({ abstained: false, answer: 'No: it speaks of four basic experiences, not seven. It draws four basic experiences from six stages. [Ch. 2]', citations: [expect.objectContaining({ section: 'chapter-2' })] });
    expect(answerRecount('What are the seven basic experiences?', recount)).toBeUndefined();
    expect(answerRecount('List the seven basic experiences.', recount)).toBeUndefined();
    // A claim to check, tagged or put as a quiz, is answered as "are there…?" is.
    expect(answerRecount('chapter two draws seven basic experiences, right?', recount)?.answer).toMatch(/^No: it speaks of four basic experiences, not seven\./u);
    expect(answerRecount('True or false: chapter two draws seven basic experiences.', recount)?.abstained).toBe(false);
    // Offered the thesis's count beside another, that count is the answer, not a "no".
    expect(answerRecount('Are there seven basic experiences or four?', recount)?.answer).toBe('Four basic experiences. It draws four basic experiences from six stages. [Ch. 2]');
  });

  it('corrects the count through the core, on the real thesis', async () => {
    const core = await testCore('none');
    expect((await core.ask('Does the thesis list five stages?')).answer).toMatch(/^No: it speaks of six stages, not five\. This paper expounds/u);
    expect(await core.ask('What are the five fine styles?')).toMatchObject({ abstained: true, answer: expect.stringMatching(/It speaks of three fine styles, not five\./u) });
  });
});
