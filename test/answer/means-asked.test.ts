import { describe, expect, it } from 'vitest';
import { unwrittenMeans } from '../../src/answer/means-asked.ts';
import { testCore } from '../helpers.ts';

describe('unwrittenMeans', () => {
  const unwritten = (words: string) => /\b(?:media|surveys|interviews|software)\b/iu.test(words);
  it('names a means used that the thesis never writes of, and leaves one it does', () => {
    expect(unwrittenMeans('Does the party use social media to reach the masses?', unwritten)).toBe('social media');
    expect(unwrittenMeans('Did they use surveys to measure satisfaction?', unwritten)).toBe('surveys');
    expect(unwrittenMeans('Does the party use consultation to find common interests?', unwritten)).toBeUndefined();
    expect(unwrittenMeans('Does the thesis use interviews with community workers?', unwritten)).toBe('interviews');
    expect(unwrittenMeans('Does the author use the mass line?', unwritten)).toBeUndefined();
    expect(unwrittenMeans('What software does the community use for consultation?', unwritten)).toBe('software');
    expect(unwrittenMeans('What platform does the community use for consultation?', unwritten)).toBeUndefined();
    // "What tool" asks how; "historical-institutionalist periodization" is the thesis's stages by another name.
    expect(unwrittenMeans('What tool does the party use to find what all have in common?', () => true)).toBeUndefined();
    expect(unwrittenMeans('Which historical-institutionalist periodization does chapter 2 use?', (w) => w !== 'periodization')).toBeUndefined();
    // "What does it use to…" names no means: the question asks which.
    expect(unwrittenMeans('How does the party use it to gather power?', unwritten)).toBeUndefined();
  });

  it('refuses "does the party use social media to reach the masses?", naming what the thesis never mentions', async () => {
    const answer = await (await testCore('none')).ask('Does the party use social media to reach the masses?');
    expect(answer.abstained).toBe(true);
    expect(answer.answer).toMatch(/It does not mention social media\./u);
  });
});
