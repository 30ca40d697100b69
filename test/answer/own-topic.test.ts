import { describe, expect, it } from 'vitest';
import { ownTopicFirst, typedNow } from '../../src/answer/own-topic.ts';
import { stem } from '../../src/retrieval/terms.ts';
import { bareSection, converse, hitOn, stemmedPassagesOf, testCore, thesisRetriever } from '../helpers.ts';

const six = bareSection('chapter-6');
const ps = stemmedPassagesOf(
  [six, 'The circle has two functions of contraction and expansion.'],
  [six, 'The contraction and expansion of the circle are not unconditional.'],
  [six, 'Conditions of work vary.'],
);

describe('typedNow', () => {
  it('reads the words typed now apart from the question added in brackets', async () => {
    const retriever = await thesisRetriever();
    const leaning = { leans: true, retriever };
    expect(typedNow('what conditions do they need (what are the two functions of the circle?)', leaning)).toEqual({ listing: 'what conditions do they need', stems: [stem('conditions')] });
    // A place in a list and the asking are no topic: the question before is the whole of it.
    expect(typedNow('and the third (what are the four paths?)', leaning).stems).toEqual([]);
    expect(typedNow('which chapter talks about it (what is the mass line)', leaning).listing).toBe('which chapter talks about it (what is the mass line)');
    expect(typedNow('what conditions do they need', { retriever }).stems).toEqual([]);
  });
});

describe('ownTopicFirst', () => {
  const topic = [stem('conditions'), stem('circle'), stem('functions')];
  it('puts a passage on the words typed now and the topic before first, when the best was shown', () => {
    const hits = [hitOn(ps[0], 1), hitOn(ps[2], 0.8), hitOn(ps[1], 0.6)];
    expect(ownTopicFirst(hits, [stem('conditions')], topic, new Set([ps[0]!.start]))[0]?.passage).toBe(ps[1]);
    // Nothing shown yet, or nothing typed of its own: the order stands.
    expect(ownTopicFirst(hits, [stem('conditions')], topic, new Set())[0]?.passage).toBe(ps[0]);
    expect(ownTopicFirst(hits, [], topic, new Set([ps[0]!.start]))[0]?.passage).toBe(ps[0]);
  });

  it('puts a passage on the words typed now first when none holds the topic before too, never one shown', () => {
    const hits = [hitOn(ps[1], 1), hitOn(ps[0], 0.8)];
    // After the conditions, "and what about its functions?": the functions, not the conditions again.
    expect(ownTopicFirst(hits, [stem('functions')], [stem('functions'), stem('conditions')], new Set([ps[1]!.start]))[0]?.passage).toBe(ps[0]);
    expect(ownTopicFirst(hits, [stem('contraction')], [stem('contraction'), stem('work')], new Set([ps[1]!.start, ps[0]!.start]))[0]?.passage).toBe(ps[1]);
  });

  it('keeps the passage shown before that holds both, when the words typed now ask how they relate', () => {
    const hits = [hitOn(ps[0], 1), hitOn(ps[1], 0.8)];
    const shown = new Set([ps[0]!.start]);
    // "Is it the same as contraction (what are the two functions of the circle?)": the functions sentence relates them.
    expect(ownTopicFirst(hits, [stem('contraction')], [stem('contraction'), stem('functions'), stem('circle')], shown, 'is it the same as contraction')[0]?.passage).toBe(ps[0]);
    expect(ownTopicFirst(hits, [stem('contraction')], [stem('contraction'), stem('functions'), stem('circle')], shown, 'what about contraction')[0]?.passage).toBe(ps[1]);
  });

  it('puts a passage shown before that holds the words typed now over the best, when no new one does', () => {
    const hits = [hitOn(ps[2], 1), hitOn(ps[0], 0.8)];
    expect(ownTopicFirst(hits, [stem('functions')], [stem('functions'), stem('work')], new Set([ps[2]!.start, ps[0]!.start]))[0]?.passage).toBe(ps[0]);
  });

  it('puts a passage shown before that holds the words typed now and the topic before over a new one elsewhere holding only the words typed now', () => {
    const three = bareSection('chapter-3');
    const one = bareSection('chapter-1');
    const qs = stemmedPassagesOf([three, 'The masses participate in the consultation.'], [one, 'Governance is hard in terms of participants.'], [three, 'Participants vary widely.']);
    const topic = [stem('participate'), stem('consultation')];
    const shown = new Set([qs[0]!.start]);
    // "Who takes part in it?" of consultation just quoted: the quote again, not "participants" in chapter 1.
    expect(ownTopicFirst([hitOn(qs[0], 1), hitOn(qs[1], 0.9)], [stem('participate')], topic, shown)[0]?.passage).toBe(qs[0]);
    // With a new sentence in the same chapter holding the words typed now, the thread moves on to new ones.
    expect(ownTopicFirst([hitOn(qs[0], 1), hitOn(qs[1], 0.9), hitOn(qs[2], 0.8)], [stem('participate')], topic, shown)[0]?.passage).not.toBe(qs[0]);
  });

  it('answers "is it static?" after the conditions with the sentence saying it is not, shown before or not', async () => {
    const [, , static_] = await converse(await testCore('use-lite'), ['summarize chapter 6', 'what are the conditions?', 'is it static?']);
    expect(static_?.answer).toMatch(/^No\. In practice, the "concentric circle" .* is not static/u);
  });

  it('answers "what conditions do they need?" after the two functions with the conditions', async () => {
    const [, conditions] = await converse(await testCore('use-lite'), ['what are the two functions of the circle?', 'what conditions do they need?']);
    expect(conditions?.answer).toMatch(/not unconditional/);
    expect(conditions?.answer).not.toMatch(/^The thesis says no more/);
  });
});
