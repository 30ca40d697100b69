import { describe, expect, it } from 'vitest';
import { formStem, stem } from '../../src/retrieval/stem.ts';

describe('stem', () => {
  it('stems inflections to one form', () => {
    expect(new Set(['consult', 'consultation', 'consultative'].map(stem)).size).toBe(1);
    expect(stem("party's")).toBe(stem('party'));
    expect(stem('strictly')).toBe(stem('strict'));
    expect(stem('closely')).toBe(stem('close'));
    expect(stem('early')).not.toBe(stem('ear'));
    // Only adverbs lose "-ly": "family" is a noun, and "possibly" is of "possible".
    expect(stem('family')).toBe(stem('families'));
    expect(stem('possibly')).toBe(stem('possible'));
    expect(stem('easily')).toBe(stem('easy'));
    expect(stem('households')).toBe(stem('family'));
    expect(stem('nucleus')).toBe(stem('core'));
    expect(stem('fixed')).toBe(stem('static'));
    expect(stem('maths')).toBe(stem('mathematical'));
    expect(stem('biggest')).toBe(stem('largest'));
    expect(stem('greatest')).toBe(stem('largest'));
    expect(stem('discovered')).toBe(stem('found'));
    expect(stem('shared')).toBe(stem('common'));
    expect(stem('campaign')).toBe(stem('activity'));
    expect(stem('steady')).toBe(stem('stability'));
    expect(stem('adaptable')).toBe(stem('flexibility'));
    expect(stem('links')).toBe(stem('connecting'));
    expect(stem('trying')).toBe(stem('attempts'));
    expect(stem('deliberative')).toBe(stem('consultative'));
    expect(stem('neighbourhoods')).toBe(stem('community'));
    expect(stem('phases')).toBe(stem('stages'));
    expect(stem('officials')).toBe(stem('cadres'));
    expect(stem('foreign')).not.toBe(stem('abroad'));
    expect(stem('overseas')).toBe(stem('abroad'));
    expect(stem('geometry')).toBe(stem('mathematical'));
    expect(stem('strength')).toBe(stem('power'));
    expect(stem('methodology')).toBe(stem('methods'));
    expect(stem('easier')).toBe(stem('difficult'));
    expect(stem('lens')).toBe(stem('framework'));
    expect(stem('constraints')).toBe(stem('restricting'));
    expect(stem('outreach')).toBe(stem('activity'));
    expect(stem('merging')).toBe(stem('integration'));
    // Not the author's.
    expect(stem('authorities')).toBe(stem('government'));
    expect(stem('authorities')).not.toBe(stem('author'));
    expect(stem('upgraded')).toBe(stem('improving'));
    expect(stem('tensions')).toBe(stem('contradictions'));
    expect(stem('flex')).toBe(stem('flexibility'));
    expect(stem('starting')).toBe(stem('beginning'));
    expect(stem('evolution')).toBe(stem('development'));
    expect(stem('join')).toBe(stem('participate'));
    expect(stem('pathways')).toBe(stem('paths'));
    expect(stem('crux')).toBe(stem('key'));
    expect(stem('closer')).toBe(stem('close'));
    expect(stem('tightening')).toBe(stem('contraction'));
    expect(stem('towns')).toBe(stem('city'));
    expect(stem('deliberated')).toBe(stem('consultation'));
    expect(stem('risks')).toBe(stem('danger'));
    expect(stem('instability')).toBe(stem('stability'));
    expect(stem('addressing')).toBe(stem('solve'));
    expect(stem('cooperation')).toBe(stem('joint'));
    expect(stem('fits')).toBe(stem('applicable'));
    expect(stem('applicability')).toBe(stem('applied'));
    expect(stem('citizens')).toBe(stem('people'));
    expect(stem('monarchy')).toBe(stem('monarch'));
    expect(stem('challenges')).toBe(stem('difficulties'));
    expect(stem('linkage')).toBe(stem('links'));
    expect(stem('populace')).toBe(stem('masses'));
    expect(stem('routes')).toBe(stem('paths'));
    expect(stem('forums')).toBe(stem('platform'));
    expect(stem('rallies')).toBe(stem('mobilizes'));
    expect(stem('rulers')).toBe(stem('monarch'));
    expect(stem('competence')).toBe(stem('ability'));
    expect(stem('congregate')).toBe(stem('gather'));
    expect(stem('eras')).toBe(stem('stages'));
    expect(stem('groundwork')).toBe(stem('foundation'));
    expect(stem('oversight')).toBe(stem('supervision'));
    expect(stem('loosening')).toBe(stem('expansion'));
    expect(stem('bonds')).toBe(stem('relationship'));
    expect(stem('story')).toBe(stem('history'));
    expect(stem('programme')).toBe(stem('activity'));
    expect(stem('rigid')).toBe(stem('static'));
    expect(stem('verified')).toBe(stem('confirmed'));
    expect(stem('suitability')).toBe(stem('applicable'));
    expect(stem('retrospective')).toBe(stem('review'));
    expect(stem('apparatus')).toBe(stem('system'));
    expect(stem('administration')).toBe(stem('governance'));
    expect(stem('swelling')).toBe(stem('expansion'));
    expect(stem('amassed')).toBe(stem('gather'));
    expect(stem('chronology')).toBe(stem('history'));
    expect(stem('scaffold')).toBe(stem('framework'));
    expect(stem('embrace')).toBe(stem('accept'));
    expect(stem('perfected')).toBe(stem('improved'));
    expect(stem('bolstered')).toBe(stem('strengthening'));
    expect(stem('strongholds')).toBe(stem('fortress'));
    expect(stem('cells')).toBe(stem('branches'));
    expect(stem('imperial')).toBe(stem('ancient'));
    expect(stem('cohesion')).toBe(stem('unity'));
    expect(stem('societal')).toBe(stem('social'));
    expect(stem('notion')).toBe(stem('concept'));
    expect(stem('researchers')).toBe(stem('scholars'));
    expect(stem('nexus')).toBe(stem('relationship'));
    expect(stem('efficacy')).toBe(stem('effective'));
    expect(stem('capability')).toBe(stem('ability'));
    expect(stem('demanding')).toBe(stem('difficult'));
    expect(stem('lessons')).toBe(stem('experiences'));
    expect(stem('elasticity')).toBe(stem('flexibility'));
    expect(stem('periodization')).toBe(stem('stages'));
    expect(stem('institutional')).toBe(stem('system'));
    expect(stem('exogenous')).toBe(stem('international'));
    expect(stem('internal')).toBe(stem('domestic'));
    // Porter leaves the y of "deploy" in "deployment" and makes it an i in "deployed".
    expect(stem('deployment')).toBe(stem('deployed'));
    // "Difficulty" stays apart from "difficult": "research difficulties" are the introduction's, not governance's.
    expect(stem('difficulties')).not.toBe(stem('difficult'));
    expect(stem('literature')).toBe(stem('status'));
    expect(stem('threat')).toBe(stem('danger'));
    expect(stem('expands')).toBe(stem('expansion'));
    expect(stem('drivers')).toBe(stem('driving'));
    expect(stem('crucial')).toBe(stem('key'));
    expect(stem('four')).toBe(stem('4'));
    expect(stem('democratic')).toBe(stem('democracy'));
    expect(stem('stable')).toBe(stem('stability'));
    expect(stem('decision')).toBe(stem('decide'));
    expect(stem('unity')).not.toBe(stem('unit'));
    expect(stem('built')).toBe(stem('builds'));
    expect(stem('found')).toBe(stem('finds'));
    expect(stem('led')).toBe(stem('leading'));
    expect(stem('choice')).toBe(stem('chooses'));
    expect(stem('picked')).toBe(stem('chosen'));
    expect(stem('shrinking')).toBe(stem('contraction'));
    expect(stem('widen')).toBe(stem('expansion'));
    expect(stem('harmonise')).toBe(stem('harmonious'));
    expect(stem('relations')).toBe(stem('relationship'));
    expect(stem('practised')).toBe(stem('practice'));
    expect(stem('theoretical')).toBe(stem('theory'));
    expect(stem('recognition')).toBe(stem('recognized'));
    expect(stem('pair')).toBe(stem('two'));
    expect(stem('trio')).toBe(stem('three'));
    expect(stem('decades')).toBe(stem('years'));
    expect(stem('analytical')).toBe(stem('analysis'));
    expect(stem('analysis')).toBe(stem('analyzes'));
  });

  it('matches British and American spellings', () => {
    // "Supervise" is no British "-ize": its forms still meet.
    expect(stem('supervised')).toBe(stem('supervision'));
    for (const [gb, us] of [['organisational', 'organization'], ['organiser', 'organizer'], ['centre', 'center'], ['labour', 'labor'], ['organisation', 'organization'], ['mobilised', 'mobilized'], ['analyse', 'analyze']]) {
      expect(stem(gb ?? ''), gb).toBe(stem(us ?? ''));
    }
    expect(stem('four')).not.toBe(stem('for'));
  });

  it('reads "Western" as of the West, and an ordinal the same with its suffix joined or not', () => {
    expect(stem('Western')).toBe(stem('West'));
    expect(stem('19th')).toBe(stem('19'));
  });

  it('keeps a word\'s own forms apart from its synonyms in formStem, "authority" from "author" and "positive" from "position"', () => {
    expect(formStem('chosen')).toBe(formStem('choose'));
    expect(formStem('pick')).not.toBe(formStem('choose'));
    expect(stem('pick')).toBe(stem('choose'));
    expect(formStem('authorities')).toBe(formStem('authority'));
    expect(formStem('authority')).not.toBe(formStem('author'));
    expect(stem('positive')).not.toBe(stem('position'));
  });
});
