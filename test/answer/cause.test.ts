import { describe, expect, it } from 'vitest';
import { causesAsked, unnamedCause } from '../../src/answer/cause.ts';
import { Retriever } from '../../src/retrieval/search.ts';
import { testCore } from '../helpers.ts';

describe('causesAsked', () => {
  it('reads what a question asks the doing of', () => {
    expect(causesAsked('How does blockchain improve community governance?')).toEqual(['blockchain']);
    expect(causesAsked('How does blockchain change community governance?')).toEqual(['blockchain']);
    expect(causesAsked('How do community elections work in Urumqi?')).toEqual(['community elections']);
    expect(causesAsked('What precondition involving funding must hold for the circle to flex?')).toEqual(['funding']);
    expect(causesAsked('Which reforms concerning housing policy were made?')).toEqual(['housing policy']);
    expect(causesAsked('How do private companies take part in governance?')).toEqual(['private companies']);
    expect(causesAsked('how does the party branch deal with corruption?')).toEqual(['corruption']);
    expect(causesAsked('What role did the military play in community governance?')).toEqual(['the military']);
    expect(causesAsked('What is the role of the neighbourhood committee director?')).toEqual(['the neighbourhood committee director']);
  });

  it('reads nothing from a question that asks no doing', () => {
    expect(causesAsked('What is the key to community governance?')).toEqual([]);
    // What changes by itself is the topic, not a cause.
    expect(causesAsked('How did cadre and resident relations change after the visits?')).toEqual([]);
    expect(causesAsked('How did governance improve?')).toEqual([]);
  });
});

describe('unnamedCause', () => {
  it('names a cause the thesis never names, and leaves one it names in other words', async () => {
    const { thesis } = await testCore('none');
    const retriever = new Retriever(thesis.parsed.sections);
    const topical = () => true;
    expect(unnamedCause('How does blockchain improve community governance?', retriever, topical)).toBe('blockchain');
    expect(unnamedCause('How does the merger of the paramilitary production corps with local authorities help stability?', retriever, topical)).toBeUndefined();
    expect(unnamedCause('What is the key to community governance?', retriever, topical)).toBeUndefined();
  });

  it('refuses the part played by someone the thesis never names, and answers that of a party it does', async () => {
    const core = await testCore('none');
    const director = await core.ask('What is the role of the neighbourhood committee director?');
    expect(director.abstained).toBe(true);
    expect(director.answer).toMatch(/It does not mention the neighbourhood committee director\./u);
    expect(await core.ask('What is the role of the party branch secretary?')).toMatchObject({ abstained: false, citations: [expect.objectContaining({ section: 'chapter-5' })] });
  });
});
