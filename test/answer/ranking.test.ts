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

  it('lets a comparing sentence near the best open the answer to a comparing question', async () => {
    const { ctx, question, passage } = await setup();
    const service = hitOn(passage(/^Based on the investigation/), 1);
    const harder = hitOn(passage(/more difficult to achieve than/), 0.8, 1);
    const rank = rankerFor(question('What makes governance harder than service?'), ctx, undefined, []);
    expect(rank([service, harder])[0]?.passage).toBe(harder.passage);
  });
});
