import { describe, expect, it } from 'vitest';
import { agentVerb, expectationOf, satisfies } from '../../src/answer/answer-type.ts';
import { stem } from '../../src/retrieval/terms.ts';
import { testCore } from '../helpers.ts';

describe('expectationOf', () => {
  it('reads counts, figures, dates and periods, and nothing from other questions', () => {
    expect(expectationOf('How many community workers were interviewed?')).toEqual({ kind: 'count', nouns: ['worker'] });
    expect(expectationOf('How many community party branches are there?')).toEqual({ kind: 'count', nouns: ['branch'] });
    // A count still to come must be told of what is to come.
    expect(expectationOf('How many stages will the theory go through in the future?')).toMatchObject({ kind: 'count', nouns: ['stage'] });
    expect(satisfies({ kind: 'count', nouns: ['stage'], future: ['theori'] }, 'It develops from six stages.')).toBe(false);
    expect(expectationOf('How many people live there?')).toEqual({ kind: 'count', nouns: ['peopl', 'live'] });
    expect(expectationOf('In how many stages is the development described?')).toEqual({ kind: 'count', nouns: ['stage'] });
    // A follow-up asking what the things counted before are called asks their names.
    expect(expectationOf('what are they called (how many stages of community development are there?)')).toEqual({ kind: 'names', nouns: ['stage'] });
    expect(expectationOf('How many members and workers went into villages?')).toEqual({ kind: 'count', nouns: ['member'] });
    expect(expectationOf('I need the exact number of community party branches in Urumqi')).toEqual({ kind: 'count', nouns: ['branch'] });
    expect(expectationOf('Does chapter 5 give the number of party members in Urumqi?')).toEqual({ kind: 'count', nouns: ['member'] });
    expect(expectationOf('How much did the government spend?')).toEqual({ kind: 'amount', money: true });
    expect(expectationOf('How much money was spent?')).toEqual({ kind: 'amount', noun: 'monei', money: true });
    expect(expectationOf('What budget does the region give?')).toEqual({ kind: 'amount', money: true });
    expect(expectationOf('How large was the joint force of the corps?')).toEqual({ kind: 'amount', money: false });
    expect(expectationOf('How much of the work is mass work?')).toEqual({ kind: 'amount', money: false });
    expect(expectationOf('How is the joint force funded?')).toEqual({ kind: 'money' });
    expect(expectationOf('How are the masses of all ethnic groups taxed?')).toEqual({ kind: 'money' });
    expect(expectationOf('What do party members earn in Urumqi?')).toEqual({ kind: 'money' });
    // Trust earned is no money.
    expect(expectationOf('How does the party cell earn the trust of residents?')).toBeUndefined();
    expect(expectationOf('How do party organisations earn the title of fighting fortress?')).toBeUndefined();
    expect(expectationOf("What are the six stages' dates?")).toEqual({ kind: 'date' });
    expect(expectationOf('Does the thesis provide a timeline of the six stages?')).toEqual({ kind: 'date' });
    expect(expectationOf('What happened over the twenty years of development?')).toBeUndefined();
    expect(expectationOf('In which year did the reform start?')).toEqual({ kind: 'date' });
    // Keywords ending in "date" ask one; a question about "the date" as a word does not.
    expect(expectationOf('xi jinping visit urumqi date')).toEqual({ kind: 'date' });
    expect(expectationOf('what is the date')).toBeUndefined();
    expect(expectationOf('When does the next party congress take place?')).toEqual({ kind: 'date' });
    // "When?" alone in a conversation, the question before in brackets.
    expect(expectationOf('when (who deployed the activity?)')).toEqual({ kind: 'date' });
    expect(expectationOf('What is the corps built on financially?')).toEqual({ kind: 'money' });
    // In the present, "when" is as often "on what condition".
    expect(expectationOf('When does the circle contract?')).toBeUndefined();
    expect(expectationOf('Between which years was the fieldwork?')).toEqual({ kind: 'date' });
    expect(expectationOf('List the six stages with their dates')).toEqual({ kind: 'date' });
    expect(expectationOf("what are the six stages' start and end years?")).toEqual({ kind: 'date' });
    expect(expectationOf('How long did the fieldwork last?')).toEqual({ kind: 'duration', nouns: [stem('fieldwork')] });
    expect(expectationOf('How often do cadres visit families?')).toEqual({ kind: 'frequency' });
    expect(expectationOf('who ran it (tell me about the national unity and one family activity)')).toEqual({ kind: 'agent' });
    expect(expectationOf('who set up the consultation platforms?')).toEqual({ kind: 'agent' });
    // An activity begun is asked of whoever deployed it; an idea's inventor is a person.
    expect(expectationOf('who came up with "visiting the people, benefiting the people"?')).toEqual({ kind: 'agent' });
    expect(expectationOf('Who invented the visiting activity?')).toEqual({ kind: 'agent' });
    expect(expectationOf('who invented the concentric circle theory?')).toEqual({ kind: 'people' });
    expect(expectationOf('Who chairs the committee?')).toMatchObject({ kind: 'person' });
    expect(expectationOf('how many times a year do they meet?')).toEqual({ kind: 'frequency' });
    expect(expectationOf('What criteria does the party use to select branch secretaries?')).toEqual({ kind: 'criteria' });
    expect(expectationOf('what is the selection criteria for secretaries')).toEqual({ kind: 'criteria' });
    expect(expectationOf('what will happen to the theory in future according to the paper')).toEqual({ kind: 'future', nouns: [stem('theory')] });
    expect(expectationOf("What preconditions does the author set for the circle's dynamics?")).toEqual({ kind: 'condition' });
    expect(expectationOf('Under what conditions can the circle contract?')).toEqual({ kind: 'condition' });
    expect(expectationOf('What is the key to community governance?')).toBeUndefined();
    expect(expectationOf('When does the circle contract?')).toBeUndefined();
  });
});

