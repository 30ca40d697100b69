import { describe, expect, it } from 'vitest';
import { Acronyms } from '../../src/retrieval/acronyms.ts';
import type { Section } from '../../src/types.ts';

const section = (text: string): Section => ({ id: 'chapter-1', label: 'Chapter 1', title: '', sentences: [{ text, start: 0, end: text.length }] });
const acronyms = new Acronyms([
  section('According to the report of the 19 th National Congress of the Communist Party of China, the party leads.'),
  section('It has been applied to the United Front Work and the subject of Party building.'),
]);

describe('Acronyms', () => {
  it('spells out an acronym of a name the thesis writes, possessive and all', () => {
    expect(acronyms.expand("What does the CPC's report say?")).toBe("What does the Communist Party of China's report say?");
    expect(acronyms.expand('what is UFW')).toBe('what is United Front Work');
    expect(acronyms.expand('the NC report')).toBe('the National Congress report');
  });

  it('leaves acronyms it cannot spell out, and the middles of long names, alone', () => {
    expect(acronyms.expand('Is there a PDF?')).toBe('Is there a PDF?');
    // "Communist Party" sits inside a longer name: CP is not read into it.
    expect(acronyms.expand('What does the CP think?')).toBe('What does the CP think?');
  });

  it("spells out the field's common acronyms the thesis does not define", () => {
    expect(acronyms.expand('What does the CCP think?')).toBe('What does the Chinese Communist Party think?');
    expect(acronyms.expand('the XPCC and the city')).toBe('the Xinjiang Production and Construction Corps and the city');
  });

  it('spells out an acronym typed in lower case when it is no English word, and not a word that is', () => {
    expect(acronyms.expand("what does the cpc's report say?")).toBe("what does the Communist Party of China's report say?");
    expect(acronyms.expand('what is the xpcc?')).toBe('what is the Xinjiang Production and Construction Corps?');
    expect(acronyms.expand('the nc report')).toBe('the nc report');
  });

  it('reads an ordinal before an acronym as numbering the body after it, as the thesis words it', () => {
    expect(acronyms.expand('WHAT DID THE 19TH CPC CONGRESS SAY')).toBe('WHAT DID THE 19TH CONGRESS of the Communist Party of China SAY');
    expect(acronyms.expand('the 19th CPC national congress report')).toBe('the 19th national congress of the Communist Party of China report');
    expect(acronyms.expand('the 2nd PDF congress')).toBe('the 2nd PDF congress');
  });
});
