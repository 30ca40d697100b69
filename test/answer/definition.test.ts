import { describe, expect, it } from 'vitest';
import { defines, definitionFirst, describes, termAskedAbout } from '../../src/answer/definition.ts';
import type { Hit } from '../../src/retrieval/search.ts';
import type { Section } from '../../src/types.ts';

const section: Section = { id: 'overview', label: 'Overview', title: '', sentences: [] };
const hit = (text: string, score: number): Hit => ({ passage: { index: 0, section, text, start: 0, end: text.length, stems: new Set(), contextStems: new Set() }, score, coverage: 1, similarity: 0.5 });

const DEFINING = 'The "concentric circle" of the interaction between the party and the masses is the development of the mass line.';
const MENTIONING = 'It focuses on the "concentric circle" of the interaction between the party and the masses, which is why it is chosen.';

describe('defines', () => {
  it('holds for a sentence that opens with the term and says what it is', () => {
    expect(defines(DEFINING, 'the concentric circle')).toBe(true);
    expect(defines('Community governance is an important part of national governance.', 'community governance')).toBe(true);
  });

  it('holds for a long term whose small words stand between its content words', () => {
    expect(defines(DEFINING, 'the concentric circle of the interaction between the party and the masses')).toBe(true);
    expect(defines('In the "concentric circle" of the party and the masses is a model.', 'concentric circle of the party and the masses')).toBe(false);
    expect(defines(DEFINING, 'the concentric circle of party-masses interaction')).toBe(true);
    // A word before the term's own ("concentric") does not hide that the sentence defines it.
    expect(defines(DEFINING, 'the circle of party-masses interaction')).toBe(true);
    expect(defines('Urban community governance is hard.', 'party governance')).toBe(false);
  });

  it('fails for a sentence whose subject is something else that only starts with the term', () => {
    expect(defines('Community party organization is the leading core of all work.', 'community')).toBe(false);
    expect(defines('Community is the basic unit of the party\'s governance in the city.', 'community')).toBe(true);
  });

  it('fails for a sentence that only mentions the term', () => {
    expect(defines(MENTIONING, 'the concentric circle')).toBe(false);
    expect(defines('As a mathematical concept,concentric circle has been applied.', 'concentric circle')).toBe(false);
  });
});

describe('describes', () => {
  it('holds for a definition and for a sentence naming the thing "as" something', () => {
    expect(describes(DEFINING, 'the concentric circle')).toBe(true);
    expect(describes('As the capital city of Xinjiang Province,Urumqi not only follows the rule.', 'Urumqi')).toBe(true);
    expect(describes('As a mathematical concept,concentric circle has been applied.', 'concentric circle')).toBe(true);
    expect(describes('Consultative democracy,as an important way of democracy,has been recognized.', 'consultative democracy')).toBe(true);
  });

  it('fails for a sentence whose "as" names something else', () => {
    expect(describes('As the capital city of Xinjiang Province,the region follows the rule.', 'Urumqi')).toBe(false);
    expect(describes('From the perspective of Xinjiang,the governance in Urumqi is observed.', 'Urumqi')).toBe(false);
  });
});

