import { describe, expect, it } from 'vitest';
import { contrastFirst, contrastedSides } from '../../src/answer/contrast.ts';
import { contentStems } from '../../src/retrieval/terms.ts';
import { bareSection, hitOn, stemmedPassagesOf, testCore } from '../helpers.ts';

const six = bareSection('chapter-6');
const five = bareSection('chapter-5');
const ps = stemmedPassagesOf(
  [six, 'The contraction and expansion of the circle are not unconditional.'],
  [six, 'Through the contraction of the circle, the power of the people is gathered.'],
  [six, 'With the expansion of the circle, targeted governance is carried out.'],
  [five, 'The expansion of party branches is not discussed here.'],
);

describe('contrastedSides', () => {
  it('reads the two things a question contrasts', () => {
    expect(contrastedSides("what's the difference between contraction and expansion?")).toEqual(['contraction', 'expansion']);
    expect(contrastedSides('how do consultation and elections differ?')).toEqual(['consultation', 'elections']);
    expect(contrastedSides('how is the circle different from the monarch state?')).toEqual(['the circle', 'the monarch state']);
    expect(contrastedSides('contraction vs. expansion')).toEqual(['contraction', 'expansion']);
    expect(contrastedSides('compare the mass line versus the circle?')).toEqual(['mass line', 'the circle']);
    expect(contrastedSides('what is the circle?')).toBeUndefined();
  });
});

describe('contrastFirst', () => {
  const hits = [hitOn(ps[0], 1), hitOn(ps[3], 0.5), hitOn(ps[1], 0.3), hitOn(ps[2], 0.28)];
  const question = 'What is the difference between contraction and expansion?';

  it('puts a sentence on each side alone first, from one section', () => {
    expect(contrastFirst(question, hits, contentStems).slice(0, 2).map((h) => h.passage)).toEqual([ps[1], ps[2]]);
  });

  it('leaves other questions, and a best hit that draws the contrast itself, alone', () => {
    expect(contrastFirst('What is contraction?', hits, contentStems)).toBe(hits);
    const drawn = stemmedPassagesOf([six, 'Contraction differs from expansion in what it gathers.']);
    const withContrast = [hitOn(drawn[0], 1), ...hits];
    expect(contrastFirst(question, withContrast, contentStems)).toBe(withContrast);
  });

  it('puts first a sentence holding both sides whole over one contrasting a side with a third thing', () => {
    const one = bareSection('overview');
    const [relates, other] = stemmedPassagesOf(
      [one, 'The circle is the development and sublimation of the mass line.'],
      [one, 'The circle is not only different from the old order, but also different from the West.'],
    );
    const found = [hitOn(other, 1), hitOn(relates, 0.9)];
    expect(contrastFirst('What is the difference between the mass line and the circle?', found, contentStems)[0]?.passage).toBe(relates);
  });

  it('answers the difference between contracting and expanding the thesis\'s circle', async () => {
    const core = await testCore('none');
    const a = await core.ask("what's the difference between contraction and expansion?");
    expect(a.answer).toMatch(/^Through the contraction of "concentric circle".+With the expansion of "concentric circle"/u);
    // What qualifies the second side ("of the circle") qualifies both: it tells neither apart.
    const of = await core.ask('What is the difference between contraction and expansion of the circle?');
    expect(of.answer).toMatch(/^Through the contraction of "concentric circle".+With the expansion of "concentric circle"/u);
  });
});
