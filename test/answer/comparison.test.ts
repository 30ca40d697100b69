import { describe, expect, it } from 'vitest';
import { comparisonFirst } from '../../src/answer/comparison.ts';
import { bareSection, hitOn, passagesOf, testCore } from '../helpers.ts';

const one = bareSection('chapter-1');
const ps = passagesOf(
  [one, 'Community service is the beginning, promotes community construction and finally forms community governance.'],
  [one, 'Community governance is more difficult to achieve than the first two.'],
);

describe('comparisonFirst', () => {
  it('opens the answer to a comparing question with the sentence that compares', () => {
    const hits = [hitOn(ps[0], 1, 0.8), hitOn(ps[1], 0.7, 0.8)];
    expect(comparisonFirst('What makes governance harder than service?', hits)[0]?.passage).toBe(ps[1]);
    expect(comparisonFirst('How does governance differ in difficulty from service?', hits)[0]?.passage).toBe(ps[1]);
    expect(comparisonFirst('governance versus service?', hits)[0]?.passage).toBe(ps[1]);
  });

  it('leaves questions that exclude ("other than") and comparing sentences that cover less alone', () => {
    expect(comparisonFirst('What other than service does it discuss?', [hitOn(ps[0], 1, 0.8), hitOn(ps[1], 0.7, 0.8)])[0]?.passage).toBe(ps[0]);
    expect(comparisonFirst('What makes governance harder than service?', [hitOn(ps[0], 1, 0.8), hitOn(ps[1], 0.7, 0.4)])[0]?.passage).toBe(ps[0]);
    expect(comparisonFirst('What makes governance harder than service?', [hitOn(ps[0], 1, 0.8), hitOn(ps[1], 0.5, 0.8)])[0]?.passage).toBe(ps[0]);
  });

  it('cites the thesis\'s comparison first when asked why governance is harder', async () => {
    const core = await testCore('none');
    const a = await core.ask('what makes community governance harder than community service and construction');
    expect(a.citations[0]?.quote).toMatch(/^Community governance is more difficult to achieve than the first two/);
  });
});
