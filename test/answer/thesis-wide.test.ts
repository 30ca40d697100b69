import { describe, expect, it } from 'vitest';
import { chapterFirst, overviewFirst } from '../../src/answer/thesis-wide.ts';
import { stem } from '../../src/retrieval/terms.ts';
import type { Section } from '../../src/types.ts';
import { bareSection, hitOn, passagesOf, stemmedPassagesOf, testCore } from '../helpers.ts';

const [overview, two, three, four] = ['overview', 'chapter-1', 'chapter-2', 'chapter-3'].map((id) => bareSection(id as 'overview'));
const ps = stemmedPassagesOf(
  [overview!, 'Urumqi builds a concentric circle of the party and the masses.'],
  [two!, 'The history of Urumqi communities is reviewed.'],
  [three!, 'Consultation in Urumqi finds common ground.'],
  [four!, 'Party members visit families.'],
);

describe('overviewFirst', () => {
  it('opens with the overview when every topic word runs through the thesis', () => {
    const hits = [hitOn(ps[1], 1), hitOn(ps[0], 0.9, 1)];
    expect(overviewFirst(hits, [stem('Urumqi')], ps)[0]?.passage).toBe(ps[0]);
  });

  it('leaves a topic of one part, and an overview sentence that scores far below, alone', () => {
    expect(overviewFirst([hitOn(ps[3], 1), hitOn(ps[0], 0.9, 1)], [stem('families')], ps)[0]?.passage).toBe(ps[3]);
    expect(overviewFirst([hitOn(ps[1], 1), hitOn(ps[0], 0.5, 1)], [stem('Urumqi')], ps)[0]?.passage).toBe(ps[1]);
  });

  it('answers what the thesis argues about its own subject from the overview', async () => {
    const core = await testCore('none');
    expect((await core.ask('What does the thesis argue about Urumqi?')).citations[0]?.section).toBe('overview');
    // The meaning of a term is still asked of the chapter that defines the concepts.
    expect((await core.ask('How does the paper define community?')).citations[0]?.section).toBe('chapter-1');
  });
});

describe('chapterFirst', () => {
  const retelling = `In order to achieve this, ${Array.from({ length: 15 }, (_, i) => `path ${i} does its work`).join('; ')}.`;
  const [long, short, own] = stemmedPassagesOf([overview!, retelling], [overview!, 'Urumqi builds a circle.'], [four!, 'Party members visit families.']);

  it('opens with a chapter\'s own sentence near an overview sentence that retells several chapters', () => {
    expect(chapterFirst([hitOn(long, 1, 1), hitOn(own, 0.8, 0.85)])[0]?.passage).toBe(own);
  });

  it('keeps the overview first when its sentence is short, or the chapter\'s scores or covers far less', () => {
    expect(chapterFirst([hitOn(short, 1, 1), hitOn(own, 0.9, 1)])[0]?.passage).toBe(short);
    expect(chapterFirst([hitOn(long, 1, 1), hitOn(own, 0.6, 1)])[0]?.passage).toBe(long);
    expect(chapterFirst([hitOn(long, 1, 1), hitOn(own, 0.9, 0.5)])[0]?.passage).toBe(long);
  });

  it("opens with a chapter's opening sentence that covers as much as a short overview sentence and scores near it", () => {
    const opening = 'The second chapter introduces the history of Urumqi.';
    const second: Section = { id: 'chapter-2', label: 'Chapter 2', title: 'History', sentences: [{ text: opening, start: 30, end: 30 + opening.length }] };
    const [brief, opener] = passagesOf([overview!, 'This paper considers the history.'], [second, opening]);
    const opens = { ...opener!, start: 30 };
    expect(chapterFirst([hitOn(brief, 1, 1), hitOn(opens, 0.92, 1)])[0]?.passage).toBe(opens);
    expect(chapterFirst([hitOn(brief, 1, 1), hitOn(opens, 0.8, 1)])[0]?.passage).toBe(brief);
    expect(chapterFirst([hitOn(brief, 1, 1), hitOn(opens, 0.95, 0.5)])[0]?.passage).toBe(brief);
  });
});
