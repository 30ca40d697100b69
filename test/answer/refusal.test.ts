import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { asksForOpinion, asksForWriting, asksWhatIsLeftOut, leftOutRefusal, missing, nothingMore, opinionRefusal, refusal, unknownSection, writingRefusal } from '../../src/answer/refusal.ts';
import { parseThesis } from '../../src/ingest/parse.ts';
import type { Hit } from '../../src/retrieval/search.ts';

const parsed = parseThesis(readFileSync('data/thesis.txt', 'utf8'));

/** Hits on the first sentence of each named section, in the order given. */
function hitsIn(...ids: string[]): Hit[] {
  return hitsCovering(0.2, ...ids);
}

/** The same, each covering `coverage` of the question's topic. */
function hitsCovering(coverage: number, ...ids: string[]): Hit[] {
  return ids.map((id, index) => {
    const section = parsed.sections.find((s) => s.id === id);
    if (!section?.sentences[0]) throw new Error(`no section ${id}`);
    const s = section.sentences[0];
    return { passage: { index, section, text: s.text, start: s.start, end: s.end, stems: new Set(), contextStems: new Set() }, score: 0.2, coverage, similarity: 0.2 };
  });
}

describe('refusal', () => {
  it('says the thesis does not say and names the two nearest sections once each', () => {
    const a = refusal('What about pizza?', hitsIn('chapter-3', 'chapter-3', 'overview', 'chapter-1'), parsed);
    expect(a).toMatchObject({ abstained: true, citations: [] });
    expect(a.answer).toMatch(/^The thesis text we have does not say\. The closest parts are Chapter 3 \(“How to find.*”\) and Overview \(“.*”\)\.$/);
    expect(a.nearest.map((n) => n.section)).toEqual(['chapter-3', 'overview']);
  });

  it('says what the thesis is about instead of chance directions when no passage shares a word of the question', () => {
    const a = refusal('Who won the match?', hitsCovering(0, 'chapter-3', 'overview'), parsed);
    expect(a.answer).toBe("The thesis text we have does not say. No sentence of it uses the question's words: its keywords are community governance, Party masses interaction, concentric circle and Urumqi.");
    expect(a.nearest).toEqual([]);
    const untitled = { ...parsed, metadata: {} };
    expect(refusal('Who won the match?', hitsCovering(0, 'chapter-3'), untitled).answer).toBe("The thesis text we have does not say. No sentence of it uses the question's words.");
  });

  it('says why when a figure or a date was asked for, and suggests the thesis\'s language for a question in the other', () => {
    expect(refusal('How many?', [], parsed, missing({ kind: 'count', nouns: ['interview'] })).answer).toBe('The thesis text we have does not say. It gives no such figure.');
    expect(refusal('哪一年？', [], parsed, missing({ kind: 'date' })).answer).toBe('The thesis text we have is in English, so a question in Chinese finds none of its words: try asking in English.');
    const chinese = parseThesis(readFileSync('test/fixtures/chinese-thesis.txt', 'utf8'));
    expect(refusal('what is consultative democracy?', [], chinese).answer).toBe('The thesis text we have is in Chinese, so a question in English finds none of its words: try asking in Chinese.');
    expect(refusal('🤔', [], chinese).answer).toMatch(/^The thesis text we have does not say\./u);
  });

  it('asks for English when no word was found and most words are not English, and only then', () => {
    const english = /is in English, and most words of this question are not English ones.*try asking in English\.$/u;
    expect(refusal('¿Qué dice el capítulo cuatro sobre la unidad nacional?', hitsCovering(0, 'chapter-4'), parsed).answer).toMatch(english);
    expect(refusal('Was ist der konzentrische Kreis?', [], parsed).answer).toMatch(english);
    // English words, or a found word, keep the usual refusal.
    expect(refusal('Who won the football match?', hitsCovering(0, 'chapter-4'), parsed).answer).toMatch(/^The thesis text we have does not say\./u);
    expect(refusal('¿Qué dice el capítulo cuatro?', hitsCovering(0.3, 'chapter-4'), parsed).answer).toMatch(/^The thesis text we have does not say\./u);
  });
});

describe('nothingMore', () => {
  it('says the passages already quoted were all, still pointing to the nearest sections', () => {
    const a = nothingMore('what else?', hitsIn('chapter-3'), parsed);
    expect(a).toMatchObject({ abstained: true, citations: [] });
    expect(a.answer).toMatch(/^The thesis text we have says nothing more on this than the passages already quoted\. The closest parts are Chapter 3/);
  });

  it('says no more than that when no passage is left, not what the thesis is about', () => {
    expect(nothingMore('anything else?', [], parsed).answer).toBe('The thesis text we have says nothing more on this than the passages already quoted.');
  });
});

