import { describe, expect, it } from 'vitest';
import { passagesOf } from '../../src/retrieval/passages.ts';
import { stem } from '../../src/retrieval/terms.ts';
import type { Section } from '../../src/types.ts';

const sentence = (text: string, start: number, heading = false) => ({ text, start, end: start + text.length, ...(heading ? { heading } : {}) });
const sections: Section[] = [
  { id: 'chapter-2', label: 'Chapter 2', title: 'Rivers', sentences: [sentence('Chapter 2 Rivers and councils', 40, true), sentence('Farmers share water.', 70), sentence('Chiefs dominate.', 91), sentence('Herders move.', 108)] },
  { id: 'chapter-1', label: 'Chapter 1', title: 'Towns', sentences: [sentence('Towns grow.', 0), sentence('Markets open.', 12)] },
];

describe('passagesOf', () => {
  const ps = passagesOf(sections);

  it('gives every sentence but the headings, in document order, numbered', () => {
    expect(ps.map((p) => p.text)).toEqual(['Towns grow.', 'Markets open.', 'Farmers share water.', 'Chiefs dominate.', 'Herders move.']);
    expect(ps.map((p) => p.index)).toEqual([0, 1, 2, 3, 4]);
  });

  it("counts a sentence's neighbours in its section, and its section's heading, as its context", () => {
    const chiefs = ps[3]!;
    expect([...chiefs.stems]).not.toContain(stem('farmers'));
    for (const word of ['farmers', 'herders', 'councils', 'rivers']) expect([...chiefs.contextStems]).toContain(stem(word));
    // The heading titles all of its chapter, however far down.
    expect([...ps[4]!.contextStems]).toContain(stem('councils'));
    // A neighbour across a section's edge is no context.
    expect([...ps[1]!.contextStems]).not.toContain(stem('farmers'));
  });

  it('gives a compound written joined the parts the thesis hyphenates elsewhere', () => {
    const joined = passagesOf([{ id: 'chapter-1', label: 'Chapter 1', title: 'Roots', sentences: [sentence('Work at the grass-roots level.', 0), sentence('Grassroots politics matter.', 31)] }]);
    for (const word of ['grass', 'roots', 'grassroots']) expect([...joined[1]!.stems]).toContain(stem(word));
  });
});
