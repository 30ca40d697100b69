import { describe, expect, it } from 'vitest';
import { askedSource, relatedSides } from '../../src/answer/source.ts';
import { testCore } from '../helpers.ts';

describe('askedSource', () => {
  it('finds who a question asks the views or reactions of', () => {
    expect(askedSource('What do critics say about the mass line?')).toBe('critics');
    expect(askedSource('What did the examiners conclude about the thesis?')).toBe('the examiners');
    expect(askedSource('what did reviewers recommend?')).toBe('reviewers');
    // "Find" is what the party organization does in the thesis, not a view.
    expect(askedSource('What does the party organisation find through consultation?')).toBeUndefined();
    // A speaker's quote or comments are the speaker's words: the speaker is who.
    expect(askedSource('what did the Xi quote say?')).toBe('the Xi');
    expect(askedSource("what did the critics' comments say?")).toBe('the critics');
    // A speaker is of the words typed: not across the question before, carried in brackets.
    expect(askedSource('what does it do exactly (when was it founded (What does the thesis say about the corps?))')).toBe('the thesis');
    expect(askedSource('How did local residents react to the activity?')).toBe('local residents');
    expect(askedSource('How do Western scholars view the mass line?')).toBe('Western scholars');
    expect(askedSource('what did the 19th national congress report say')).toBe('the 19th national congress report');
    expect(askedSource('How did residents rate the visiting-the-people activity?')).toBe('residents');
    expect(askedSource('What is the mass line?')).toBeUndefined();
    expect(askedSource("What is the mayor of Urumqi's view of the circle?")).toBe('the mayor of Urumqi');
    expect(askedSource('What did the survey of party members show?')).toBe('the survey of party members');
    expect(askedSource('What does the author want to show?')).toBe('the author');
    expect(askedSource("What's the critics' take on consultation?")).toBe('the critics');
    expect(askedSource("What is the party's position in national governance?")).toBeUndefined();
    // A say had is a voice, not words said.
    expect(askedSource('How do residents of every ethnic group get a say in community matters?')).toBeUndefined();
  });
});

describe('relatedSides', () => {
  it('finds the two things a question asks the relation of', () => {
    expect(relatedSides('What is the link between religion and party branches?')).toEqual(['religion', 'party branches']);
    expect(relatedSides('How does consultation relate to elections in Urumqi?')).toEqual(['consultation', 'elections in Urumqi']);
    expect(relatedSides('How does the thesis link party building to environmental protection?')).toEqual(['party building', 'environmental protection']);
    // A choice ("…theoretical or tied to practice?") relates nothing.
    expect(relatedSides('Is the circle purely theoretical or tied to practice?')).toBeUndefined();
    // "Its link with…" is a thing kept, not a verb relating two sides.
    expect(relatedSides('How does the party keep its link with ethnic groups strong?')).toBeUndefined();
    expect(relatedSides('How do social media and the mass line interact?')).toEqual(['social media', 'the mass line']);
    expect(relatedSides('How does the party stay connected with the masses?')).toEqual(['the party', 'the masses']);
    expect(relatedSides('what relationship between party and masses is required before the circle changes')).toEqual(['party', 'masses']);
    expect(relatedSides('What relationship between cadres and citizens resulted from the outreach?')).toEqual(['cadres', 'citizens']);
    expect(relatedSides('How did the relationship between cadres and masses change after the visits?')).toEqual(['cadres', 'masses']);
    expect(relatedSides('is that related to national unity and one family?')).toEqual(['that', 'national unity and one family']);
    expect(relatedSides('What is the mass line?')).toBeUndefined();
  });
});

