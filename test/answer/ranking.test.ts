import { describe, expect, it } from 'vitest';
import { rankerFor } from '../../src/answer/ranking.ts';
import type { TopicQuestion } from '../../src/answer/topic-answer.ts';
import { Retriever } from '../../src/retrieval/search.ts';
import { stem } from '../../src/retrieval/terms.ts';
import { hitOn, testCore } from '../helpers.ts';

async function setup() {
  const { parsed, corpus } = (await testCore('none')).thesis;
  const retriever = new Retriever(parsed.sections);
  const ctx = { parsed, corpus, retriever };
  const question = (rest: string): TopicQuestion => ({ question: rest, rest, term: undefined, unmentioned: undefined, topic: retriever.topicStems(rest), named: [], scope: [], exclude: new Set(), unrecorded: () => true });
  const passage = (start: RegExp) => retriever.passages.find((p) => start.test(p.text));
  return { ctx, question, passage };
}

describe('rankerFor', () => {
  it('keeps only passages holding the kind of answer expected', async () => {
    const { ctx, question, passage } = await setup();
    const six = hitOn(passage(/from six stages/), 0.5);
    const other = hitOn(passage(/^Community is the basic unit/), 1);
    const rank = rankerFor(question('How many stages are there?'), ctx, { kind: 'count', nouns: [stem('stages')] }, []);
    expect(rank([other, six]).map((h) => h.passage)).toEqual([six.passage]);
  });

  it('keeps none for "who…?" when no passage that could name someone holds the rarest topic word', async () => {
    const { ctx, question, passage } = await setup();
    const corps = hitOn(passage(/^Through the integration and development of the corps/), 1);
    const leading = hitOn(passage(/^Community party organization is the leading core/), 0.8);
    const committee = hitOn(passage(/^The Party committee of the autonomous region has deployed/), 0.5);
    const rank = rankerFor(question('who leads the corps?'), ctx, { kind: 'agent' }, []);
    expect(rank([corps, leading])).toEqual([]);
    // One that names someone and holds the rare word answers.
    expect(rankerFor(question('who deployed the visiting activity?'), ctx, { kind: 'agent' }, [])([committee]).map((h) => h.passage)).toEqual([committee.passage]);
    // The doing asked is no topic word: "started" is the thesis's "beginning", which names no one.
    const beginning = hitOn(passage(/^Based on the investigation of the development process/), 0.3);
    expect(rankerFor(question('who started the visiting activity?'), ctx, { kind: 'agent' }, [])([committee, beginning]).map((h) => h.passage)).toEqual([committee.passage]);
  });

  it('lets a comparing sentence near the best open the answer to a comparing question', async () => {
    const { ctx, question, passage } = await setup();
    const service = hitOn(passage(/^Based on the investigation/), 1);
    const harder = hitOn(passage(/more difficult to achieve than/), 0.8, 1);
    const rank = rankerFor(question('What makes governance harder than service?'), ctx, undefined, []);
    expect(rank([service, harder])[0]?.passage).toBe(harder.passage);
  });
});
