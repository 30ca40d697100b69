import { describe, expect, it } from 'vitest';
import { ASKED_FORMS } from '../../src/answer/asked-forms.ts';
import { readWith } from '../../src/answer/idioms.ts';
import { itReadsEach, testCore } from '../helpers.ts';

const read = (question: string) => readWith(ASKED_FORMS, question);

describe('ASKED_FORMS', () => {
  itReadsEach(ASKED_FORMS, [
    ['How does the circle work in practice?', 'How does the circle function?'],
    ['Why is it called a concentric circle?', 'what does concentric circle mean?'],
    ['What is the link between consultation and stability?', 'What is the between consultation and stability?'],
    ['What are the four paths, and list its sources', 'What are the four paths'],
    ['Is the activity described as compulsory?', 'Is the activity compulsory?'],
    ['Four experiences: which is the second?', 'what is the second of Four experiences?'],
  ]);

  it('leaves a question that asks about a thing, not in a form, alone', () => {
    for (const q of ['Why is leadership decisive?', 'How are members managed?', 'What are the related concepts?']) expect(read(q)).toBe(q);
  });

  it('lets a question asked in such a form find what the plain one finds', async () => {
    const core = await testCore('use-lite');
    expect((await core.ask('How does the circle work in practice?')).citations[0]?.section).toBe('chapter-6');
    expect((await core.ask('What are the four basic experiences? Please cite sources')).citations[0]?.section).toBe('chapter-2');
  });
});