describe('definitionFirst', () => {
  it('moves a defining sentence that scores nearly as well to the front', () => {
    const hits = [hit(MENTIONING, 1), hit(DEFINING, 0.95)];
    expect(definitionFirst('What is the concentric circle?', hits)[0]?.passage.text).toBe(DEFINING);
    expect(definitionFirst("So what exactly is a 'concentric circle' here?", hits)[0]?.passage.text).toBe(DEFINING);
    // "What's", "whats": the contraction asks what the thing is just as "what is" does.
    expect(definitionFirst("what's the concentric circle?", hits)[0]?.passage.text).toBe(DEFINING);
    expect(definitionFirst('whats the concentric circle', hits)[0]?.passage.text).toBe(DEFINING);
    expect(definitionFirst("Explain the 'concentric circle' of interaction between party and masses.", hits)[0]?.passage.text).toBe(DEFINING);
    expect(definitionFirst('How does the thesis describe the concentric circle?', hits)[0]?.passage.text).toBe(DEFINING);
    expect(definitionFirst('How does Wang characterise the concentric circle?', hits)[0]?.passage.text).toBe(DEFINING);
    // A rewording asked of a carried definition question is read as that question, one sentence or not.
    expect(definitionFirst("explain it like I'm 5 (What is the concentric circle in one sentence)", [hit(MENTIONING, 1), hit(DEFINING, 0.95)])[0]?.passage.text).toBe(DEFINING);
    // So is a rewording asked before or after the question.
    for (const typed of ["explain like I'm five: what is the concentric circle?", 'eli5 what is the concentric circle', 'What is the concentric circle? Say it simply.']) {
      expect(definitionFirst(typed, hits)[0]?.passage.text).toBe(DEFINING);
    }
  });

  it('leaves the order alone when the definition scores much worse or the question asks something else', () => {
    expect(definitionFirst('What is the concentric circle?', [hit(MENTIONING, 1), hit(DEFINING, 0.5)])[0]?.passage.text).toBe(MENTIONING);
    expect(definitionFirst('Why was the concentric circle chosen?', [hit(MENTIONING, 1), hit(DEFINING, 0.95)])[0]?.passage.text).toBe(MENTIONING);
  });

  it('takes a sentence saying what a thing is "as" from further down when its standing is asked', () => {
    const observed = 'From the perspective of social governance in Xinjiang,the governance in Urumqi is observed.';
    const capital = 'As the capital city of Xinjiang Province,Urumqi not only follows the general rule.';
    const hits = [hit(observed, 1), hit(capital, 0.6)];
    for (const q of ["What is Urumqi's position within Xinjiang?", 'how is Urumqi described in relation to Xinjiang?', 'What position does Urumqi hold in Xinjiang?']) {
      expect(definitionFirst(q, hits)[0]?.passage.text, q).toBe(capital);
    }
    expect(definitionFirst('Why is Urumqi studied?', hits)[0]?.passage.text).toBe(observed);
  });

  it('takes a definition from further down when the question asks what a term means in so many words', () => {
    const hits = [hit(MENTIONING, 1), hit(DEFINING, 0.6)];
    expect(definitionFirst('How does the thesis define the concentric circle?', hits)[0]?.passage.text).toBe(DEFINING);
    expect(definitionFirst('What does the thesis mean by the concentric circle?', hits)[0]?.passage.text).toBe(DEFINING);
    expect(definitionFirst('What is the concentric circle?', hits)[0]?.passage.text).toBe(MENTIONING);
    // One of the best saying where the thesis defines it keeps the order.
    const where = 'The first chapter defines the concentric circle and other concepts.';
    expect(definitionFirst('How does the thesis define the concentric circle?', [hit(where, 1), hit(DEFINING, 0.6)])[0]?.passage.text).toBe(where);
  });
});

describe('termAskedAbout', () => {
  it('finds the term a question asks the meaning of, without quotes or framing words', () => {
    expect(termAskedAbout('How does the thesis define social capital?')).toBe('social capital');
    expect(termAskedAbout('I need to know how the thesis defines social capital, can you help?')).toBe('social capital');
    expect(termAskedAbout("Explain the term 'sinking focus'.")).toBe('sinking focus');
    expect(termAskedAbout("what does 'concentric' refer to?")).toBe('concentric');
    // Unquoted, "what does the point-to-point approach refer to?" asks of the thing, not a term.
    expect(termAskedAbout('what does the last mile stand for?')).toBeUndefined();
    expect(termAskedAbout("i dont get what 'sinking focus' means")).toBe('sinking focus');
    expect(termAskedAbout('what this means for Urumqi')).toBeUndefined();
    expect(termAskedAbout("Which values of the masses define the circle's reach?")).toBeUndefined();
    expect(termAskedAbout('What does the author define as the key?')).toBe('key');
    // Terms counted or asked for name none.
    expect(termAskedAbout('The thesis defines several concepts first - which?')).toBeUndefined();
    // How the thesis uses the term is no part of it.
    expect(termAskedAbout('Define urban community governance as the thesis uses it.')).toBe('urban community governance');
    expect(termAskedAbout('What is meant by mass line as used in the thesis?')).toBe('mass line');
    expect(termAskedAbout("What is meant by the 'last kilometer'?")).toBe('last kilometer');
    expect(termAskedAbout("What is meant by the 'last mile' problem?")).toBe('last mile');
    expect(termAskedAbout('what does the author mean by “thousands of clues”')).toBe('thousands of clues');
    expect(termAskedAbout('what does it mean by fighting fortress (summarize chapter 5)')).toBe('fighting fortress');
    // What was said before the question is no term asked about.
    expect(termAskedAbout('My professor says it defines community vaguely. What concepts does it define?')).toBeUndefined();
    expect(termAskedAbout("What is the meaning of 'concentric circle' covered in the last part of chapter one?")).toBe('concentric circle');
    expect(termAskedAbout('Define the mass line concept')).toBe('mass line');
    expect(termAskedAbout('What does point-to-point mean here?')).toBe('point-to-point');
    expect(termAskedAbout("Quote the definition of community governance's core.")).toBe("community governance's core");
    // Typed as keywords.
    expect(termAskedAbout('concentric circle meaning??')).toBe('concentric circle');
    expect(termAskedAbout("'last kilometer' - definition")).toBe('last kilometer');
    expect(termAskedAbout('what is the meaning of the six stages for Urumqi')).toBe('six stages for Urumqi');
  });

  it('leaves "what is X?", whose X is as often a paraphrase as a term', () => {
    expect(termAskedAbout('What is the key to community governance?')).toBeUndefined();
    expect(termAskedAbout('How is community defined?')).toBeUndefined();
  });
});
