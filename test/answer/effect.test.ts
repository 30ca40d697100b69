import { describe, expect, it } from 'vitest';
import { effectFirst } from '../../src/answer/effect.ts';
import { stem } from '../../src/retrieval/terms.ts';
import { bareSection, hitOn, passagesOf, testCore } from '../helpers.ts';

const six = bareSection('chapter-6');
const ps = passagesOf(
  [six, 'The contraction of the circle is not unconditional.'],
  [six, 'Through the contraction of the circle, the power of the people is gathered.'],
);
const hit = hitOn;
const topic = [stem('circle'), stem('contracts')];

describe('effectFirst', () => {
  it('opens the answer to "what happens when…" with the sentence naming it as the means', () => {
    const hits = [hit(ps[0], 1), hit(ps[1], 0.85)];
    expect(effectFirst('What happens when the circle contracts?', hits, topic)[0]?.passage).toBe(ps[1]);
    expect(effectFirst('What is the contraction of the circle used for?', hits, topic)[0]?.passage).toBe(ps[1]);
    expect(effectFirst("what's the contraction of the circle used for?", hits, topic)[0]?.passage).toBe(ps[1]);
    expect(effectFirst('What is the point of contracting the circle?', hits, topic)[0]?.passage).toBe(ps[1]);
    expect(effectFirst('What outcome does the contraction of the circle produce?', hits, topic)[0]?.passage).toBe(ps[1]);
    expect(effectFirst('Why does the contraction of the circle matter?', hits, topic)[0]?.passage).toBe(ps[1]);
    expect(effectFirst('Why is contracting the circle important?', hits, topic)[0]?.passage).toBe(ps[1]);
    expect(effectFirst('What is the significance of contracting the circle?', hits, topic)[0]?.passage).toBe(ps[1]);
    expect(effectFirst('What does contraction of the circle do?', hits, topic)[0]?.passage).toBe(ps[1]);
    expect(effectFirst('What does contraction of the circle deliver?', hits, topic)[0]?.passage).toBe(ps[1]);
    expect(effectFirst('What is the payoff of contracting the circle?', hits, topic)[0]?.passage).toBe(ps[1]);
    expect(effectFirst("What's the circle contraction's end product?", hits, topic)[0]?.passage).toBe(ps[1]);
  });

  it('lets a means naming the whole thing asked about lead from further behind, when the question has other words', () => {
    const hits = [hit(ps[0], 1), hit(ps[1], 0.5)];
    expect(effectFirst('What does the contraction of the circle allow the party to do?', hits, [...topic, stem('party')])[0]?.passage).toBe(ps[1]);
  });

  it('reads a means that ends a clause, and prefers one naming the whole thing to one naming part of it', () => {
    const three = bareSection('chapter-3');
    const qs = passagesOf(
      [three, 'Through the establishment of consultation platforms, the community absorbs positive forces.'],
      [three, 'The party organization has found the greatest common denominator by means of community consultation.'],
    );
    const hits = [hit(qs[0], 1), hit(qs[1], 0.6)];
    const asked = [stem('community'), stem('consultation')];
    expect(effectFirst('What comes out of community consultation?', hits, asked)[0]?.passage).toBe(qs[1]);
    expect(effectFirst('What is the point of community consultation?', hits, asked)[0]?.passage).toBe(qs[1]);
    // Not asked what it brings about, a trailing means is no reason to lead.
    expect(effectFirst('Who takes part in community consultation?', hits, asked)[0]?.passage).toBe(qs[0]);
  });

  it('leaves other questions, and a means sentence far behind the best, alone', () => {
    expect(effectFirst('Is the contraction of the circle unconditional?', [hit(ps[0], 1), hit(ps[1], 0.85)], topic)[0]?.passage).toBe(ps[0]);
    expect(effectFirst('What happens when the circle contracts?', [hit(ps[0], 1), hit(ps[1], 0.3)], topic)[0]?.passage).toBe(ps[0]);
  });

  it('answers what contracting and expanding the thesis\'s circle bring about', async () => {
    const core = await testCore('none');
    expect((await core.ask('What happens when the circle contracts?')).answer).toMatch(/^Through the contraction of "concentric circle", the majestic power/);
    expect((await core.ask('What happens when the circle expands?')).answer).toMatch(/^With the expansion of "concentric circle", targeted governance/);
    expect((await core.ask('what happens through contraction of the circle')).answer).toMatch(/^Through the contraction of "concentric circle", the majestic power/);
    expect((await core.ask('What does the expansion of the circle allow the party to do?')).answer).toMatch(/^With the expansion of "concentric circle", targeted governance/);
    expect((await core.ask('why does contraction matter?')).answer).toMatch(/^Through the contraction of "concentric circle", the majestic power/);
    // Asked what a thing is that the thesis never defines, what it does answers.
    expect((await core.ask('what is the expansion of the circle?')).answer).toMatch(/^With the expansion of "concentric circle", targeted governance/);
    expect((await core.ask('what’s the expansion of the circle?')).answer).toMatch(/^With the expansion of "concentric circle", targeted governance/);
    expect((await core.ask('explain the contraction of the circle')).answer).toMatch(/^Through the contraction of "concentric circle", the majestic power/);
    expect((await core.ask('how does the thesis describe the expansion of the circle?')).answer).toMatch(/^With the expansion of "concentric circle", targeted governance/);
    // "The contraction of the circle" names the contraction: it says nothing of what the circle means.
    expect((await core.ask('what is meaning of concentric circle in this paper')).answer).not.toMatch(/^Through the contraction/);
  });
});
