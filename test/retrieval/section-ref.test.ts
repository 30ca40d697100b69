import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseThesis } from '../../src/ingest/parse.ts';
import { findSectionRefs } from '../../src/retrieval/section-ref.ts';

const { sections } = parseThesis(readFileSync('data/thesis.txt', 'utf8'));

describe('findSectionRefs', () => {
  it.each([
    ['What does chapter four say about clues?', ['chapter-4']],
    ['In the 3rd chapter, what is consultation?', ['chapter-3']],
    ['What does ch5 say?', ['chapter-5']],
    ['what does chap 3 say about consultation', ['chapter-3']],
    ['What does the last chapter discuss?', ['chapter-6']],
    ['What topics are introduced at the start of the thesis?', ['introduction']],
    ["what's the thread running through all six chapters?", []],
    ['what do its 6 chapters share', []],
    ['what does the thesis say at the beginning?', ['introduction']],
    ['What does the opening part of the thesis introduce?', ['introduction']],
    ['what is in the final section of the dissertation', ['overview']],
    ['what comes at the end of the dissertation?', ['overview']],
    ['what is the first sentence of the abstract?', []],
    ['what does the end of the abstract say about the framework?', ['overview']],
    ['what does the author conclude from that?', []],
    ['what is said at the start of the text?', []],
    ['In the introduction, which methods are named?', ['introduction']],
    ['What does the introductory section set out?', ['introduction']],
    ['What methodology is described in the opening section?', ['introduction']],
    ['What is in the closing part?', ['overview']],
    ['What does section 4 discuss?', ['chapter-4']],
    ['What does part 2 say?', ['chapter-2']],
    ['part one of my question: who wrote it?', []],
    ['What part does the party play?', []],
    ['第三章讲了什么？', ['chapter-3']],
    ['绪论讲了什么', ['introduction']],
    ['结论是什么？', ['overview']],
    ['Compare chapter 2 and chapter 3', ['chapter-2', 'chapter-3']],
    ['What is the conclusion of the thesis?', ['overview']],
    ['What does the thesis conclude?', ['overview']],
    ["What's the thesis's final verdict on the framework?", ['overview']],
    ['What does the concluding chapter say?', ['chapter-6']],
    ['Give me an overview of chapter 3', ['chapter-3']],
    ['Chapter 6 overview please', ['chapter-6']],
    ['1st chapter overview', ['chapter-1']],
    ['ch 3\'s overview', ['chapter-3']],
    ["what is the third chapter's conclusion?", ['chapter-3']],
    ['What is chapter 2 an introduction to?', ['chapter-2']],
    ['What does chapter 3 conclude?', ['chapter-3']],
    // What someone else concluded is no part of the thesis.
    ['What did the examiners conclude about the thesis?', []],
    ['What did the author conclude?', ['overview']],
    ['What does the sixth chapter conclude?', ['chapter-6']],
    ['What does the overview say about Urumqi?', ['overview']],
    ['What is consultative democracy?', []],
    ['what are chapters 3 and 4 about', ['chapter-3', 'chapter-4']],
    ['Summarise chapters three, four and five', ['chapter-3', 'chapter-4', 'chapter-5']],
    ['What do chapters 2-4 cover?', ['chapter-2', 'chapter-3', 'chapter-4']],
    ['chapters 4 to 6 on the masses', ['chapter-4', 'chapter-5', 'chapter-6']],
    ['Compare ch. 2 & 3', ['chapter-2', 'chapter-3']],
    ['What do the third and fourth chapters say?', ['chapter-3', 'chapter-4']],
    ['What do the first two chapters argue?', ['chapter-1', 'chapter-2']],
    ['in chapter 3 and i am lost: what is consultation?', ['chapter-3']],
    ["what's the first chapter's argument", ['chapter-1']],
    ['What does the penultimate chapter argue?', ['chapter-5']],
    ['the second-to-last chapter', ['chapter-5']],
    ['What is the opening chapter about?', ['chapter-1']],
    ['What do the middle chapters cover?', ['chapter-3', 'chapter-4']],
    ['the central chapter', ['chapter-3', 'chapter-4']],
  ])('%s → %j', (question, ids) => {
    expect(findSectionRefs(question, sections).ids).toEqual(ids);
  });

  it('finds the introduction and conclusion in chapters titled so', () => {
    const numbered = parseThesis(readFileSync('test/fixtures/numbered-headings-thesis.txt', 'utf8')).sections;
    expect(findSectionRefs('What does the introduction say?', numbered).ids).toEqual(['chapter-1']);
    expect(findSectionRefs('What are the conclusions?', numbered).ids).toEqual(['chapter-4']);
  });

  it('takes the middle of an odd number of chapters as one, or three when several are asked for', () => {
    const five = [1, 2, 3, 4, 5].map((n) => ({ ...sections[0]!, id: `chapter-${n}` as const }));
    expect(findSectionRefs('the middle chapter', five).ids).toEqual(['chapter-3']);
    expect(findSectionRefs('the middle chapters', five).ids).toEqual(['chapter-2', 'chapter-3', 'chapter-4']);
    expect(findSectionRefs('the middle chapters', five.slice(0, 2)).ids).toEqual([]);
  });

  it('reads "outside chapter 3" as every section but chapter 3', () => {
    const refs = findSectionRefs('any mention of consultation outside chapter 3?', sections);
    expect(refs.ids).toEqual(['overview', 'introduction', 'chapter-1', 'chapter-2', 'chapter-4', 'chapter-5', 'chapter-6']);
    expect(refs.rest).not.toMatch(/outside/);
    expect(findSectionRefs('Except for the introduction, which parts make up the thesis?', sections).outside).toBe(true);
    // Set aside first, then named: the one named.
    expect(findSectionRefs('Ignoring the overview, what does chapter 3 say about democracy?', sections).ids).toEqual(['chapter-3']);
    expect(findSectionRefs('leaving aside chapter 4, where is unity discussed?', sections).outside).toBe(true);
    expect(findSectionRefs('what does chapter 3 say about consultation?', sections).ids).toEqual(['chapter-3']);
  });

  it('names sections the thesis does not have', () => {
    const refs = findSectionRefs('What does chapter twelve say?', sections);
    expect(refs).toMatchObject({ ids: [], missing: ['Chapter 12'] });
  });

  it('removes the section name from the topic words', () => {
    expect(findSectionRefs('What does chapter four say about clues?', sections).rest).not.toMatch(/chapter|four/);
    expect(findSectionRefs('What do chapters 3 and 4 say about clues?', sections).rest).not.toMatch(/chapter|3|4/);
    // A possessive goes with the section it follows: "the introduction's contents" leaves "contents".
    expect(findSectionRefs("Summarize the introduction's contents.", sections)).toMatchObject({ ids: ['introduction'], rest: expect.not.stringMatching(/introduction|'s/) });
  });

  it('reads "how does chapter 2 end" as asking for its closing sentences, and keeps "end" out of the topic', () => {
    expect(findSectionRefs('how does chapter 2 end', sections)).toMatchObject({ ids: ['chapter-2'], fromEnd: true, rest: expect.not.stringMatching(/end/) });
    expect(findSectionRefs('What does the end of the mass line mean?', sections)).toMatchObject({ ids: [], fromEnd: false, rest: expect.stringMatching(/end/) });
    expect(findSectionRefs('how does chapter 3 begin?', sections)).toMatchObject({ ids: ['chapter-3'], fromEnd: false, rest: expect.not.stringMatching(/begin/) });
    expect(findSectionRefs('What is the first sentence of chapter 4?', sections)).toMatchObject({ ids: ['chapter-4'], fromEnd: false, oneSentence: true, rest: expect.not.stringMatching(/first|sentence/) });
    expect(findSectionRefs('What are the last words of chapter 2?', sections)).toMatchObject({ ids: ['chapter-2'], fromEnd: true, oneSentence: false });
    expect(findSectionRefs("what's chapter 3's conclusion?", sections)).toMatchObject({ ids: ['chapter-3'], fromEnd: true });
    expect(findSectionRefs('What is the conclusion of chapter 3?', sections)).toMatchObject({ ids: ['chapter-3'], fromEnd: true });
    expect(findSectionRefs('What is the final sentence of the thesis?', sections)).toMatchObject({ ids: [], fromEnd: true, rest: expect.not.stringMatching(/final|sentence/) });
    expect(findSectionRefs('What does the author conclude at the end?', sections)).toMatchObject({ ids: ['overview'], fromEnd: true, rest: expect.not.stringMatching(/end/) });
    expect(findSectionRefs('Where does community governance begin?', sections).rest).toMatch(/begin/);
    expect(findSectionRefs("what's the first chapter's argument", sections).rest).toMatch(/^what's the\s+argument$/);
  });

  it('reads how the work itself begins or ends, and "the first thing" it says', () => {
    expect(findSectionRefs('How does the author end the abstract?', sections)).toMatchObject({ ids: [], fromEnd: true, rest: expect.not.stringMatching(/end|abstract/) });
    expect(findSectionRefs('How does the thesis begin?', sections)).toMatchObject({ ids: [], fromEnd: false, oneSentence: true, rest: expect.not.stringMatching(/begin/) });
    expect(findSectionRefs('What is the first thing the abstract says?', sections)).toMatchObject({ fromEnd: false, oneSentence: true, rest: expect.not.stringMatching(/first|thing/) });
    expect(findSectionRefs('What does the thesis say about the end of separation?', sections)).toMatchObject({ fromEnd: false, rest: expect.stringMatching(/end/) });
  });

  it('names the missing end of a range of chapters', () => {
    expect(findSectionRefs('What do chapters 5 to 8 say?', sections)).toMatchObject({ ids: ['chapter-5', 'chapter-6'], missing: ['Chapter 7', 'Chapter 8'] });
    expect(findSectionRefs('what is chapter 0 about', sections).missing).toEqual(['Chapter 0']);
  });
});

