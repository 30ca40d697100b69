import { describe, expect, it } from 'vitest';
import { asksWhichSection, onlyOverviewHolds, withLead } from '../../src/answer/lead.ts';
import type { Answer } from '../../src/answer/types.ts';
import type { Passage } from '../../src/retrieval/search.ts';
import type { Section } from '../../src/types.ts';

const four: Section = { id: 'chapter-4', label: 'Chapter 4', title: 'Hundreds of clues', sentences: [] };
const five: Section = { id: 'chapter-5', label: 'Chapter 5', title: 'The last kilometer', sentences: [] };
const passage: Passage = { index: 0, section: four, text: 'The corps and the local government converge.', start: 100, end: 144, stems: new Set(['corp', 'local', 'govern', 'converg']), contextStems: new Set() };
const answer: Answer = {
  question: 'q',
  answer: 'The corps and the local government converge. [Ch. 4]',
  abstained: false,
  nearest: [],
  citations: [{ section: 'chapter-4', label: 'Chapter 4', title: 'Hundreds of clues', quote: passage.text, start: 100, end: 144, score: 1 }],
};
const lead = (question: string, topic: string[], named: Section[] = [], which = false) => withLead(answer, { question, topic, named, which }, [passage]).answer;

describe('withLead', () => {
  it('says "Yes." to "is X one of them?" when the first quote holds every word of X', () => {
    expect(lead('is the corps one of them', ['corp'])).toBe('Yes. The corps and the local government converge. [Ch. 4]');
    expect(lead('is the army one of them', ['armi'])).toBe('The corps and the local government converge. [Ch. 4]');
  });

  it('says "Yes." to "is X so?" when a quote puts the quality so, once even when a count said it first', () => {
    const so = { ...answer, citations: [{ ...answer.citations[0]!, quote: 'The corps and the local government are converged.' }] };
    expect(withLead(so, { question: 'Are the corps and the local government converged?', topic: ['corp'], named: [], which: false }, [passage]).answer).toMatch(/^Yes\. The corps/u);
    const counted = { ...so, answer: `Yes. ${so.answer}` };
    expect(withLead(counted, { question: 'Are the corps and the local government converged?', topic: ['corp'], named: [], which: false }, [passage]).answer).toMatch(/^Yes\. The corps/u);
  });

  it('says "No." to "does it name them?" of things it only counts, and "Yes." to "does it list them?" of a list it gives', () => {
    const counted = { ...answer, answer: `The thesis names the three fine styles but does not list them. ${answer.answer}` };
    expect(withLead(counted, { question: 'does it name them?', topic: ['corp'], named: [], which: false }, [passage]).answer).toMatch(/^No\. The thesis names the three fine styles/u);
    expect(withLead(counted, { question: 'what are the three fine styles?', topic: ['style'], named: [], which: false }, [passage]).answer).toMatch(/^The thesis names/u);
    const listed = { ...answer, answer: `1. ${answer.answer} 2. ${answer.answer}` };
    expect(withLead(listed, { question: 'Does the thesis list the four basic experiences?', topic: ['experi'], named: [], which: false }, [passage]).answer).toMatch(/^Yes\. 1\. /u);
    expect(withLead(listed, { question: 'what are the four basic experiences?', topic: ['experi'], named: [], which: false }, [passage]).answer).toMatch(/^1\. /u);
  });

  it('names the chapter first for "which chapter…"', () => {
    expect(lead('Which chapter covers the corps?', ['corp'], [], true)).toBe('Chapter 4, “Hundreds of clues”. The corps and the local government converge. [Ch. 4]');
    // "Is there a chapter on…" asks yes or no as well.
    expect(lead('Is there a chapter on the corps?', ['corp'], [], true)).toBe('Yes: Chapter 4, “Hundreds of clues”. The corps and the local government converge. [Ch. 4]');
  });

  it('lets the overview answer "in which part…" when only it holds the whole topic, unless a chapter is asked for', () => {
    const overview: Section = { id: 'overview', label: 'Overview', title: 'The thesis', sentences: [] };
    const whole: Passage = { ...passage, section: overview, text: 'It strengthens contact through thousands of clues.', stems: new Set(['strengthen', 'contact', 'thousand', 'clue']) };
    const clues: Passage = { ...passage, text: 'The party links through hundreds of clues.', stems: new Set(['parti', 'link', 'hundr', 'clue']) };
    expect(onlyOverviewHolds('In which part does it talk about thousands of clues?', ['thousand', 'clue'], [clues, whole])).toBe(true);
    expect(onlyOverviewHolds('Which chapter talks about thousands of clues?', ['thousand', 'clue'], [clues, whole])).toBe(false);
    expect(onlyOverviewHolds('In which part does it talk about clues?', ['clue'], [clues, whole])).toBe(false);
  });

  it('names every chapter holding the whole topic for "which chapters…"', () => {
    const later: Passage = { ...passage, section: five, text: 'The corps stands guard.', start: 200, end: 223, stems: new Set(['corp', 'stand', 'guard']) };
    const both = withLead(answer, { question: 'Which chapters mention the corps?', topic: ['corp'], named: [], which: true }, [passage, later]).answer;
    expect(both).toBe('Chapter 4 (“Hundreds of clues”) and Chapter 5 (“The last kilometer”). The corps and the local government converge. [Ch. 4]');
    // One chapter, or "which chapter" in the singular, names the chapter of the first quote.
    expect(withLead(answer, { question: 'Which chapter mentions the corps?', topic: ['corp'], named: [], which: true }, [passage, later]).answer).toMatch(/^Chapter 4, “Hundreds of clues”\. /);
  });

  it('names only the chapters asked among for "which chapters…, besides chapter 6?"', () => {
    const six: Section = { id: 'chapter-6', label: 'Chapter 6', title: 'Contraction', sentences: [] };
    const later: Passage = { ...passage, section: five, text: 'The corps stands guard.', start: 200, end: 223, stems: new Set(['corp', 'stand', 'guard']) };
    const last: Passage = { ...passage, section: six, text: 'The corps converges.', start: 300, end: 320, stems: new Set(['corp', 'converg']) };
    const among = withLead(answer, { question: 'Which chapters mention the corps besides chapter 6?', topic: ['corp'], named: [four, five], which: true }, [passage, later, last]).answer;
    expect(among).toBe('Chapter 4 (“Hundreds of clues”) and Chapter 5 (“The last kilometer”). The corps and the local government converge. [Ch. 4]');
  });

  it('answers "which page…" with the chapter, saying the text has no pages', () => {
    expect(asksWhichSection('Which page discusses the corps?')).toBe(true);
    expect(asksWhichSection("Where does the author look at Urumqi's history?")).toBe(true);
    expect(asksWhichSection('Where does the thesis examine consultation?')).toBe(true);
    expect(asksWhichSection("where should I look for Urumqi's community history")).toBe(true);
    expect(asksWhichSection('Where do I find the part about branch secretaries?')).toBe(true);
    // "The study" is the work, not a verb asking where it is studied.
    expect(asksWhichSection('Where was the study conducted?')).toBe(false);
    // "Where exactly?", "where in the thesis?" of what was just quoted ask its chapter; a bare "where?" may ask a place.
    expect(asksWhichSection('where exactly?')).toBe(true);
    expect(asksWhichSection('where in the thesis?')).toBe(true);
    expect(asksWhichSection('where?')).toBe(false);
    expect(lead('Which page discusses the corps?', ['corp'], [], true)).toBe('The text we have has no page numbers; it is in Chapter 4, “Hundreds of clues”. The corps and the local government converge. [Ch. 4]');
  });

  it('names no chapter when the quote is from the overview, but says it speaks of the thesis as a whole', () => {
    const fromOverview: Answer = { ...answer, citations: answer.citations.map((c) => ({ ...c, section: 'overview', label: 'Overview' })) };
    expect(withLead(fromOverview, { question: 'Which chapter covers the corps?', topic: ['corp'], named: [], which: true }, [passage]).answer).toBe(`From the overview, on the thesis as a whole: ${answer.answer}`);
    expect(withLead(fromOverview, { question: 'Which page covers the corps?', topic: ['corp'], named: [], which: true }, [passage]).answer).toBe(`The text we have has no page numbers; it is in the overview, on the thesis as a whole: ${answer.answer}`);
  });

  it('names the one other chapter a quote itself names as the place', () => {
    const pointing = 'Chapter 5 will return to the corps.';
    const fromOverview: Answer = { ...answer, answer: `${pointing} [Overview]`, citations: answer.citations.map((c) => ({ ...c, section: 'overview', label: 'Overview', quote: pointing })) };
    const fifth: Passage = { ...passage, index: 1, section: five, text: 'The branch is the core.', start: 200, end: 223 };
    expect(withLead(fromOverview, { question: 'Which chapter covers the corps?', topic: ['corp'], named: [], which: true }, [passage, fifth]).answer).toBe(`Chapter 5, “The last kilometer”. ${pointing} [Overview]`);
  });

  it('says "Yes." when the first quote holds every word asked about, from the place asked about', () => {
    expect(lead('Does the thesis mention the corps?', ['corp'])).toMatch(/^Yes\. The corps/);
    expect(lead('lol does it talk about the corps', ['corp'])).toMatch(/^Yes\. The corps/);
    expect(lead('does the intro discuss the corps?', ['corp'])).toMatch(/^Yes\. The corps/);
    expect(lead('Does the thesis say anything about the corps?', ['corp'])).toMatch(/^Yes\. The corps/);
    expect(lead('does it have anything to say on the corps', ['corp'])).toMatch(/^Yes\. The corps/);
    expect(lead('Is the local government mentioned in chapter 4?', ['local', 'govern'], [four])).toMatch(/^Yes\. /);
    // A thing that "comes up" or "appears", or that "any chapter" discusses, is a mention asked.
    expect(lead('does the corps come up anywhere?', ['corp'])).toMatch(/^Yes\. The corps/);
    expect(lead('Does the corps appear in the thesis?', ['corp'])).toMatch(/^Yes\. The corps/);
    expect(lead('Does any chapter talk about the corps?', ['corp'])).toMatch(/^Yes\. The corps/);
  });

  it('leads with where a thing stands when asked if it is in a named section (in-section.ts)', () => {
    expect(lead('is that in chapter 4', ['corp'], [four])).toMatch(/^Yes\. The corps/);
    expect(lead('Is the corps part of chapter 5?', ['corp'], [five])).toMatch(/^No\. The corps/);
  });

  it('says nothing first when a word is missing from the quote, the quote is from elsewhere, or the question asks what', () => {
    const budget: Passage = { ...passage, index: 1, text: 'The budget grew.', start: 200, end: 216, stems: new Set(['budget', 'grew']) };
    expect(withLead(answer, { question: 'Does the thesis mention the corps budget?', topic: ['corp', 'budget'], named: [], which: false }, [passage, budget]).answer).toMatch(/^The corps/);
    expect(lead('What does the thesis say about the corps?', ['corp'])).toMatch(/^The corps/);
  });

  it('says "No." to "does it mention…" something the thesis never names, and leaves other refusals as they are', () => {
    const refused = { ...answer, answer: 'The thesis text we have does not say. The closest parts are Chapter 4.', abstained: true, citations: [] };
    const refuse = (question: string, topic: string[]) => withLead(refused, { question, topic, named: [], which: false }, [passage]);
    expect(refuse('Does it mention Tibet?', ['tibet']).answer).toBe('No. The thesis text we have does not mention Tibet. The closest parts are Chapter 4.');
    expect(refuse('Is the internet discussed in chapter 5?', ['internet']).answer).toMatch(/^No\. The thesis text we have does not mention the internet\./);
    expect(refuse('Is there any mention of Tibet?', ['tibet']).answer).toMatch(/^No\. The thesis text we have does not mention Tibet\./);
    expect(refuse('does Tibet come up anywhere?', ['tibet']).answer).toMatch(/^No\. The thesis text we have does not mention Tibet\./);
    // The corps is in the thesis: the refusal is about what the question asked of it.
    expect(refuse('Does it mention the corps budget in 1990?', ['corp'])).toBe(refused);
    expect(refuse('What is the budget?', ['budget'])).toBe(refused);
  });

  it('reads "acknowledge", "address", "tackle" after the thesis as "mention", and says no once', () => {
    expect(lead('Does the thesis tackle the corps?', ['corp'])).toMatch(/^Yes\. The corps/);
    expect(lead('Is the local government addressed?', ['local', 'govern'])).toMatch(/^Yes\. /);
    const refused = { ...answer, answer: 'The thesis text we have does not say. It does not mention weaknesses. The closest parts are Chapter 4.', abstained: true, citations: [] };
    const no = withLead(refused, { question: 'Does the author acknowledge any weaknesses?', topic: ['weak'], named: [], which: false }, [passage]);
    expect(no.answer).toBe('No. The thesis text we have does not mention any weaknesses. The closest parts are Chapter 4.');
  });

  it('says "No." to "does it mention…" when a word of it never occurs, naming the quoted section as a direction', () => {
    const no = withLead(answer, { question: 'Does the thesis mention the corps budget?', topic: ['corp', 'budget'], named: [], which: false }, [passage]);
    expect(no).toMatchObject({ abstained: true, citations: [], answer: 'No. The thesis text we have does not mention the corps budget. The closest parts are Chapter 4 (“Hundreds of clues”).' });
    expect(no.nearest.map((s) => s.section)).toEqual(['chapter-4']);
  });
});