describe('unknownSection', () => {
  it('lists the sections the thesis has', () => {
    const a = unknownSection('chapter 9?', ['Chapter 9'], parsed);
    expect(a.answer).toBe('The thesis has no Chapter 9. Its sections are: Overview, Introduction, Chapter 1, Chapter 2, Chapter 3, Chapter 4, Chapter 5, Chapter 6.');
    expect(a.nearest).toHaveLength(8);
  });
});

describe('writing', () => {
  it.each(['Write me a poem about Urumqi.', 'can you write a short essay on the mass line?', 'compose a haiku about the concentric circle', 'please draft an email to the author', 'Translate the abstract into French.', 'can you translate chapter 3 to Chinese', 'Can you write my essay on the concentric circle?'])('knows %s asks the bot to write', (q) => {
    expect(asksForWriting(q)).toBe(true);
  });

  it.each(['write down the four paths', 'What did the author write about consultation?', 'Write out the title.', 'How does the thesis translate theory into practice?'])('knows %s asks for the thesis', (q) => {
    expect(asksForWriting(q)).toBe(false);
  });

  it('declines to write and says what it can do', () => {
    expect(writingRefusal('Write me a poem.')).toMatchObject({ abstained: true, citations: [], answer: expect.stringMatching(/^I only report what the thesis says.*summarize chapter 2/) });
  });
});

describe('what is left out', () => {
  it.each(['What does the thesis not cover?', 'What topics are missing from the abstract?', 'Is there anything the abstract leaves out?', 'What does chapter 3 not cover?', 'What does the third chapter leave out?', 'What is NOT in the thesis?', "what's missing from the abstract?", "what's missing?"])('reads %s as asking what the text leaves out', (q) => {
    expect(asksWhatIsLeftOut(q)).toBe(true);
  });

  it.each(['What does chapter 3 cover?', 'What is missing from community governance in Urumqi?', 'Does the thesis not mention religion?'])('reads %s as a question about the text', (q) => {
    expect(asksWhatIsLeftOut(q)).toBe(false);
  });

  it('says the text tells what it covers, and how to ask about a topic', () => {
    expect(leftOutRefusal('q')).toMatchObject({ abstained: true, citations: [], answer: expect.stringMatching(/^The thesis text we have says what it covers, not what it leaves out\./u) });
  });
});

describe('opinions', () => {
  it.each(['What do you think of the thesis?', 'Is the argument convincing?', 'Do you agree with chapter 3?', "what's your take on it", 'is this thesis any good', 'is this thesis propaganda?', 'Is the thesis objective?', 'Is it a good thesis?', 'is this a serious piece of research', "What's your personal opinion of the Communist Party?", 'Is it a good framework?', 'is that convincing?', 'Is that a good argument?'])('knows %s asks for the bot’s judgement', (q) => {
    expect(asksForOpinion(q)).toBe(true);
  });

  it.each(['What does the author think about consultation?', 'What does the thesis argue?', 'Do you know what the mass line is?', 'Is the circle static?', 'Is it accurate that the party leads everything?', 'is it right to say the party leads everything', 'is that right that chapter 4 covers national unity?'])('knows %s asks what the thesis says', (q) => {
    expect(asksForOpinion(q)).toBe(false);
  });

  it('declines to judge and points to where the thesis, or the section asked about, makes its claims', () => {
    const whole = opinionRefusal('Is it convincing?', parsed);
    expect(whole).toMatchObject({ abstained: true, citations: [] });
    expect(whole.answer).toMatch(/^I do not judge the thesis.*see Overview \(“.*”\)\. Try “What does the thesis conclude\?”\.$/);
    expect(opinionRefusal('Do you agree with chapter 3?', parsed, ['chapter-3']).answer).toMatch(/see Chapter 3 .*Try “What does chapter 3 conclude\?”/);
    expect(opinionRefusal('Is the introduction convincing?', parsed, ['introduction']).answer).toMatch(/see Introduction .*Try “What does the introduction conclude\?”/);
    expect(opinionRefusal('is that convincing (in Overview)', parsed, ['overview']).answer).toMatch(/Try “What does the thesis conclude\?”/);
  });
});
