import { describe, expect, it } from 'vitest';
import { readWith } from '../../src/answer/idioms.ts';
import { SCHOLARS_TERMS } from '../../src/answer/scholar-terms.ts';

const plain = (question: string) => readWith(SCHOLARS_TERMS, question);

describe('SCHOLARS_TERMS', () => {
  it("puts a scholar's words in the thesis's own", () => {
    expect(plain('which part covers the state of research?')).toBe('which part covers the research status?');
    expect(plain('What is the current state of the art?')).toBe('What is the research status?');
    expect(plain('Where is the review of domestic and foreign scholarship?')).toBe('Where is the review of research status at home and abroad?');
    expect(plain('does the intro go over what other scholars already wrote?')).toBe('does the intro go over the research status?');
    expect(plain('what did other scholars find about Shanghai?')).toBe('what did other scholars find about Shanghai?');
    expect(plain('How does it build state capacity?')).toBe('How does it build national governance capacity?');
    expect(plain('What is the research design?')).toBe('What is the research methods?');
    expect(plain('what are the theoretical foundations of the thesis?')).toBe('what are the theoretical basis of the thesis?');
    expect(plain('How does the thesis ground party primacy in official discourse?')).toBe('How does the thesis ground party primacy in discourse?');
    expect(plain("How is the circle's elasticity tied to regime stability?")).toBe("How is the circle's elasticity tied to stability?");
    expect(plain('How is the civil-military fusion in Xinjiang described?')).toBe('How is the corps and local government fusion in Xinjiang described?');
    expect(plain('What role does paramilitary-civilian integration play?')).toBe('What role does corps and local government integration play?');
    expect(plain('Is military-civil fusion discussed?')).toBe('Is corps and local government fusion discussed?');
    expect(plain("What are the boundary conditions of the model's dynamics?")).toBe("What are the conditions of the model's dynamics?");
    expect(plain('What ontological status does the concentric circle have: metaphor or model?')).toBe('what is the concentric circle: metaphor or model?');
  });

  it('leaves the words alone where they mean something else', () => {
    expect(plain('What state does the thesis study?')).toBe('What state does the thesis study?');
    expect(plain('What is the state of community governance?')).toBe('What is the state of community governance?');
    expect(plain('What do officials say about consultation?')).toBe('What do officials say about consultation?');
    expect(plain('Is regime change discussed?')).toBe('Is regime change discussed?');
  });
});
