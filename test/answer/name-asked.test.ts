import { describe, expect, it } from 'vitest';
import { namesAsked, namesNear, namesPerson, peopleAsked } from '../../src/answer/name-asked.ts';
import { stem } from '../../src/retrieval/terms.ts';
import { testCore } from '../helpers.ts';

describe('what a question asks to be named', () => {
  it('reads the nouns whose names are asked, but not the work or its author', () => {
    expect(namesAsked('What are the names of the six stages?')).toEqual([stem('six'), stem('stages')]);
    // What the names are of is the head: "of Urumqi community development" only says which stages.
    expect(namesAsked('What are the names of the six stages of Urumqi community development?')).toEqual([stem('six'), stem('stages')]);
    expect(namesAsked('List the names of the communities studied')).toEqual([stem('communities'), stem('studied')]);
    expect(namesAsked('What is the name of the dissertation?')).toBeUndefined();
    expect(namesAsked('Which foreign governments criticised the activity?')).toEqual([stem('governments')]);
    expect(namesAsked('Which religious groups take part?')).toEqual([stem('religious'), stem('groups')]);
    expect(namesAsked('Name the three fine styles.')).toBeUndefined();
    // "By name" asks the names of the question's first plural.
    expect(namesAsked('Who are the positive forces in the community, by name?')).toEqual([stem('forces')]);
    expect(namesAsked('Which enemy is deterred, by name?')).toEqual([stem('enemy')]);
    // Places asked one by one are asked by name.
    expect(namesAsked('Which districts of Urumqi were studied?')).toEqual([stem('districts')]);
    expect(namesAsked('Which party branch in Urumqi performed best?')).toEqual([stem('branch')]);
    expect(namesAsked('which rural villages did the members visit?')).toEqual([stem('villages')]);
    expect(namesAsked('Which chapter covers the villages?')).toBeUndefined();
    expect(namesAsked('Which ethnic groups live in Urumqi?')).toEqual([stem('ethnic'), stem('groups')]);
    expect(namesAsked('Name the ethnic groups covered by the study.')).toEqual([stem('ethnic'), stem('groups')]);
    expect(namesAsked('What are the main ethnic groups in Urumqi?')).toEqual([stem('ethnic'), stem('groups')]);
    expect(namesAsked('what were the districts?')).toEqual([stem('districts')]);
    expect(namesAsked("What are the communities' roles?")).toBeUndefined();
    expect(namesAsked('What are the communities doing for the masses?')).toBeUndefined();
    expect(namesAsked('List the things community party organizations strengthened.')).toBeUndefined();
    expect(namesAsked('Which of the ethnic groups benefited most?')).toEqual([stem('ethnic'), stem('groups')]);
    expect(namesAsked('what are they called (how many stages of community development are there?)')).toEqual([stem('stages')]);
    expect(namesAsked('which community in Urumqi had the best results?')).toEqual([stem('community')]);
    expect(namesAsked('What were the six stages called?')).toEqual([stem('six'), stem('stages')]);
    expect(namesAsked('What are the six stages of Urumqi community development called?')).toEqual([stem('six'), stem('stages')]);
  });

  it('reads scholars asked for by their calling, not a topic named with them', () => {
    expect(peopleAsked("Who are the members of the region's party committee?")).toBe(true);
    expect(peopleAsked('Which foreign scholars does the introduction review?')).toBe(true);
    expect(peopleAsked('What theorists inspired the framework?')).toBe(true);
    expect(peopleAsked('Which mathematician invented concentric circles?')).toBe(true);
    expect(peopleAsked('Who are the scholars whose research status the introduction reviews?')).toBe(true);
    expect(peopleAsked('What do scholars abroad say about the topic?')).toBe(false);
    expect(peopleAsked('who designed the concentric circle theory originally?')).toBe(true);
    expect(peopleAsked('Who leads community governance?')).toBe(false);
    // Who began a use is a person asked for; who uses it now may be a body the text names.
    expect(peopleAsked('Who first used the concentric circle in party building?')).toBe(true);
    expect(peopleAsked('Who uses the concentric circle?')).toBe(false);
    expect(peopleAsked('who drew the first concentric circle diagram?')).toBe(true);
    expect(peopleAsked('who draws the largest concentric circle?')).toBe(false);
    // The author of an idea is a person asked for; the author of the work is the record's.
    expect(peopleAsked('Who is the author of the mass line?')).toBe(true);
    expect(peopleAsked('Who is the author of this thesis?')).toBe(false);
  });
});

describe('namesNear', () => {
  const stages = [stem('stages')];
  it('takes a quoted name or a name after the noun, or a capitalised name it heads', () => {
    expect(namesNear('It ran the activity of "national unity and one family".', [stem('activity')])).toBe(true);
    expect(namesNear('They live in a city called Urumqi.', [stem('city')])).toBe(true);
    expect(namesNear('The Youhao Community meets weekly.', [stem('community')])).toBe(true);
    expect(namesNear('It describes development from six stages, and more.', stages)).toBe(false);
  });

  it('does not take a closing quote, a place before a plain noun, or a name the noun only modifies', () => {
    expect(namesNear('It is at the top of the "four dangers".', [stem('dangers')])).toBe(false);
    expect(namesNear('The Urumqi community party organization acts.', [stem('community')])).toBe(false);
    expect(namesNear('It draws four lessons of Urumqi Community Governance.', [stem('community')])).toBe(false);
    expect(namesNear('The vast community of Urumqi organizes.', [stem('community')])).toBe(false);
  });
});

describe('namesPerson', () => {
  it('takes a capitalised word followed by an uncommon capitalised one, not a place', () => {
    expect(namesPerson('General Secretary Xi Jinping pointed out that unity matters.')).toBe(true);
    expect(namesPerson('The author is Maria K. Osei.')).toBe(true);
    expect(namesPerson('As the capital city of Xinjiang Province, Urumqi leads.')).toBe(false);
    expect(namesPerson('It studies Urumqi,Xinjiang.')).toBe(false);
  });
});

describe('asking for names and people', () => {
  it('refuses names and post-holders the thesis does not give, saying so, and gives those it does', async () => {
    const core = await testCore('none');
    expect((await core.ask('What are the names of the six stages?')).answer).toMatch(/^The thesis text we have does not say\. It gives no such names\./);
    expect((await core.ask('Who chairs the community party committee?')).answer).toMatch(/^The thesis text we have does not say\. It names no one in that post\./);
    expect((await core.ask('What is the name of the activity that extended mass work to every family?')).answer).toMatch(/^Through the activity of "national unity and one family"/);
    expect((await core.ask('Who is the leader quoted on national unity?')).answer).toMatch(/^General Secretary Xi Jinping pointed out/);
    expect((await core.ask('Which leader stressed national unity?')).answer).toMatch(/^General Secretary Xi Jinping pointed out/);
    // Xi Jinping is named as General Secretary, not as the party secretary of a city.
    expect((await core.ask('Who is the party secretary of Urumqi?')).answer).toMatch(/^The thesis text we have does not say\. It names no one in that post\./);
  });
});
