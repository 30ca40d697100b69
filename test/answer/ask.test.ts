import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ThesisCore } from '../../src/core.ts';
import { loadThesis } from '../../src/thesis.ts';
import { testConfig, testCore } from '../helpers.ts';

const corpus = readFileSync('data/thesis.txt', 'utf8');

describe('ask (USE-lite hybrid)', () => {
  it('answers in the thesis’s words with a tag after each sentence and verbatim quotes', async () => {
    const core = await testCore('use-lite');
    const a = await core.ask('What is the leading core of all work and organizations in the community?');
    expect(a.abstained).toBe(false);
    expect(a.citations[0]?.section).toBe('chapter-5');
    expect(a.answer).toMatch(/leading core of all work and organizations in the community\. \[Ch\. 5\]/);
    for (const c of a.citations) expect(corpus.slice(c.start, c.end)).toBe(c.quote);
  });

  it('keeps every quote verbatim at its offsets across many questions', async () => {
    const core = await testCore('use-lite');
    for (const q of ['How is consultation organised?', 'What is the mass line?', 'Who wrote the thesis?', 'What does chapter 2 introduce?', 'What are the keywords?']) {
      for (const c of (await core.ask(q)).citations) expect(corpus.slice(c.start, c.end)).toBe(c.quote);
    }
  });

  it('reads a compound typed with spaces as the one the thesis hyphenates', async () => {
    const a = await (await testCore('use-lite')).ask('how is mass work done point to point?');
    expect(a.citations[0]?.section).toBe('chapter-2');
    expect(a.answer).toMatch(/\*\*Through the continuous sinking of the ruling center of gravity, "point-to-point" style/);
  });

  it('searches inside a section the question names', async () => {
    const core = await testCore('use-lite');
    const a = await core.ask('What does chapter four say about national unity?');
    expect(a.citations.every((c) => c.section === 'chapter-4')).toBe(true);
  });

  it('says so when the named section does not cover the topic but another does', async () => {
    const a = await (await testCore('use-lite')).ask('What does chapter 2 say about the three fine styles of the party?');
    expect(a.answer).toMatch(/^Chapter 2 does not say; elsewhere the thesis does\. Close contact with the masses is one of the three fine styles of the party\. \[Ch\. 1\]/);
    expect(a.citations[0]?.section).toBe('chapter-1');
  });

  it('says the named section does not say, and nothing more, when the conversation has shown the rest', async () => {
    const core = await testCore('use-lite');
    const question = 'What does chapter 2 say about the three fine styles of the party?';
    const first = await core.ask(question);
    expect(first.answer).toMatch(/^Chapter 2 does not say; elsewhere the thesis does\. Close contact with the masses is one of the three fine styles/);
    // The sentences beside the one quoted share its topic only as neighbours: no news.
    const again = await core.ask(question, { seen: new Set(first.citations.map((c) => c.start)) });
    expect(again).toMatchObject({ abstained: true, citations: [] });
    expect(again.answer).toBe('Chapter 2 does not say, and elsewhere the thesis says no more on this than the passages already quoted. For what Chapter 2 does cover, ask “summarize chapter 2”.');
  });

  it('answers what the thesis concludes from the closing sentences when it has no conclusion section', async () => {
    const a = await (await testCore('use-lite')).ask('What does the thesis conclude?');
    expect(a.citations[0]?.quote).toMatch(/^In the analysis and demonstration,it is confirmed/);
    expect(a.citations[0]?.section).toBe('overview');
  });

  it('answers questions about the whole work from what it says it does, and its findings from its end', async () => {
    const core = await testCore('use-lite');
    for (const q of ['What is the main argument of the thesis?', 'What is the research question?', 'What is the purpose of this study?']) {
      const a = await core.ask(q);
      expect(a.abstained, q).toBe(false);
      expect(a.citations[0]?.quote, q).toMatch(/^This paper attempts to use/);
    }
    expect((await core.ask('What are the main findings?')).citations[0]?.quote).toMatch(/^In the analysis and demonstration,it is confirmed/);
  });

    it('summarises a named section when the question has no other topic', async () => {
    const a = await (await testCore('use-lite')).ask('What is chapter 3 about?');
    expect(a.citations[0]?.quote).toMatch(/^In the third chapter/);
  });

  it('says the thesis does not say, and points to the nearest sections', async () => {
    const core = await testCore('use-lite');
    for (const q of ['What will the weather be in Beijing tomorrow?', 'How many interviews did the author conduct?', 'What is the capital of France?']) {
      const a = await core.ask(q);
      expect(a.abstained, q).toBe(true);
      expect(a.citations).toEqual([]);
      expect(a.answer).toMatch(/^The thesis text we have does not say\./);
    }
    const a = await core.ask('What is the population of Urumqi?');
    expect(a.nearest.length).toBeGreaterThan(0);
    expect(a.answer).toMatch(/The closest parts are/);
  });

  it('refuses a field of public life the thesis never names, though the rest of the question is its own', async () => {
    const core = await testCore('use-lite');
    const a = await core.ask("What's the general situation of Urumqi's hospitals?");
    expect(a.abstained).toBe(true);
    expect(a.answer).toMatch(/It does not mention hospitals\./);
    expect((await core.ask("What's the general situation of Urumqi's community development?")).abstained).toBe(false);
  });

  it('refuses questions about places the thesis never mentions, but reads the author’s name as the thesis', async () => {
    const core = await testCore('use-lite');
    expect((await core.ask('How does Urumqi compare with Shanghai in community governance?')).abstained).toBe(true);
    const a = await core.ask('What does Wang argue about consultation?');
    expect(a.abstained).toBe(false);
    expect(a.citations[0]?.quote).toMatch(/consultation/);
  });

  it('reads "what role does X play" as a question about X', async () => {
    const core = await testCore('use-lite');
    expect((await core.ask('What role do women play in community governance?')).abstained).toBe(true);
    const corps = await core.ask('What role does the corps play together with the local government?');
    expect(corps.citations[0]?.section).toBe('chapter-4');
  });

  it('answers a request for a section’s gist with its summary, in any phrasing', async () => {
    const core = await testCore('use-lite');
    const summary = await core.summarize('4');
    for (const q of ['Summarize the fourth chapter', 'tl;dr chapter 4', 'give me an overview of chapter 4']) {
      const a = await core.ask(q);
      expect(a.citations.map((c) => c.quote), q).toEqual(summary.citations.map((c) => c.quote));
      expect(a.answer, q).toMatch(/\[Ch\. 4\]$/);
    }
  });

  it('compares named chapters from their openings, and finds a word asked about by name', async () => {
    const core = await testCore('use-lite');
    const compare = await core.ask('Compare chapter 5 and chapter 6');
    expect(new Set(compare.citations.map((c) => c.section))).toEqual(new Set(['chapter-5', 'chapter-6']));
    const link = await core.ask('What links chapter 3 and chapter 6?');
    expect(new Set(link.citations.map((c) => c.section))).toEqual(new Set(['chapter-3', 'chapter-6']));
    const word = await core.ask('Does the author use the word pluralism?');
    expect(word.citations[0]?.quote).toMatch(/pluralism/);
  });

  it('reads British spellings as the thesis’s American ones', async () => {
    const a = await (await testCore('use-lite')).ask('Why is the party at the centre of the circle?');
    expect(a.citations[0]?.quote).toMatch(/leadership of the party as the center/);
  });

  it('says what "the above four paths" are when the answer points back to them', async () => {
    const a = await (await testCore('use-lite')).ask('What are the four paths?');
    expect(a.answer).toMatch(/community consultation.*through the above four paths/s);
    expect(a.citations[0]?.quote).toMatch(/above four paths/);
  });

  it('answers "besides X, what…" from what lists the rest, and says the rest of things only named are not there', async () => {
    const core = await testCore('use-lite');
    const paths = await core.ask('Besides consultation, what paths does the party use?');
    expect(paths.citations[0]?.section).toBe('overview');
    expect(paths.answer).toMatch(/thousands of clues/);
    const dangers = await core.ask('What are the other three dangers?');
    expect(dangers.abstained).toBe(true);
    expect(dangers.answer).toMatch(/names the four dangers but does not say what the others are/);
    const functions = await core.ask('What are the two functions besides expansion?');
    expect(functions.abstained).toBe(false);
    // "Aside from" and "except for" set aside as "besides" does; a section set aside leaves the outline.
    expect((await core.ask('Aside from history, what does chapter two analyse?')).citations[0]?.section).toBe('chapter-2');
    expect((await core.ask('Except for the introduction, which parts make up the thesis?')).answer).toMatch(/^The thesis is divided into three parts/u);
  });

  it('answers "which chapter…" from a chapter, not from the overview that speaks of them all', async () => {
    const a = await (await testCore('use-lite')).ask('Which chapter deals with party branch building?');
    expect(a.answer).toMatch(/^Chapter 5, “The "last kilometer" connecting the people closely”\. /);
    expect(a.citations[0]?.section).toBe('chapter-5');
    expect(a.citations.map((c) => c.section)).not.toContain('overview');
  });

  it('answers "which chapter…" from the overview when no chapter covers it, without naming a chapter it is not', async () => {
    const a = await (await testCore('use-lite')).ask('Which chapter explains the sublimation of the mass line?');
    expect(a.abstained).toBe(false);
    expect(a.citations[0]?.section).toBe('overview');
    expect(a.answer).toMatch(/^From the overview, on the thesis as a whole: The "concentric circle" of the interaction between the party and the masses is the development and sublimation/);
  });

  it('answers "which chapters…, besides chapter 3?" from the chapters left, not from the overview', async () => {
    const a = await (await testCore('none')).ask('Which chapters talk about consultation apart from chapter 3?');
    expect(a.answer).toMatch(/^Chapter 2 \(“[^”]+”\) and Chapter 6 \(“[^”]+”\)\. /u);
    expect(a.citations.map((c) => c.section)).not.toContain('chapter-3');
    expect(a.citations[0]?.section).not.toBe('overview');
  });

  it('answers "which chapter…" from the overview when it says it far better than any chapter', async () => {
    const core = await testCore('none');
    for (const q of ['Which chapter says community is the basic unit of governance?', 'Which section says community is the basic unit of governance?']) {
      expect((await core.ask(q)).answer).toMatch(/^From the overview, on the thesis as a whole: Community is the basic unit of the party's governance/);
    }
    // A chapter that says it as well as the overview is still the answer.
    expect((await core.ask('Which chapter says close contact with the masses is a fine style?')).citations[0]?.section).toBe('chapter-1');
  });

  it('reads "what case study" as asking what the thesis studies', async () => {
    const a = await (await testCore('use-lite')).ask('What case study does the thesis use?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/community governance in Urumqi/);
  });

  it('reads "why did the author choose X" as about X, unless the thesis writes of choosing it', async () => {
    const core = await testCore('use-lite');
    const urumqi = await core.ask('Why did the author pick Urumqi for the case study?');
    expect(urumqi.citations[0]?.section).toBe('overview');
    expect(urumqi.answer).toMatch(/Urumqi/);
    const framework = await core.ask('Why was the concentric circle chosen as the framework?');
    expect(framework.answer).toMatch(/^The reasons are as follows/);
  });

  it('answers "does it mention…" with a yes when the quote holds it, and never says yes to "is it static?"', async () => {
    const core = await testCore('use-lite');
    expect((await core.ask('Does the thesis mention the corps?')).answer).toMatch(/^Yes\. .*corps/);
    expect((await core.ask('Quick check - does chapter 4 talk about villages?')).answer).toMatch(/^Yes\. .*villages/);
    // "A discussion of" asks whether; the thesis's own "consultation and discussion" is no answer.
    const history = await core.ask("Is there a discussion of the history of Urumqi's communities?");
    expect(history.answer).toMatch(/^Yes\. .*history/);
    expect(history.answer).not.toMatch(/consultation and discussion/);
    expect((await core.ask('Is the concentric circle static?')).answer).not.toMatch(/^Yes/);
    expect((await core.ask('Is the mass line mentioned in chapter 6?')).answer).toMatch(/^No\. Chapter 6 does not say/);
  });

  it('takes "the key to…" as the topic, and "the key findings" as asking for findings', async () => {
    const core = await testCore('use-lite');
    expect((await core.ask('What is the key to community governance?')).citations[0]?.quote).toMatch(/the key to community governance is/);
    expect((await core.ask('What are the key findings?')).citations[0]?.quote).toMatch(/it is confirmed that/);
    // "Well" says how, not what: it does not pull in "to do the mass work well".
    expect((await core.ask('What is the key to running community governance well?')).citations[0]?.quote).toMatch(/the key to community governance is/);
  });

  it('asks about the thing, not its kind, in "what kind of…"', async () => {
    const a = await (await testCore('use-lite')).ask('What kind of model is the concentric circle?');
    expect(a.abstained).toBe(false);
    expect(a.citations.some((c) => c.section === 'chapter-1')).toBe(true);
  });

  it('takes "everything" as the topic when the thesis says it, not in "tell me everything about…"', async () => {
    const core = await testCore('use-lite');
    const leads = await core.ask('Does the party lead everything?');
    expect(leads.citations[0]?.quote).toMatch(/the party leads everything/);
    const all = await core.ask('Tell me everything about chapter 3');
    expect(all.citations.every((c) => c.section === 'chapter-3')).toBe(true);
  });

  it('reads "the whole dissertation" as the work, not as the word "whole"', async () => {
    const a = await (await testCore('use-lite')).ask("What's the main argument of the whole dissertation?");
    expect(a.citations[0]?.section).toBe('overview');
  });

  it('reads "true or false: …" as the claim it frames', async () => {
    const a = await (await testCore('use-lite')).ask('True or false: chapter 5 is about the last kilometer');
    expect(a.abstained).toBe(false);
    expect(a.citations[0]?.section).toBe('chapter-5');
  });

  it('answers about several chapters named in one list', async () => {
    const a = await (await testCore('use-lite')).ask('What are chapters 3 and 4 about?');
    expect(a.abstained).toBe(false);
    expect(new Set(a.citations.map((c) => c.section))).toEqual(new Set(['chapter-3', 'chapter-4']));
  });

  it('answers "chapter 4 or chapter 5?" from the one that says it, not from each in turn', async () => {
    const a = await (await testCore('use-lite')).ask('Does chapter four or chapter five deal with party branch secretaries?');
    expect(a.citations[0]?.section).toBe('chapter-5');
    expect(a.answer).not.toMatch(/General Secretary/u);
  });

  it('refuses a comparison with a place the thesis never names, though it uses each word', async () => {
    const a = await (await testCore('use-lite')).ask('How does this compare to community governance in the United States?');
    expect(a.abstained).toBe(true);
  });

  it('says the thesis does not use a term it is asked to define, though it uses each word', async () => {
    const core = await testCore('use-lite');
    const absent = await core.ask('How does the thesis define social capital?');
    expect(absent).toMatchObject({ abstained: true, citations: [] });
    expect(absent.answer).toMatch(/^The thesis text we have does not say\. It does not use the term “social capital”\. The closest parts are/);
    // A model named after a place is a term of its own, though the thesis names the place.
    expect((await core.ask('what is meant by the "Xinjiang model"?')).answer).toMatch(/It does not use the term “Xinjiang model”\./u);
    const present = await core.ask("What is meant by the 'last kilometer'?");
    expect(present.abstained).toBe(false);
    expect(present.citations[0]?.quote).toMatch(/last kilometer/);
    const defined = await core.ask('How does the thesis define the concentric circle of party-masses interaction?');
    expect(defined.citations[0]?.quote).toMatch(/^The "concentric circle" of the interaction between the party and the masses is the development/);
    // The term is the topic: not the chapter that "defines the concept" of other things.
    const framed = await core.ask('Define the mass line concept');
    expect(framed.citations.map((c) => c.quote).join(' ')).toMatch(/mass line/);
    expect(framed.citations.map((c) => c.quote).join(' ')).not.toMatch(/defines the concept/);
    // A thing's part ("the circle's center") is no term: the thesis may say it in other words.
    expect((await core.ask("How does the thesis define the circle's center?")).answer).toMatch(/leadership of the party as the center/);
  });

  it('answers a question about a missing chapter by listing the sections there are', async () => {
    const a = await (await testCore('use-lite')).ask('What does chapter nine say?');
    expect(a).toMatchObject({ abstained: true, citations: [] });
    expect(a.answer).toBe('The thesis has no Chapter 9. Its sections are: Overview, Introduction, Chapter 1, Chapter 2, Chapter 3, Chapter 4, Chapter 5, Chapter 6.');
  });

  it('says a named chapter is missing even when the question names another part too', async () => {
    const core = await testCore('use-lite');
    expect((await core.ask('What does chapter 7 conclude?')).answer).toMatch(/^The thesis has no Chapter 7\./);
    expect((await core.ask('Compare chapter 2 and chapter 9')).answer).toMatch(/^The thesis has no Chapter 9\./);
  });

  it('reads what a named chapter concludes from its closing sentences', async () => {
    const a = await (await testCore('use-lite')).ask('What does chapter 6 conclude?');
    expect(a.citations.every((c) => c.section === 'chapter-6')).toBe(true);
    expect(a.citations.at(-1)?.quote).toMatch(/^With the expansion of "concentric circle"/);
  });

  it('answers metadata questions from the catalogue record', async () => {
    const a = await (await testCore('use-lite')).ask('Who wrote the thesis?');
    expect(a.answer).toBe('The thesis was written by Y L Wang. [Metadata]');
    expect(a.citations[0]).toMatchObject({ section: 'metadata', quote: 'Y L Wang' });
  });
});

describe('ask with awkward input', () => {
  it.each([
    ['', /Please type a question/],
    ['   \n\t ', /Please type a question/],
    ['x'.repeat(10_000), /10000 characters long/],
    ['😀🎉🔥', /could not find any words/],
    ['\u200b\u200b', /Please type a question/],
  ])('rejects %j with a clear message', async (q, message) => {
    await expect((await testCore('none')).ask(q)).rejects.toMatchObject({ code: 'BAD_QUESTION', message: expect.stringMatching(message) });
  });

  it('ignores mentions, Markdown and control characters around a real question', async () => {
    const core = await testCore('none');
    const a = await core.ask('<@123456789012345678> @everyone **What are the three\u0007 fine\u200b styles of the party?**');
    expect(a.citations[0]?.section).toBe('chapter-1');
    expect(a.answer).not.toMatch(/@everyone|<@/);
  });

  it('reads chat shorthand, digits for numbers, word families and typos', async () => {
    const core = await testCore('none');
    expect((await core.ask('How do the masses come to accept consultative democracy?')).citations[0]?.quote).toMatch(/accept,recognize and use this democratic way/);
    expect((await core.ask('wat are the 4 dangers')).citations[0]?.quote).toMatch(/"four dangers"/);
    expect((await core.ask("yo what's ch 3 about")).citations[0]?.section).toBe('chapter-3');
    expect((await core.ask('whats chapter 2 even about')).citations[0]?.section).toBe('chapter-2');
    expect((await core.ask('What does the contracting circle bring together?')).citations[0]?.section).toBe('chapter-6');
    expect((await core.ask('is the circle flexibel')).citations.map((c) => c.quote).join(' ')).toMatch(/stability and flexibility/);
    // A mistyped section name still names it, and a typo that is a rare word ("brach") is mended.
    expect((await core.ask('introducton part talk about what')).citations[0]?.section).toBe('introduction');
    expect((await core.ask('fifth chapter about party brach say what')).citations[0]?.quote).toMatch(/Party branch/);
    expect((await core.ask('tldr of the intro pls')).citations[0]?.section).toBe('introduction');
    // Typos of the words readers ask with: the catalogue record answers, the question kept as typed.
    const wrote = await core.ask('who wrot this');
    expect(wrote.citations[0]?.section).toBe('metadata');
    expect(wrote.question).toBe('who wrot this');
    expect((await core.ask('what dose the introdution introduce')).citations[0]?.section).toBe('introduction');
    // A mistyped request for a summary gets the summary, as typed correctly.
    const typed = await core.ask('sumarize chaptr 3');
    expect(typed.citations).toEqual((await core.ask('summarize chapter 3')).citations);
    expect(typed.question).toBe('sumarize chaptr 3');
    // "The second experience" asks for the second of the experiences, not for "Second, …".
    expect((await core.ask('what is the second experience?')).answer).toMatch(/^Through the continuous sinking of the ruling center of gravity/u);
    expect((await core.ask("What is the 'last kilometer' a metaphor for?")).citations[0]?.section).toBe('chapter-5');
  });

  it('answers the question after what the asker says of themselves, echoing what was typed', async () => {
    const core = await testCore('none');
    const typed = "I'm presenting chapter 4 tomorrow, what are its main points?";
    const a = await core.ask(typed);
    expect(a.question).toBe(typed);
    expect(a.citations.length).toBeGreaterThan(0);
    expect(a.citations.every((c) => c.section === 'chapter-4')).toBe(true);
    expect((await core.ask('I am new here, what is the thesis about?')).citations[0]?.quote).toMatch(/^This paper attempts/);
  });

  it('reads an acronym of a name the thesis writes out, and refuses one it never writes', async () => {
    const core = await testCore('none');
    expect((await core.ask("Which NGOs work in Urumqi's communities?")).abstained).toBe(true);
    expect((await core.ask('OK so what is the mass line?')).abstained).toBe(false);
    expect((await core.ask("What does the CPC's 19th congress report say about party leadership?")).citations[0]?.quote).toMatch(/Communist Party of China/);
  });

  it('names the chapter a "which chapter" question points to by its neighbour', async () => {
    const core = await testCore('none');
    expect((await core.ask('Which chapter comes after the one on consultation?')).answer).toMatch(/^Chapter 4, “/);
    expect((await core.ask('what comes after chapter 6')).answer).toMatch(/^The thesis has no Chapter 7\./);
  });

  it('answers one of two alternatives when the thesis knows only that one', async () => {
    const core = await testCore('none');
    expect((await core.ask('Which thinkers or reports does chapter 1 cite?')).citations[0]?.quote).toMatch(/report of the 19 th National Congress/);
  });

  it('answers what conditions something needs from where the thesis says it is not unconditional', async () => {
    const core = await testCore('none');
    const a = await core.ask('What conditions are needed for contraction and expansion?');
    expect(a.citations.map((c) => c.quote)).toEqual([expect.stringMatching(/are not unconditional\.$/), expect.stringMatching(/^Only under the premise of full consultation/)]);
  });

  it('takes asking words ("remind me", "in one sentence") as the frame, not the topic', async () => {
    const core = await testCore('none');
    expect((await core.ask('In one sentence, what is chapter six about?')).citations[0]?.section).toBe('chapter-6');
    expect((await core.ask('Remind me what the introduction says about research methods')).citations[0]?.quote).toMatch(/research methods/);
    expect((await core.ask('How does chapter one justify the framework?')).citations[0]?.quote).toMatch(/framework/);
    expect((await core.ask('Where does the introduction look at research status?')).citations[0]?.quote).toMatch(/research status/);
    expect((await core.ask('what does the introduction include?')).citations[0]?.section).toBe('introduction');
  });

  it('refuses a Chinese question about the English text and says why', async () => {
    const a = await (await testCore('none')).ask('乌鲁木齐的人口是多少？');
    expect(a.abstained).toBe(true);
    expect(a.answer).toMatch(/in English/);
  });
});

describe('ask in Chinese, over a Chinese thesis', () => {
  const chinese = (async () => {
    const config = testConfig({ corpusPath: path.resolve('test/fixtures/chinese-thesis.txt') });
    return new ThesisCore(await loadThesis(config, { warn: () => {}, onStale: 'rebuild', embedder: undefined }));
  })();

  it('answers a question about a topic from the sentence that holds it', async () => {
    const a = await (await chinese).ask('社区治理的核心是什么？');
    expect(a.citations[0]).toMatchObject({ section: 'chapter-1', quote: '社区治理的核心是党的领导。' });
  });

  it('reads "what does chapter 3 say" and "summarise chapter 5" as asking about those chapters', async () => {
    const about = await (await chinese).ask('第三章讲了什么？');
    expect(about.abstained).toBe(false);
    expect(new Set(about.citations.map((c) => c.section))).toEqual(new Set(['chapter-3']));
    // The heading "第三章 社区协商" names the chapter; the answer quotes what the chapter says.
    expect(about.citations.map((c) => c.quote)).not.toContain('第三章 社区协商');
    expect((await (await chinese).ask('社区协商')).citations.map((c) => c.quote)).not.toContain('第三章 社区协商');
    const summary = await (await chinese).ask('总结第五章');
    expect(summary.abstained).toBe(false);
    expect(new Set(summary.citations.map((c) => c.section))).toEqual(new Set(['chapter-5']));
  });

  it('refuses what the thesis does not cover', async () => {
    expect((await (await chinese).ask('天气怎么样？')).abstained).toBe(true);
  });
});