describe('satisfies', () => {
  it('wants a number counting the noun asked about', () => {
    const stages = { kind: 'count', nouns: ['stage'] } as const;
    expect(satisfies(stages, 'It describes development from six stages,and more.')).toBe(true);
    expect(satisfies(stages, 'It describes the stages of development.')).toBe(false);
    expect(satisfies({ kind: 'count', nouns: ['member'] }, 'Millions of Party members entered communities.')).toBe(true);
    expect(satisfies({ kind: 'count', nouns: ['worker', 'member'] }, 'Millions of Party members and workers entered communities.')).toBe(true);
    expect(satisfies({ kind: 'count', nouns: ['commun'] }, 'In the 20 years of community development.')).toBe(false);
    expect(satisfies({ kind: 'count', nouns: ['disput'] }, 'Councils resolve about two thirds of disputes.')).toBe(true);
    expect(satisfies({ kind: 'count', nouns: ['famili'] }, 'The activity of "national unity and one family" reached every family.')).toBe(false);
  });

  it('wants a figure for an amount, in a sentence about what is measured', () => {
    expect(satisfies({ kind: 'amount', noun: 'monei' }, 'The city spent 20 million yuan of public money.')).toBe(true);
    expect(satisfies({ kind: 'amount', noun: 'monei' }, 'In the 20 years of community development.')).toBe(false);
    expect(satisfies({ kind: 'amount' }, 'It is one of the four paths.')).toBe(false);
    // A share may be written out: "one seat in five", "two-thirds", "40%".
    expect(satisfies({ kind: 'amount' }, 'Women hold fewer than one seat in five.')).toBe(true);
    expect(satisfies({ kind: 'amount' }, 'About 40% of members vote.')).toBe(true);
    expect(satisfies({ kind: 'amount' }, 'One of them votes in the five councils.')).toBe(false);
    // Money is given in a currency: millions of party members are no cost.
    expect(satisfies({ kind: 'amount', money: true }, 'Millions of Party members have entered communities.')).toBe(false);
    expect(satisfies({ kind: 'amount', money: true }, 'The activity cost 3 million yuan.')).toBe(true);
    expect(satisfies({ kind: 'money' }, 'The corps and the local government form a joint force.')).toBe(false);
    expect(satisfies({ kind: 'money' }, 'The branches are funded by the district budget.')).toBe(true);
  });

  it('wants a proportion for a share, not a count', () => {
    expect(expectationOf('What percentage of residents are party members?')).toEqual({ kind: 'amount', money: false, part: true });
    expect(satisfies({ kind: 'amount', part: true }, 'Millions of Party members have entered communities.')).toBe(false);
    expect(satisfies({ kind: 'amount', part: true }, 'Women hold fewer than one seat in five.')).toBe(true);
    expect(satisfies({ kind: 'amount', part: true }, 'About half of the members vote.')).toBe(true);
  });

  it('wants a year or month for a date, and a span for a period', () => {
    expect(satisfies({ kind: 'date' }, 'The reform began in 2014.')).toBe(true);
    expect(satisfies({ kind: 'date' }, 'The party may lead the masses.')).toBe(false);
    // A period named for its time answers "when" too.
    expect(satisfies({ kind: 'date' }, 'In the new era, the danger is still at the top.')).toBe(true);
    expect(satisfies({ kind: 'duration' }, 'In the 20 years of community development.')).toBe(true);
    expect(satisfies({ kind: 'duration' }, 'Over the years it grew.')).toBe(false);
    // A span of what is asked about: "20 years of community development" is no span of a consultation.
    expect(satisfies({ kind: 'duration', nouns: [stem('community'), stem('development')] }, 'In the 20 years of community development.')).toBe(true);
    expect(satisfies({ kind: 'duration', nouns: [stem('consultation')] }, 'In the 20 years of community development, the focus of mass work was found by consultation.')).toBe(false);
    expect(satisfies({ kind: 'frequency' }, 'Cadres visit every family twice a year.')).toBe(true);
    expect(satisfies({ kind: 'agent' }, 'The Party committee has deployed and carried out the activity.')).toBe(true);
    expect(satisfies({ kind: 'agent' }, 'Xi Jinping pointed out that the largest mass work is national unity.')).toBe(false);
    expect(satisfies({ kind: 'frequency' }, 'The mass work has been extended to every family.')).toBe(false);
    // Criteria are given as such ("only under the premise of…"), not by naming the act they govern.
    expect(satisfies({ kind: 'criteria' }, 'Only under the premise of full consultation can the circle be contracted.')).toBe(true);
    expect(satisfies({ kind: 'criteria' }, 'The organization works by selecting and strengthening Party branch secretaries.')).toBe(false);
    expect(satisfies({ kind: 'condition' }, 'Only under the premise of full consultation can the circle be contracted.')).toBe(true);
    expect(satisfies({ kind: 'condition' }, 'The circle has two functions of contraction and expansion.')).toBe(false);
    // What is to come, of the thing asked about.
    expect(satisfies({ kind: 'future', nouns: [stem('theory')] }, 'The theory will be further developed and improved.')).toBe(true);
    expect(satisfies({ kind: 'future', nouns: [stem('theory')] }, 'The theory has certain applicability.')).toBe(false);
    expect(satisfies({ kind: 'future', nouns: [stem('community')] }, 'The theory will be further developed and improved.')).toBe(false);
  });

  it('wants a named person for scholars asked by their calling', () => {
    expect(expectationOf('Which Western theorists does the literature review cite?')).toEqual({ kind: 'people' });
    expect(satisfies({ kind: 'people' }, 'General Secretary Xi Jinping pointed out that unity matters.')).toBe(true);
    expect(satisfies({ kind: 'people' }, 'The introduction covers research status at home and abroad.')).toBe(false);
  });
});

