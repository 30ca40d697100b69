import { describe, expect, it } from 'vitest';
import { firstMentionFirst, sequenceFirst } from '../../src/answer/sequence.ts';
import { bareSection, hitOn, passagesOf, stemmedPassagesOf, testCore } from '../helpers.ts';

describe('sequenceFirst', () => {
  const ch = bareSection('chapter-2');
  const ps = passagesOf([ch, 'The paper describes the development of communities from six stages.'], [ch, 'Community service is the beginning, promotes construction and finally forms governance.']);
  const hits = [hitOn(ps[0], 1), hitOn(ps[1], 0.5)];

  it('puts first a sentence telling an order, when an order is asked and it scores near the best', () => {
    expect(sequenceFirst('What stage comes first in community development?', hits).map((h) => h.passage)).toEqual([ps[1], ps[0]]);
    expect(sequenceFirst('What precedes community governance?', hits)[0]?.passage).toBe(ps[1]);
  });

  it('leaves other questions, and an order told too far below the best, as they are', () => {
    expect(sequenceFirst('How many stages are there?', hits)).toBe(hits);
    const far = [hitOn(ps[0], 1), hitOn(ps[1], 0.2)];
    expect(sequenceFirst('What stage comes first?', far)).toBe(far);
  });

  it('answers what community governance grew from with the thesis\'s own order', async () => {
    const core = await testCore('none');
    expect((await core.ask('What precedes governance in the growth of urban neighbourhoods?')).answer).toMatch(/^Based on the investigation .* community service is the beginning/u);
  });
});

describe('firstMentionFirst', () => {
  const ch = bareSection('chapter-2');
  const ps = stemmedPassagesOf([ch, 'Urumqi follows the general rule.'], [ch, 'The paper studies Urumqi and its communities.'], [ch, 'Communities gather the masses.']);
  const hits = [hitOn(ps[1], 1), hitOn(ps[2], 0.5)];

  it('puts first the earliest sentence holding the topic, from the whole text, for "first mentioned"', () => {
    const first = firstMentionFirst('Where does the thesis first mention Urumqi?', hits, ['urumqi'], ps);
    expect(first[0]?.passage).toBe(ps[0]);
    expect(first).toHaveLength(3);
    // "First" at the end, after what is mentioned, asks the same.
    expect(firstMentionFirst('show me where the author mentions Urumqi first', hits, ['urumqi'], ps)[0]?.passage).toBe(ps[0]);
    // "Last mentioned" and "the last word on" ask for the latest.
    expect(firstMentionFirst('Where does the thesis last mention Urumqi?', hits, ['urumqi'], ps)[0]?.passage).toBe(ps[1]);
    expect(firstMentionFirst("What is the thesis's last word on communities?", hits, ['commun'], ps)[0]?.passage).toBe(ps[2]);
  });

  it('leaves other questions, and a topic no sentence holds, as they are', () => {
    expect(firstMentionFirst('Where does the thesis mention Urumqi?', hits, ['urumqi'], ps)).toBe(hits);
    expect(firstMentionFirst('Where is Kashgar first mentioned?', hits, ['kashgar'], ps)).toBe(hits);
  });

  it('answers where the thesis first mentions Urumqi with the overview\'s second sentence', async () => {
    const core = await testCore('none');
    const a = await core.ask('Where does the thesis first mention Urumqi?');
    expect(a.citations[0]?.quote).toMatch(/^As the capital city of Xinjiang Province,Urumqi/u);
    // "Named first" asks the same ("named" is no topic word).
    expect((await core.ask('where is Urumqi named first?')).citations[0]?.quote).toMatch(/^As the capital city of Xinjiang Province,Urumqi/u);
    // So does "first appear", of a word quoted or not ("appear" with "first" is no topic word).
    for (const q of ["Where does the word 'Xinjiang' first appear?", 'where does Xinjiang first come up?']) {
      expect((await core.ask(q)).citations[0]?.quote, q).toMatch(/^As the capital city of Xinjiang Province/u);
    }
  });
});
