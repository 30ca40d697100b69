import { describe, expect, it } from 'vitest';
import { otherSense, unwrittenSchool } from '../../src/answer/word-sense.ts';
import { testCore, thesisRetriever } from '../helpers.ts';

describe('otherSense', () => {
  it('names a compound whose head the thesis writes only in another compound ("capital city")', async () => {
    const r = await thesisRetriever();
    expect(otherSense('Does the thesis discuss social capital?', r)).toBe('social capital');
    expect(otherSense('What theory of social capital does the author engage with?', r)).toBe('social capital');
    expect(otherSense('what about political capital', r)).toBe('political capital');
    expect(otherSense('Social capital?', r)).toBe('social capital');
  });

  it('leaves the compound the thesis means, names, phrases it writes and qualities to the search', async () => {
    const r = await thesisRetriever();
    for (const q of ['Which city is the capital of Xinjiang?', 'what is the xinjiang capital?', "What is Xinjiang's capital?", 'What is the United Front?', 'Is the relationship close?', 'Is the relationship very close?', 'What is the capital?', 'What about the fine styles?', 'what does it say about social governance?', 'what is mass work?']) {
      expect(otherSense(q, r), q).toBeUndefined();
    }
  });
});

describe('unwrittenSchool', () => {
  it('names a theory or method by the first word of it the thesis never uses', async () => {
    const r = await thesisRetriever();
    expect(unwrittenSchool('does the thesis use grounded theory?', r)).toBe('grounded theory');
    expect(unwrittenSchool('Does the author apply rational choice theory?', r)).toBe('rational choice theory');
    expect(unwrittenSchool('what about the principal-agent theory?', r)).toBe('principal-agent theory');
    expect(unwrittenSchool('does it take a mixed methods approach', r)).toBe('mixed methods');
  });

  it('leaves the theories it writes, asking words and a scholar\'s framing', async () => {
    const r = await thesisRetriever();
    for (const q of ['What is the concentric circle theory?', 'what theory does the paper use?', 'What analytical approach does the paper take?', 'What is the epistemological approach combining history and reality?', 'which research methods are used?', 'is the mass-line approach explained?', 'what is the party building theory in ch1?']) {
      expect(unwrittenSchool(q, r), q).toBeUndefined();
    }
  });
});

describe('a compound of another sense', () => {
  it('is refused by name, not answered from the capital city', async () => {
    const core = await testCore('none');
    const asked = await core.ask('Does the thesis discuss social capital?');
    expect(asked.abstained).toBe(true);
    expect(asked.answer).toMatch(/It does not mention social capital\./u);
  });

  it('and so is a school the thesis never names, not answered from its own theory', async () => {
    const core = await testCore('none');
    const asked = await core.ask('does the thesis use grounded theory?');
    expect(asked.abstained).toBe(true);
    expect(asked.answer).toMatch(/It does not mention grounded theory\./u);
  });
});
