import { describe, expect, it } from 'vitest';
import { undefinedTermNote } from '../../src/answer/undefined-term.ts';
import { contentStems } from '../../src/retrieval/terms.ts';
import { bareSection, stemmedPassagesOf, testCore } from '../helpers.ts';

const one = bareSection('chapter-1');
const ps = stemmedPassagesOf(
  [one, 'The community, urban community governance and other related concepts are defined.'],
  [one, 'The mass line should be run through the whole process of governance.'],
  [one, 'Consultative democracy, as an important way of democracy, has been recognized.'],
  [one, 'The concentric circle is a theoretical model.'],
);

describe('undefinedTermNote', () => {
  const note = (question: string, term: string) => undefinedTermNote(question, term, ps, contentStems);

  it('says so when a definition is asked of a term no sentence defines', () => {
    expect(note('How does the thesis define the mass line?', 'the mass line')).toBe('It does not define “the mass line” in so many words; this is how it speaks of it.');
    expect(note('What is the definition of ethnicity?', 'ethnicity')).toMatch(/does not define “ethnicity”/);
    expect(note("Explain the term 'mass line'.", 'mass line')).toMatch(/does not define “mass line”/);
  });

  it('says where the term is defined (by the section\'s label) when the text says only that it is, not the definition', () => {
    expect(note('How does the thesis define urban community governance?', 'urban community governance')).toBe('chapter-1 defines “urban community governance”, but the text we have does not give the definition; this is what it says.');
  });

  it('stays silent where the thesis defines the term, or opens with "X, as a…"', () => {
    expect(note('Define the concentric circle.', 'the concentric circle')).toBeUndefined();
    expect(note('How does it define consultative democracy?', 'consultative democracy')).toBeUndefined();
  });

  it('stays silent for questions asking sense rather than a definition, and for a part of a thing', () => {
    expect(note('What does the thesis mean by the mass line?', 'the mass line')).toBeUndefined();
    expect(note("How does Wang define the circle's center?", "the circle's center")).toBeUndefined();
  });

  it('opens the answer about a term the thesis uses without defining, and only there', async () => {
    const core = await testCore('none');
    const asked = await core.ask('How does the thesis define the mass line?');
    expect(asked.abstained).toBe(false);
    expect(asked.answer).toMatch(/^It does not define “mass line” in so many words; this is how it speaks of it\. .+\[(?:Overview|Ch\. 1)\]/);
    const defined = await core.ask('How does the thesis define community?');
    expect(defined.answer).not.toMatch(/does not define/);
    expect(defined.answer).toMatch(/other related concepts are defined\. \[Ch\. 1\]/);
    // A scholar's word the thesis never uses, asked to be defined, is refused by name.
    const unused = await core.ask('How does the author define legitimacy?');
    expect(unused.abstained).toBe(true);
    expect(unused.answer).toMatch(/does not use the term “legitimacy”/u);
  });
});
