import { describe, expect, it } from 'vitest';
import { converse, testCore } from '../helpers.ts';

describe('onlyNews: a follow-up answered with what was already quoted', () => {
  it('says when a follow-up finds only what was quoted, giving it again, but answers a new question as it is', async () => {
    const core = await testCore('none');
    const first = await core.ask('what are the research methods');
    const seen = new Set(first.citations.map((c) => c.start));
    // "Does it say which ones?" is answered by what the quote lacks (unlisted.ts).
    const which = await core.ask('does it say which ones (what are the research methods)', { seen, leans: true });
    expect(which).toMatchObject({ abstained: true, answer: expect.stringMatching(/It mentions research methods but does not say which they are/) });
    const again = await core.ask('why are they used (what are the research methods)', { seen, leans: true });
    expect(again.abstained).toBe(false);
    expect(again.answer).toMatch(/^The thesis says no more on this than the passages? already quoted: The introduction part mainly introduces/);
    expect(again.citations.every((c) => seen.has(c.start))).toBe(true);
    // "Which chapter is that in?" is answered by the chapter it names first: that is news.
    const united = await core.ask('Tell me about the United Front Work');
    const where = await core.ask(`which chapter is that in (${united.question})`, { seen: new Set(united.citations.map((c) => c.start)), leans: true });
    expect(where.answer).toMatch(/^Chapter 1, “/);
    // "What's its title?" gives the heading of the chapter just quoted: that is news too.
    const chapter = await core.ask('what is chapter 3 about');
    const title = await core.ask('what is the title of Chapter 3', { seen: new Set(chapter.citations.map((c) => c.start)), leans: true });
    expect(title.answer).toMatch(/^The text we have gives Chapter 3 no heading; it opens: In the third chapter/);
    expect((await core.ask('what are the research methods', { seen, leans: false })).citations).toEqual(first.citations);
  });

  it('sets two chapters side by side when asked to compare them, though both were read before', async () => {
    const [, , compared] = await converse(await testCore('none'), ['what does chapter 2 cover?', 'and the next chapter?', 'how does it compare with the previous one?']);
    expect(compared?.answer).not.toMatch(/no more on this/u);
    expect(new Set(compared?.citations.map((c) => c.section))).toEqual(new Set(['chapter-2', 'chapter-3']));
  });

  it('answers "how many?" of the things just quoted with their count first, not as nothing new', async () => {
    const [, count] = await converse(await testCore('none'), ['what does chapter 2 say about stages?', 'how many?']);
    expect(count?.answer).toMatch(/^Six stages\. This paper expounds/u);
    const [, listed, many] = await converse(await testCore('none'), ['summarize chapter 2', 'what are the basic experiences there?', 'how many are there?']);
    expect(listed?.answer).toMatch(/^1\. /u);
    expect(many?.answer).toMatch(/^The thesis gives four\.\s+1\. /u);
  });

  it('gives a quote that puts one thing at the top plainly when asked which is the worst', async () => {
    const [, worst] = await converse(await testCore('none'), ['what is the four dangers', 'which is the worst?']);
    expect(worst?.answer).toMatch(/^In the new era, the danger of the party's separation from the masses is still at the top/u);
  });

  it('gives a quote already shown plainly when it holds a follow-up\'s own new words', async () => {
    const [, centre, radius] = await converse(await testCore('none'), ['What is the concentric circle?', 'what is its centre?', 'and its radius?']);
    expect(centre?.answer).toMatch(/as the center/);
    expect(radius?.answer).toMatch(/^The "concentric circle".*as the radius/s);
    // A summary asked for is given as one, whatever of it was quoted before.
    const [, summary] = await converse(await testCore('none'), ['which chapter talks about consultation?', 'summarize it']);
    expect(summary?.answer).toMatch(/^In the third chapter/);
    // A "why" asks what the words alone do not say: all there is, it says so.
    const [, why] = await converse(await testCore('none'), ['How do the circle contract and expand?', 'why are these not unconditional?']);
    expect(why?.answer).toMatch(/^The thesis says no more on this/);
    // "Quote it exactly" asks for the passage again; "say it simpler" gets it again, with why.
    const [, exact, plainer] = await converse(await testCore('none'), ['what is the key to community governance?', 'can you quote it exactly?', 'say it simpler']);
    expect(exact?.answer).toMatch(/^Second, the key to community governance/);
    expect(plainer?.answer).toMatch(/^I can only give the thesis's own words, not a simpler version; the passage again: Second, the key/);
    // "More simply" after a list is the same list, not other passages.
    const [, simply] = await converse(await testCore('none'), ['what are the four paths?', 'more simply please']);
    expect(simply?.answer).toMatch(/^I can only give the thesis's own words, not a simpler version; the passages again: 1\. In order to achieve this goal/);
    // "Does it mention research methods?" of the sentence just quoted: the yes is the news.
    const [, yes] = await converse(await testCore('none'), ['what does the introduction cover?', 'does it mention research methods?']);
    expect(yes?.answer).toMatch(/^Yes\. The introduction part mainly introduces/);
    // "What came of it?": the asking ("came") is no topic of its own; the result is in the sentence shown.
    const [, came] = await converse(await testCore('none'), ['what activity extended mass work to every family?', 'what came of it?']);
    expect(came).toMatchObject({ abstained: false });
    expect(came?.citations[0]?.quote).toMatch(/^Through the activity of "national unity and one family"/);
  });

  it('answers "who said that?" with the quote naming the speaker, shown again, or says the thesis names no one', async () => {
    const core = await testCore('none');
    const first = await core.ask('What does chapter 4 say about national unity?');
    const seen = new Set(first.citations.map((c) => c.start));
    const who = await core.ask(`who said that (${first.question})`, { seen, leans: true });
    expect(who.citations[0]?.quote).toMatch(/^General Secretary Xi Jinping pointed out/);
    const own = await core.ask('What does chapter 3 say about consultative democracy?');
    const unnamed = await core.ask(`who said that (${own.question})`, { seen: new Set(own.citations.map((c) => c.start)), leans: true });
    expect(unnamed).toMatchObject({ abstained: true, answer: expect.stringMatching(/^The thesis names no one else for this/) });
    // Asked of the quote just shown, though the search brings sentences not shown before.
    const line = await core.ask('Tell me about the mass line');
    const lead = new Set(line.citations.slice(0, 1).map((c) => c.start));
    const view = await core.ask(`who said that (${line.question})`, { seen: lead, leans: true });
    expect(view).toMatchObject({ abstained: true, answer: expect.stringMatching(/^The thesis names no one else for this/) });
    // "What did he say?" after the sentence reporting Xi Jinping's words: that sentence, plainly.
    const [, said] = await converse(core, ['who is xi jinping?', 'what did he say?']);
    expect(said?.answer).toMatch(/^General Secretary Xi Jinping pointed out/);
  });

  it('answers "is that in chapter 1?" with a yes and "which chapter is that?" with the chapter, of what was just quoted', async () => {
    const core = await testCore('none');
    const [, inOne] = await converse(core, ['who said the party leads everything?', 'is that in chapter 1?']);
    expect(inOne?.answer).toMatch(/^Yes\. According to the report of the 19 th National Congress/u);
    const [, , inTwo] = await converse(core, ['who said the party leads everything?', 'is that in chapter 1?', 'is it in chapter 2?']);
    expect(inTwo?.answer).toMatch(/^No\. Chapter 2 does not say/u);
    const [, which] = await converse(core, ['what does chapter 4 say about the corps?', 'which chapter is that?']);
    expect(which?.answer).toMatch(/^Chapter 4, “/u);
  });

  it('says plainly that the thesis lists none when asked which ones of things just quoted, and where only one chapter speaks', async () => {
    const core = await testCore('none');
    const [, named] = await converse(core, ['what does the intro cover?', 'what methods does it name?']);
    expect(named?.answer).toMatch(/^The thesis mentions research methods but does not list them\. The introduction part/u);
    const [, aside] = await converse(core, ['what is the corps?', 'elsewhere?']);
    expect(aside?.answer).toMatch(/^Only Chapter 4 speaks of this; no other part of the thesis does\. Through the integration/u);
  });
});
