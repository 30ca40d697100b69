import { describe, expect, it } from 'vitest';
import { readWith } from '../../src/answer/idioms.ts';
import { PLAIN_PHRASES } from '../../src/answer/plain-phrases.ts';
import { itReadsEach, testCore } from '../helpers.ts';

const plain = (question: string) => readWith(PLAIN_PHRASES, question);

describe('PLAIN_PHRASES', () => {
  itReadsEach(PLAIN_PHRASES, [
    ["Why should the people's line permeate governance from start to finish?", "Why should the people's line run through governance the whole process?"],
    ['How did community governance grow out of community service?', 'How did community governance develop from community service?'],
    ['What closes the gap at the very end of the line?', 'What closes the gap at the last kilometer?'],
    ['What does the circle grow out of, historically speaking?', 'What does the circle develop from, historically?'],
    ['How did they raise the calibre of branch leaders?', 'How did they improve the quality of branch secretaries?'],
    ['Does it review scholarship from inside and outside China?', 'Does it review scholarship at home and abroad?'],
    ['How did local party units become bastions?', 'How did community party organizations become bastions?'],
    ['Which two actors matter most?', 'Which two actors are most important?'],
    ['what did the corps bring to the table?', 'what did the corps contribute?'],
    ['How come the party leads?', 'why the party leads?'],
    ['Why must the party be in charge of neighbourhood affairs?', 'Why must the party lead neighbourhood governance?'],
    ['What went wrong with consultation?', 'what were the failures of consultation?'],
    ['Where did the resources end up going?', 'Where did the resources going?'],
    ['How do branches keep an eye on members?', 'How do branches supervise members?'],
    ['How did officials fan out into homes?', 'How did officials entered homes?'],
    ['What groundwork does the opening part lay?', 'what does the opening part introduce?'],
    ['How are the ranks of branch leaders beefed up?', 'How are the branch secretaries beefed up?'],
    ["What's the thesis's bottom line about its framework?", "What's the thesis's conclusion about its framework?"],
    ["What does looking at it from Xinjiang's social governance show?", "What does from the perspective of Xinjiang's social governance show?"],
    ['What does the party sit at, in this picture?', 'What does the party sit at?'],
    ['How does gathering people help with keeping order?', 'How does gathering people help with stability?'],
    ['Who works to keep the peace?', 'Who works to stability?'],
    ["Why can't governance succeed without the party in charge?", "Why can't governance succeed without the party's leadership?"],
  ]);

  it('leaves a cause asked, a mass line and a street alone', () => {
    for (const q of ['What do the problems stem from?', 'What is the mass line?', 'Which street committees took part?', 'Who is in the same community?', 'what is at the end?', 'What is studied at home and abroad?', 'what foundation is laid for stability?', "What's the bottom line of chapter 3?", 'What does the picture show?']) expect(plain(q)).toBe(q);
  });

  it('lets the plain words find the thesis where the phrase was refused', async () => {
    const core = await testCore();
    expect((await core.ask("Why should the people's line permeate governance from start to finish?")).citations[0]?.quote).toMatch(/whole process of community governance/u);
    expect((await core.ask('Does the opening review scholarship from inside and outside China?')).citations[0]?.section).toBe('introduction');
    expect((await core.ask('Which two actors matter most in running a neighbourhood?')).citations[0]?.quote).toMatch(/most important two elements/u);
    expect((await core.ask('How did they raise the calibre of branch leaders?')).citations[0]?.section).toBe('chapter-5');
    expect((await core.ask("What does looking at it from Xinjiang's social governance show?")).citations[0]?.section).toBe('chapter-6');
  });
});
