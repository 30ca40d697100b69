import { describe, expect, it } from 'vitest';
import { inContext } from '../../src/answer/antecedent.ts';
import type { Passage } from '../../src/retrieval/search.ts';
import { bareSection, passagesOf } from '../helpers.ts';

const section = bareSection;
const two = section('chapter-2');
const three = section('chapter-3');

const passages = passagesOf;

const texts = (ps: readonly Passage[]) => ps.map((p) => p.text);

describe('inContext', () => {
  const ps = passages(
    [two, 'The circle is a model of the mass line.'],
    [two, 'It takes the party as its centre.'],
    [two, 'This paper studies Urumqi.'],
    [three, 'Through the above four paths, the masses unite.'],
    [three, 'The reasons are as follows:'],
    [three, 'first, the party leads.'],
  );

  it('brings the sentence before one that points back to it', () => {
    expect(texts(inContext(ps[1]!, ps))).toEqual(['The circle is a model of the mass line.', 'It takes the party as its centre.']);
  });

  it('passes over a sentence of plural things to find what "it" points to', () => {
    const chapter = passages(
      [two, 'The first chapter defines the concept.'],
      [two, 'Respectively, the related concepts are defined.'],
      [two, 'It focuses on the relationship.'],
      [two, 'They are defined for the city.'],
    );
    expect(texts(inContext(chapter[2]!, chapter))).toEqual(['The first chapter defines the concept.', 'It focuses on the relationship.']);
    expect(texts(inContext(chapter[3]!, chapter))[0]).toBe('It focuses on the relationship.');
  });

  it('brings the sentence that "the first two" counts back over', () => {
    const stages = passages([two, 'Service comes first, then construction.'], [two, 'Governance is harder than the first two.'], [two, 'The first two chapters set the scene.']);
    expect(texts(inContext(stages[1]!, stages))).toEqual(['Service comes first, then construction.', 'Governance is harder than the first two.']);
    expect(texts(inContext(stages[2]!, stages))).toEqual(['The first two chapters set the scene.']);
  });

  it('brings nothing for "the above three points" when the sentence before is only the last of them', () => {
    const points = passages([two, 'Second, the key is the masses.'], [two, 'Therefore, mass work must run through them.'], [two, 'Based on the above three points, the paper chooses the circle.']);
    expect(texts(inContext(points[2]!, points))).toEqual(['Based on the above three points, the paper chooses the circle.']);
  });

  it('brings the premise of a sentence that concludes from it', () => {
    const argued = passages([two, 'Communities gather the most people.'], [two, 'Therefore, mass work must run through them.']);
    expect(texts(inContext(argued[1]!, argued))).toEqual(['Communities gather the most people.', 'Therefore, mass work must run through them.']);
  });

  it('leaves a sentence about the work itself alone', () => {
    expect(texts(inContext(ps[2]!, ps))).toEqual(['This paper studies Urumqi.']);
  });

  it('never reaches across a section edge', () => {
    expect(texts(inContext(ps[3]!, ps))).toEqual(['Through the above four paths, the masses unite.']);
  });

  it('brings the sentence after one that announces it', () => {
    expect(texts(inContext(ps[4]!, ps))).toEqual(['The reasons are as follows:', 'first, the party leads.']);
  });

  it('brings the sentence that spells out a short claim about the same things', () => {
    const claim = passages(
      [two, 'The contraction and expansion of the circle are not unconditional.'],
      [two, 'Only under the premise of full consultation can the circle be contracted and expanded.'],
      [two, 'Only the party leads.'],
    );
    const stemmed = claim.map((p) => ({ ...p, stems: new Set(p.text.includes('circle') ? ['circl', 'contract'] : ['parti']) }));
    expect(texts(inContext(stemmed[0]!, stemmed))).toEqual([claim[0]?.text, claim[1]?.text]);
    // Without the same things in both, the next sentence is about something else.
    expect(inContext(claim[1]!, claim)).toHaveLength(1);
  });

  it('reads Chinese pointers too', () => {
    const zh = passages([three, '社区协商是基层民主的重要形式。'], [three, '这种形式得到了群众的认可。']);
    expect(inContext(zh[1]!, zh)).toHaveLength(2);
  });
});