describe('asksWhichSection', () => {
  it('takes "where is that?" as asking where in the thesis', () => {
    expect(asksWhichSection('where is that?')).toBe(true);
    expect(asksWhichSection('Where is Urumqi?')).toBe(false);
    expect(asksWhichSection('and where is that said in the thesis')).toBe(true);
    expect(asksWhichSection("where's that from?")).toBe(true);
    expect(asksWhichSection('what part of the thesis is about the corps?')).toBe(true);
    expect(asksWhichSection('is there a chapter on consultation?')).toBe(true);
    expect(asksWhichSection('what part does the party play?')).toBe(false);
    expect(asksWhichSection('where does it say that?')).toBe(true);
    expect(asksWhichSection('Where is Urumqi?')).toBe(false);
  });

  it('is not fooled by a chapter the question names by number', () => {
    expect(asksWhichSection('Tell me what chapter 3 is about.')).toBe(false);
    expect(asksWhichSection('which chapter four says it')).toBe(false);
  });

  it.each([
    'Which chapter deals with party branches?',
    'what section covers methods',
    'In which part is consultation discussed?',
    'Where does the thesis talk about Xi Jinping?',
    "where's the bit about consultation platforms",
    'Where can I read about the four dangers?',
    'where does the thesis define the mass line?',
  ])('reads %s as asking for a section', (q) => {
    expect(asksWhichSection(q)).toBe(true);
  });

  it('leaves "what part does X play" and "where is <a place>" alone', () => {
    expect(asksWhichSection('What part does the party play in consultation?')).toBe(false);
    expect(asksWhichSection('Where is Urumqi?')).toBe(false);
  });
});
