import { describe, expect, it } from 'vitest';
import { aboutEmbed, chaptersEmbed, helpEmbed } from '../../src/discord/info-embeds.ts';

describe('info embeds', () => {
  it('lists the sections with their titles', () => {
    const e = chaptersEmbed([{ section: 'chapter-1', label: 'Chapter 1', title: 'Defines the concept' }, { section: 'chapter-2', label: 'Chapter 2', title: 'The history' }]);
    expect(e.title).toBe('Sections of the thesis');
    expect(e.description).toBe('**Chapter 1**: Defines the concept\n**Chapter 2**: The history');
  });

  it('shows the record fields it has, and the index it answers from', () => {
    const e = aboutEmbed({ metadata: { title: 'On Circles', author: 'Y L Wang', keywords: ['community', 'Urumqi'] }, embedder: 'use-lite', builtAt: '2026-11-28', sections: 8, chunks: 21 });
    expect(e.title).toBe('On Circles');
    expect(e.fields?.map((f) => [f.name, f.value])).toEqual([['Author', 'Y L Wang'], ['Keywords', 'community, Urumqi']]);
    expect(e.footer?.text).toBe('Index: use-lite, built 2026-11-28, 8 sections, 21 chunks');
  });

  it('names every command in the help', () => {
    const text = helpEmbed().description ?? '';
    for (const command of ['/ask', '/summarize', '/lookup', '/chapters', '/about']) expect(text).toContain(command);
  });
});
