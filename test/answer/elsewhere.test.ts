import { describe, expect, it } from 'vitest';
import { beyondNamed, farBetter } from '../../src/answer/elsewhere.ts';
import type { Hit } from '../../src/retrieval/search.ts';
import type { Answer } from '../../src/answer/types.ts';
import { bareSection, hitOn, passagesOf } from '../helpers.ts';

const overview = bareSection('overview');
const two = { ...bareSection('chapter-2'), label: 'Chapter 2' };
const intro = { ...bareSection('introduction'), label: 'Introduction' };
const ps = passagesOf(
  [overview, 'Community is the basic unit of governance.'],
  [overview, 'The party finds common ground through consultation; it builds the branch; it gathers strength.'],
  [two, 'The branch is built in six stages.'],
);
const hit = hitOn;

describe('farBetter', () => {
  it('prefers a sentence outside the chapters that covers more and scores far above the best in them', () => {
    expect(farBetter([hit(ps[0], 0.9, 1), hit(ps[2], 0.45, 0.6)], ['chapter-2'])).toBe(true);
    // Not far enough above, or covering no more, the chapter stays the answer.
    expect(farBetter([hit(ps[0], 0.6, 1), hit(ps[2], 0.45, 0.6)], ['chapter-2'])).toBe(false);
    expect(farBetter([hit(ps[0], 0.9, 0.6), hit(ps[2], 0.45, 0.6)], ['chapter-2'])).toBe(false);
  });

  it('does not prefer a sentence listing what the chapters do: it points to them', () => {
    expect(farBetter([hit(ps[1], 0.9, 1), hit(ps[2], 0.45, 0.6)], ['chapter-2'])).toBe(false);
  });
});

describe('beyondNamed', () => {
  const said = (hits: readonly Hit[]): Answer => ({ question: 'q', answer: hits[0]?.passage.text ?? '', abstained: false, citations: [], nearest: [] });
  const refused: Answer = { question: 'q', answer: 'refused', abstained: true, citations: [], nearest: [] };
  const answering = { answer: said, refuse: () => refused, weight: 0.5, seen: undefined };

  it('answers from the named section unless another covers the topic much better, saying so', () => {
    const here = [hit(ps[2], 0.8, 0.5)];
    expect(beyondNamed({ question: 'q', named: [two] }, here, [hit(ps[0], 0.9, 0.6)], answering).answer).toBe('The branch is built in six stages.');
    expect(beyondNamed({ question: 'q', named: [two] }, here, [hit(ps[0], 0.9, 1)], answering).answer).toBe('Chapter 2 does not say; elsewhere the thesis does. Community is the basic unit of governance.');
    // In a conversation, what was quoted is no news; but "is that in chapter 2?" of it is answered by it.
    const shown = { ...answering, seen: new Set([ps[0]!.start]) };
    expect(beyondNamed({ question: 'what else (q)', named: [two] }, here, [hit(ps[0], 0.9, 1)], shown).answer).toMatch(/^Chapter 2 does not say, and elsewhere the thesis says no more/u);
    expect(beyondNamed({ question: 'is that in chapter 2?', named: [two] }, here, [hit(ps[0], 0.9, 1)], shown).answer).toBe('Chapter 2 does not say; elsewhere the thesis does. Community is the basic unit of governance.');
    // The quote just given answers it, though another sentence scores higher.
    const led = { ...shown, lead: { start: ps[1]!.start } };
    expect(beyondNamed({ question: 'is that in chapter 2?', named: [two] }, here, [hit(ps[0], 0.9, 1), hit(ps[1], 0.5, 0.4)], led).answer).toBe(`Chapter 2 does not say; elsewhere the thesis does. ${ps[1]!.text}`);
    // A section named by a plain word is spoken of as "the introduction".
    expect(beyondNamed({ question: 'q', named: [intro, two] }, here, [hit(ps[0], 0.9, 1)], answering).answer).toMatch(/^The introduction and Chapter 2 do not say; elsewhere/);
  });

  it('says that only the section set aside speaks of it ("outside chapter 2"), quoting it there, though quoted before', () => {
    // Named are every section but chapter 2; none of them speaks to the topic.
    const others = [hit(ps[0], 0.2, 0.1)];
    const a = beyondNamed({ question: 'is it mentioned outside chapter 2?', named: [overview, intro], outside: true }, others, [hit(ps[2], 0.9, 1), hit(ps[0], 0.2, 0.1)], { ...answering, seen: new Set([ps[2]!.start]) });
    expect(a.answer).toBe('Only Chapter 2 speaks of this; no other part of the thesis does. The branch is built in six stages.');
    // Without the set-aside, the same hits are the usual "does not say; elsewhere…".
    expect(beyondNamed({ question: 'q', named: [overview, intro] }, others, [hit(ps[2], 0.9, 1)], answering).answer).toMatch(/^The overview and the introduction do not say; elsewhere/u);
  });

  it('lets each named section that speaks to the topic answer when the best sentences all come from one', () => {
    // The usual answer quotes only the best sentence's section; each side is asked for.
    const quoting = (hits: readonly Hit[]): Answer => ({ ...said(hits), citations: hits.slice(0, 1).map((h) => ({ section: h.passage.section.id, label: '', title: '', quote: h.passage.text, start: h.passage.start, end: h.passage.end, score: h.score })) });
    const both = [hit(ps[2], 0.9, 0.9), hit(ps[0], 0.8, 0.8)];
    const a = beyondNamed({ question: 'q', named: [overview, two] }, both, both, { ...answering, answer: quoting });
    expect(a.answer).toBe('Community is the basic unit of governance. The branch is built in six stages.');
    expect(a.citations.map((c) => c.section)).toEqual(['overview', 'chapter-2']);
    // One section named: its answer as usual.
    expect(beyondNamed({ question: 'q', named: [two] }, both, both, { ...answering, answer: quoting }).answer).toBe('The branch is built in six stages.');
  });
});
