import { describe, expect, it } from 'vitest';
import { withPlainIdioms } from '../../src/answer/idioms.ts';
import { testCore } from '../helpers.ts';

describe('withPlainIdioms', () => {
  it.each([
    ['How does the party get everyone on the same page?', 'How does the party get everyone in agreement?'],
    ['How are things kept on an even keel?', 'How are things kept stable?'],
    ['What bridges the gap between them?', 'What connect between them?'],
    ['Who has the final say?', 'Who has the leading role?'],
    ['Members entered communities in huge numbers; how many?', 'Members entered communities  ; how many?'],
    ['Who does the corps join forces with?', 'Who does the corps form a joint force with?'],
    ["Why isn't the circle always the same size?", "Why isn't the circle static?"],
    ['Does the circle always stay the same size?', 'Does the circle static?'],
    ['What came of sending huge numbers of cadres into hamlets?', 'What came of sending cadres into hamlets?'],
    ['Who ran the door-knocking initiative?', 'Who ran the visiting the people initiative?'],
    ['The thesis says there were four experiences — what is the second?', 'what is the second of four experiences?'],
    ['the four paths: which comes last?', 'what is the last of the four paths?'],
    ['do people sit down and talk it out?', 'do people hold discussions?'],
    ['why a circle with the party in the middle?', 'why a circle with the party as the center?'],
    ['How is the circle drawn as large as possible?', 'How is the circle drawn largest?'],
    ['How did officials go door to door?', 'How did officials visit the people?'],
    ['What is central to handling community governance?', 'What is the key to handling community governance?'],
    ['why does the author put so much weight on branch secretaries?', 'why does the author emphasise branch secretaries?'],
    ['why place great emphasis on consultation?', 'why emphasise consultation?'],
    ['how is chapter 2 organised?', 'summarize chapter 2'],
    ['how does deliberation work across ethnic cleavages?', 'how does deliberation work across ethnic groups?'],
    ['How does the city unite its diverse peoples?', 'How does the city unite its all ethnic groups?'],
    ['What analytical framework does the study use?', 'What analysis framework does the study use?'],
    ['so why concentric circles and not some other shape lol', 'so why concentric circles lol'],
    ['Why this framework rather than any other framework?', 'Why this framework?'],
    ['How are residents co-opted into deliberation?', 'How are residents absorbed into deliberation?'],
    ["what's the layout of the introductory chapter?", 'summarize the introductory chapter'],
    ['what is the structure of party branches?', 'what is the structure of party branches?'],
    ['Why does the author reject Western-style party competition?', 'Why does the author reject Western-style pluralism of political parties?'],
    ['in plain English, what is the mass line?', ' , what is the mass line?'],
    ['What does it take for the circle to work properly?', 'under what premise can the circle work properly?'],
    ['How are talks between China and the US set up?', 'How are talks between China and the United States set up?'],
    ['How are residents brought into decision-making?', 'How are residents brought into consultation and discussion?'],
    ['Where does the writer set out the ideas behind the study?', 'Where does the writer set out the theoretical basis of the paper?'],
    ['How do party cells keep ordinary people on side?', 'How do party cells unite with ordinary people ?'],
    ['the party leads in all directions - where?', 'the party leads in the East, West, North and south - where?'],
    ['What is the smallest unit of party rule in cities?', 'What is the basic unit of party rule in cities?'],
    ['Which forms of democracy are practised at the lowest level?', 'Which forms of democracy are practised at the grass-roots level?'],
    ["What's new in this thesis?", 'what are the innovations of the thesis?'],
    ['What does the thesis mean when it says the circle is consolidated?', 'the circle is consolidated?'],
    ["Why can't the party go it alone?", "Why can't the party act separately?"],
    ['What is the game-plan?', 'What is the strategy?'],
    ['How does the party keep a lid on instability?', 'How does the party solve instability?'],
    ['What brings the party down to street level?', 'What brings the party down to grass-roots level?'],
    ['What does it say about state capacity?', 'What does it say about national governance capacity?'],
    ["What is the thesis's research design?", "What is the thesis's research methods?"],
    ['Is the framework uniquely Chinese?', 'Is the framework with Chinese characteristics?'],
    ['Which official documents does it cite?', 'Which report does it cite?'],
    ['What is the concentric circle not the same as?', 'What is the concentric circle different from?'],
    ['Which path comes third?', 'what is the third path?'],
    ['What picture does chapter 4 paint of mass work?', 'what does chapter 4 say about mass work?'],
    ['What stands out in chapter 3?', 'What stands out in chapter 3?'],
    ["The circle isn't the same as what?", 'The circle is different from what?'],
    ["What are the party's three good work styles?", "What are the party's three fine styles?"],
    ["What are the party's good habits?", "What are the party's fine styles?"],
    ['Does the circle always stay the same size?', 'Does the circle static?'],
    ['Where was the study conducted?', 'which city does the thesis study?'],
    ['What is unique about Urumqi?', 'What is different from the general rule about Urumqi?'],
    ['What is the party-people interaction?', 'What is the party-masses interaction?'],
    ['How does the party get closer to residents?', 'How does the party connect with residents?'],
    ['What does the author claim is new about the study?', 'what are the innovations?'],
    ['What happens to members who break the rules?', 'What happens to members who violate discipline?'],
    ['How are party members kept in line?', 'How are party members supervised?'],
    ['How do branches keep the members in line?', 'How do branches supervise the members?'],
    ['What happens under strict party self-discipline?', 'What happens under strict party strict governance of the party?'],
    ['How is intra-party discipline kept?', 'How is strict governance of the party kept?'],
    ['What lies at the heart of governing communities?', 'What is the core of governing communities?'],
    ['How is capacity-building treated?', 'How is improving construction quality treated?'],
    ['How do they make sure that everyone benefits?', 'How do they   everyone benefits?'],
    ['What is the external validity of the study?', 'What is the applicability of the study?'],
    ['What sits at the centre of the circle?', 'What is the centre of the circle?'],
    ['How is unity between nationalities promoted?', 'How is national unity promoted?'],
    ['so the circle grows and shrinks?? based on what', 'so the circle expands and contracts?? under what conditions'],
    ['When does the circle get tighter or wider?', 'When does the circle get contract and expand?'],
    ['How do residents settle on shared priorities?', 'How do residents settle on common denominator?'],
    ['How do residents and the party find middle ground?', 'How do residents and the party find common denominator?'],
    ['How are party members of various kinds looked after?', 'How are party members of different natures looked after?'],
    ['How does the party discover what different groups all want?', 'How does the party discover the common interests of different groups ?'],
    ['How does the party keep itself disciplined?', 'How does the party strictly govern the party?'],
    ['What sits at the middle of the concentric circle?', 'What is the center of the concentric circle?'],
    ["What is the ultimate objective shared by Xinjiang's peoples?", "What is the common aspiration of Xinjiang's peoples?"],
    ['What is the shared goal of the masses?', 'What is the common aspiration of the masses?'],
    ['What is the ultimate goal that the masses of all ethnic groups share?', 'What is the common aspiration of the masses of all ethnic groups?'],
    ['What is the novelty of this research?', 'What is the innovations of the thesis?'],
    ["What's new in this paper?", "What's the innovations of the thesis?"],
    ['How does the concentric circle work?', 'How does the concentric circle function?'],
    ["what's it called in full", "what's it called"],
    ['How are the mass line and the concentric circle related?', 'How are the mass line and the concentric circle?'],
    ['Summarize chapter 5 and list its sources', 'Summarize chapter 5'],
    ['what is the mass line? with sources please', 'what is the mass line? please'],
    ['how does consultation work in practice?', 'how does consultation function?'],
    ['hmm why is it called a concentric circle anyway', 'hmm what does concentric circle mean'],
    ["why is the framework called 'concentric circle'?", "what does 'concentric circle' mean?"],
    ["What's the link between party construction and community governance?", "What's the between party construction and community governance?"],
    ['How is party construction linked to community governance?', 'How is party construction related to community governance?'],
    ['Is the visiting activity described as compulsory?', 'Is the visiting activity compulsory?'],
    ['What are the micro-level conditions?', 'What are the micro conditions?'],
    ['Are party members portrayed as a vanguard?', 'Are party members a vanguard?'],
    ['does the introduction say what is new about the study?', 'does the introduction say what the innovations are?'],
    ["does the intro say what's new?", 'does the intro say what the innovations are?'],
    ['did the author go into detail about consultation?', 'did the author discuss consultation?'],
    ['which chapter goes into the most detail on consultation?', 'which chapter discuss consultation?'],
    ['Is the corps part of the story in chapter 4?', 'Is the corps discussed in chapter 4?'],
    ['What changed once the cadres moved into communities?', 'what happened once the cadres entered communities?'],
  ])('reads %s plainly', (idiom, plain) => {
    expect(withPlainIdioms(idiom)).toBe(plain);
  });

  it('leaves the words of an idiom alone when they stand apart', () => {
    for (const q of ['What is on the first page?', 'Which line does the party take?', 'Does it say the last kilometer?', 'What is the final chapter?', 'What is the middle chapter about?', 'What is the last word of chapter 2?', 'Which chapter is closer to the start?', 'What is new in the new era?', 'How do they break through the last mile?', 'How does mass work help?', 'What related concepts are defined?', 'How does the party stay connected with ordinary people?', 'Is the circle purely theoretical or tied to practice?', "Why is the party's leadership called decisive?", 'Why is it called that?', 'what is new about consultation?', 'did the work of consultation succeed?', 'why a circle and not a square?']) expect(withPlainIdioms(q)).toBe(q);
  });

  it('answers a request for a section\'s key sentence or most important part with the one sentence that says what it does', async () => {
    const core = await testCore('none');
    for (const q of ['quote the key sentence of chapter 3', 'which part of chapter 3 is most important?', 'give me one quote that sums up chapter 3']) {
      const answer = await core.ask(q);
      expect(answer.citations).toHaveLength(1);
      expect(answer.answer).toMatch(/^In the third chapter, the author discusses how to find the largest common denominator/u);
    }
  });

  it('lets an idiom find what the thesis says in plain words instead of being refused', async () => {
    const core = await testCore('none');
    const same = await core.ask('How does the party get everyone on the same page?');
    expect(same).toMatchObject({ abstained: false, citations: [expect.objectContaining({ section: 'chapter-3' })] });
    expect((await core.ask('What are the nuts and bolts of the consultation system?')).citations[0]?.section).toBe('chapter-3');
    expect((await core.ask('Who has the final say in the community?')).citations[0]?.quote).toMatch(/^Community party organization is the leading core/u);
    const closer = await core.ask('How does the party get closer to ordinary residents according to the fourth chapter?');
    expect(closer).toMatchObject({ abstained: false, citations: [expect.objectContaining({ section: 'chapter-4' })] });
    // The "smallest" unit is the basic one; the "lowest" level, the grass roots.
    expect((await core.ask('What is the smallest unit of party rule in cities?')).citations[0]?.quote).toMatch(/^Community is the basic unit/u);
    expect((await core.ask('Which form of democracy is practised at the lowest level?')).citations[0]?.quote).toMatch(/^Consultative democracy,as an important way of democracy at the grass-roots level/u);
    // Cadres living among residents visit the people; the circle's "image" is the circle.
    expect((await core.ask('what was the point of sending cadres to live among residents?')).citations[0]?.section).toBe('chapter-4');
    expect((await core.ask('why is the circle image borrowed from maths?')).citations[0]?.section).toBe('chapter-1');
  });
});