describe('answers that need a figure', () => {
  it('answers a count the thesis gives and refuses one it does not, saying why', async () => {
    const core = await testCore('use-lite');
    const stages = await core.ask('How many stages of development does the thesis describe?');
    expect(stages.abstained).toBe(false);
    expect(stages.answer).toMatch(/six stages/);
    const workers = await core.ask('How many community workers were interviewed?');
    expect(workers.abstained).toBe(true);
    expect(workers.answer).toMatch(/^The thesis text we have does not say\. It gives no such figure\. The closest parts are/);
    // The literature review is there; the scholars it cites are not named.
    expect((await core.ask('Does the thesis have a literature review?')).citations[0]?.section).toBe('introduction');
    expect((await core.ask('Which scholars does the literature review cite?')).abstained).toBe(true);
    expect((await core.ask('Which villages did the party members visit?')).answer).toMatch(/It gives no such names\./);
    expect((await core.ask('Which streets take part in national unity activities?')).answer).toMatch(/It gives no such names\./);
    expect((await core.ask('What languages are used in community consultation?')).abstained).toBe(true);
    expect((await core.ask('What age are most party branch secretaries?')).abstained).toBe(true);
    // The name of a post's holder is a person, not any name near the post's words ("Urumqi").
    expect((await core.ask('What is the name of the Urumqi party secretary?')).answer).toMatch(/It names no one in that post\./);
  });

  it('counts the head of the asked phrase, not a word before it', async () => {
    const core = await testCore('use-lite');
    const members = await core.ask('How many party members went into communities?');
    expect(members.abstained).toBe(false);
    expect(members.answer).toMatch(/Millions of Party members/);
    // "Millions of Party members" counts members, not branches.
    expect((await core.ask('How many community party branches are there in Urumqi?')).abstained).toBe(true);
  });
});

describe('agentVerb', () => {
  it('gives the doing a "who…?" question asks, without its auxiliary', () => {
    expect(agentVerb('who started the visiting activity?')).toBe('started');
    expect(agentVerb('who did set up the platforms?')).toBe('set up');
    expect(agentVerb('what is the corps?')).toBeUndefined();
  });
});
