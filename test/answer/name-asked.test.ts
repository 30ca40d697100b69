import { describe, expect, it } from 'vitest';
import { namesAsked, namesNear, namesPerson, personAsked } from '../../src/answer/name-asked.ts';
import { stem } from '../../src/retrieval/terms.ts';
import { testCore } from '../helpers.ts';

describe('what a question asks to be named', () => {
  it('reads the nouns whose names are asked, but not the work or its author', () => {
    expect(namesAsked('What are the names of the six stages?')).toEqual([stem('six'), stem('stages')]);
    expect(namesAsked('List the names of the communities studied')).toEqual([stem('communities'), stem('studied')]);
    expect(namesAsked('What is the name of the dissertation?')).toBeUndefined();
    expect(namesAsked('Name the three fine styles.')).toBeUndefined();
  });

  it('reads who holds a post, not who did a thing', () => {
    expect(personAsked('Who is the party secretary of Urumqi?')).toBe(true);
    expect(personAsked('Which leader stressed national unity?')).toBe(true);
    expect(personAsked('Who chairs the committee?')).toBe(true);
    expect(personAsked('Who leads community governance?')).toBe(false);
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
  });
});
