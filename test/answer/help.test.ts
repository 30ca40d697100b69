import { describe, expect, it } from 'vitest';
import { asksAboutBot } from '../../src/answer/help.ts';
import { testCore } from '../helpers.ts';

describe('asksAboutBot', () => {
  it.each(['hi', 'Hello there!', 'help', 'what can you do?', 'Who are you?', 'how do I use this bot?', 'are you an AI?', 'Can you help?', 'could you help me out please?', "What can't you answer?", 'what are your limitations?', 'which model are you running on?', "what's 2+2", 'who made you?', "What's your name and who made you?"])('takes %s as about the bot', (q) => {
    expect(asksAboutBot(q)).toBe(true);
  });

  it.each(['hi, what is the key to community governance?', 'What is this thesis about?', 'How does the party help the masses?', 'what is the model of the circle?', 'who made you and what is chapter 3 about?'])('takes %s as about the thesis', (q) => {
    expect(asksAboutBot(q)).toBe(false);
  });
});

describe('help from the core', () => {
  it('answers a greeting with what the bot does and how to ask, naming the thesis, quoting nothing', async () => {
    const a = await (await testCore('none')).ask('hi');
    expect(a).toMatchObject({ abstained: true, citations: [], nearest: [] });
    expect(a.answer).toMatch(/^I answer questions about “On "Concentric Circles".*” \(Y L Wang, 2021\) from its text/);
    expect(a.answer).toMatch(/summarize chapter 4/);
  });

  it('acknowledges thanks asked on their own instead of summing up the thesis', async () => {
    const core = await testCore('none');
    for (const q of ['thanks!', 'ok', 'great, thank you!']) {
      const a = await core.ask(q);
      expect(a).toMatchObject({ abstained: true, citations: [] });
      expect(a.answer).toMatch(/^Glad to help\. Ask another question/);
    }
    // Thanks with a question is a question.
    expect((await core.ask('thanks, and what is the key to community governance?')).citations[0]?.section).toBe('chapter-1');
  });

  it('says there is nothing to check yet when asked for a source, or doubted, with no answer before', async () => {
    const core = await testCore('none');
    for (const q of ['source?', 'are you sure?']) {
      expect(await core.ask(q)).toMatchObject({ abstained: true, citations: [], answer: expect.stringMatching(/^There is no earlier answer here to check\./u) });
    }
    // Asked of a thing, "the source of" is a topic; asked in a thread, of the answer before.
    expect((await core.ask('what is the source of the mass line?')).abstained).toBe(false);
    expect((await core.ask('where is that from (what is the mass line?)', { leans: true })).abstained).toBe(false);
  });
});
