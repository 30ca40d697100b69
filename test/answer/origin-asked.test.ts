import { describe, expect, it } from 'vitest';
import { unwrittenOrigin } from '../../src/answer/origin-asked.ts';

describe('unwrittenOrigin', () => {
  // The thesis writes "introduces" and "used", never "proposed" or "coined".
  const unwritten = (word: string) => !/^(?:introduc|used|mention)/iu.test(word);

  it('names which body first brought an idea, asked by a verb the thesis never writes', () => {
    expect(unwrittenOrigin('Which party congress first proposed community governance?', unwritten)).toBe('which party congress first proposed it');
    expect(unwrittenOrigin('Which congress proposed community governance?', unwritten)).toBe('which congress first proposed it');
    expect(unwrittenOrigin('Which meeting put forward the mass line?', unwritten)).toBe('which meeting first put it forward');
    // "Introduced" asks an origin only with "first".
    expect(unwrittenOrigin('Which document first introduced the concentric circle?', unwritten)).toBe('which document first introduced it');
  });

  it('leaves chapters, reports the thesis cites, and verbs it writes to the search', () => {
    expect(unwrittenOrigin('Which chapter first introduces the circle?', unwritten)).toBeUndefined();
    expect(unwrittenOrigin('What report says the party leads everything?', unwritten)).toBeUndefined();
    expect(unwrittenOrigin('Which document introduced the circle?', unwritten)).toBeUndefined();
    expect(unwrittenOrigin('Which congress proposed community governance?', () => false)).toBeUndefined();
  });
});