describe('questions about what others say', () => {
  it('refuses the views of people the thesis never mentions, saying so, and answers those it does', async () => {
    const core = await testCore('use-lite');
    const critics = await core.ask('What do critics say about the mass line?');
    expect(critics).toMatchObject({ abstained: true, citations: [] });
    expect(critics.answer).toMatch(/^The thesis text we have does not say\. It does not mention critics\. The closest parts are/);
    expect((await core.ask('What do young people think of the consultation platforms?')).answer).toMatch(/It does not mention young people\./);
    const xi = await core.ask('What does Xi Jinping say about national unity?');
    expect(xi.citations[0]?.quote).toMatch(/^General Secretary Xi Jinping pointed out/);
    // Their title must be in the thesis as written: "examiners" is not "examine", nor "reviewers" "review".
    for (const q of ['What did the examiners think of the thesis?', 'What do reviewers say about chapter 2?']) {
      expect((await core.ask(q)).answer).toMatch(/^(?:The thesis text we have|Chapter 2) does not say\. It does not mention (?:the examiners|reviewers)\./);
    }
    expect((await core.ask('What does the author think?')).abstained).toBe(false);
    expect((await core.ask("What is the mayor of Urumqi's view of the circle?")).answer).toMatch(/It does not mention the mayor of Urumqi\./);
    // The writer, the candidate: the author by another name.
    expect((await core.ask('What does the candidate say about consultative democracy?')).citations[0]?.section).toBe('chapter-3');
    expect((await core.ask('What does the writer say community party organizations lead?')).citations[0]?.section).toBe('chapter-5');
    // Its case, showing something, is the thesis's own voice too.
    expect((await core.ask('How does the Urumqi case show stability?')).abstained).toBe(false);
    expect((await core.ask("What is Xi Jinping's view on national unity?")).citations[0]?.quote).toMatch(/^General Secretary Xi Jinping/);
    const congress = await core.ask('What did the 19th National Congress report say?');
    expect(congress.citations[0]?.section).toBe('chapter-1');
  });

  it('refuses what a speaker the thesis quotes said on a topic it never quotes them on', async () => {
    const core = await testCore('none');
    expect((await core.ask('What did Xi Jinping say about consultation?')).answer).toMatch(/It does not mention Xi Jinping on consultation\./);
    expect((await core.ask('What is the exact quote from Xi Jinping about consultation?')).answer).toMatch(/It does not mention Xi Jinping on consultation\./);
    // The work by another name ("the text") speaks in its own voice: no speaker to look for.
    expect((await core.ask('What does the text say about solidarity drives reaching each household?')).citations[0]?.section).toBe('chapter-4');
    expect((await core.ask('What does the record say about the four dangers?')).citations[0]?.section).toBe('chapter-1');
    expect((await core.ask('What does the write-up say about the corps?')).citations[0]?.section).toBe('chapter-4');
    expect((await core.ask('Give me the quote from Xi Jinping about mass work')).citations[0]?.section).toBe('chapter-4');
    expect((await core.ask('What did the 19th National Congress say about Xinjiang specifically?')).answer).toMatch(/It does not mention the 19th National Congress on Xinjiang\./);
    expect((await core.ask('What did Xi Jinping say about mass work?')).citations[0]?.quote).toMatch(/^General Secretary Xi Jinping/);
    // The work itself is no speaker: what it says about a topic is searched for.
    expect((await core.ask('What does the author say about consultation?')).abstained).toBe(false);
  });

  it('refuses a judgement the thesis never makes, and answers one it does', async () => {
    const core = await testCore('use-lite');
    const failures = await core.ask('What are the failures of the mass line in Urumqi?');
    expect(failures.abstained).toBe(true);
    expect(failures.answer).toMatch(/It does not mention failures\./);
    // The thesis does speak of problems: asked about, they are quoted.
    expect((await core.ask('What problems of community governance does the thesis consider?')).abstained).toBe(false);
  });

  it('refuses a ranking by a measure the thesis never ranks by, and answers one it does', async () => {
    const core = await testCore('none');
    expect(await core.ask('Who are the weakest links in community governance?')).toMatchObject({ abstained: true, answer: expect.stringMatching(/It does not mention the weakest links\./) });
    expect((await core.ask('What is the biggest mass work in Xinjiang?')).answer).toMatch(/^General Secretary Xi Jinping pointed out that the largest mass work/);
  });

  it('refuses a population it never counts by where people live, and answers a count of those who went', async () => {
    const core = await testCore('none');
    expect(await core.ask('How many party members live in Urumqi?')).toMatchObject({ abstained: true, answer: expect.stringMatching(/It does not mention who lives where\./) });
    expect((await core.ask('Roughly how many party members went into the communities?')).answer).toMatch(/^Millions of Party members/);
  });

  it('names what a claim is made of that the thesis never writes: a name before a verb', async () => {
    const core = await testCore('none');
    expect((await core.ask("Does the thesis engage with Habermas's theory of deliberation?")).answer).toMatch(/It does not mention Habermas\./);
    expect((await core.ask('Did the author interview any community secretaries?')).answer).toMatch(/It does not mention “interview”\./);
  });

  it('refuses the relation of something the thesis never mentions to something it does', async () => {
    const core = await testCore('use-lite');
    const religion = await core.ask('What is the link between religion and party branches?');
    expect(religion.abstained).toBe(true);
    expect(religion.answer).toMatch(/It does not mention religion\./);
    expect((await core.ask('What is the relationship between the mass line and the concentric circle?')).abstained).toBe(false);
    const blockchain = await core.ask('How does blockchain improve community governance?');
    expect(blockchain.answer).toMatch(/It does not mention blockchain\./);
    // What the cause acts on may be put in other words than the thesis's; only the cause decides.
    expect((await core.ask('How does consultative democracy help find common ground among ethnic groups?')).abstained).toBe(false);
    // A side's framing words ("over time") are no part of it.
    const overTime = await core.ask('How does the thesis see the relationship between community service, construction and governance over time?');
    expect(overTime.citations[0]?.section).toBe('chapter-1');
  });

  it('refuses the part played by something the thesis never mentions', async () => {
    const core = await testCore('none');
    expect((await core.ask('What role did the military play in community governance?')).answer).toMatch(/It does not mention the military\./);
    expect((await core.ask('How do private companies take part in community governance?')).answer).toMatch(/It does not mention private companies\./);
    expect((await core.ask('How do the masses take part in consultation?')).citations[0]?.section).toBe('chapter-3');
    expect((await core.ask('What role do the corps play?')).abstained).toBe(false);
    // A procedure the thesis never names is not described; handling in general may be, in other words.
    expect((await core.ask('How were the branch secretaries elected?')).answer).toMatch(/It does not mention any elections\./);
    expect((await core.ask('How do community members vote in consultations?')).answer).toMatch(/It does not mention any voting\./);
    expect((await core.ask('How are branch secretaries selected exactly, by election or appointment?')).abstained).toBe(true);
    expect((await core.ask('How are party branches and groups restructured?')).citations[0]?.section).toBe('chapter-5');
    // A long cause named mostly in the thesis's words is not refused for a modifier it never writes.
    const merger = await core.ask('How did the merger of the paramilitary production corps with local authorities help?');
    expect(merger.citations[0]?.section).toBe('chapter-4');
    expect((await core.ask('How does the thesis measure harmony between cadres and masses?')).answer).toMatch(/It does not mention any measurement\./);
    expect((await core.ask('What greatest common divisor did the author compute numerically?')).answer).toMatch(/It does not mention any measurement\./);
    expect((await core.ask('how is the largest common denominator calculated?')).answer).toMatch(/It does not mention any measurement\./);
    expect((await core.ask('How is the contraction of the circle measured?')).answer).toMatch(/It does not mention any measurement\./);
    expect((await core.ask('What is the micro environment of the community like in numbers?')).answer).toMatch(/It does not mention any measurement\./);
    expect((await core.ask('how does the party branch deal with corruption?')).answer).toMatch(/It does not mention corruption\./);
  });

  it('refuses how something works when the thesis never names it, and answers when it does', async () => {
    const core = await testCore('none');
    expect((await core.ask('How do community elections work in Urumqi?')).answer).toMatch(/It does not mention community elections\./);
    expect((await core.ask('How does consultative democracy work?')).abstained).toBe(false);
    // "Work" here is the thesis's "mass work", not a question of how something works.
    expect((await core.ask("How did the autonomous region's activity change mass work in Xinjiang?")).abstained).toBe(false);
  });
});
