import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/types.ts';
import { answerButtons, answerReplies, embedSize, lookupReply, reply, sourcesEmbed, summaryEmbed } from '../../src/discord/render.ts';

const answerEmbeds = (a: Answer, footer: string) => answerReplies(a, footer, 'k').flatMap((r) => r.embeds);

const citation = (quote: string, section = 'chapter-4' as const) => ({ section, label: 'Chapter 4', title: 'The party links with the masses…', quote, start: 7493, end: 7493 + quote.length, score: 0.812 });
const answer = (text: string, quotes: string[]): Answer => ({ question: 'What does chapter four say?', answer: text, abstained: false, citations: quotes.map((q) => citation(q)), nearest: [] });

describe('answer embeds', () => {
  it('show the part of a long source that the answer marks in bold', () => {
    const quote = `${'Words before the point '.repeat(15)}the clause,"that answers";${' words after'.repeat(30)}.`;
    const [first] = answerReplies(answer('Before; **the clause, "that answers"**; after. [Ch. 4]', [quote]), 'footer', 'k');
    expect(first?.embeds[0]?.fields?.[0]?.value).toMatch(/^> ….*the clause,"that answers";.*…$/);
  });

  it('show the answer, the sources and a footer', () => {
    const a = answer('In chapter four, the party links with the masses. [Ch. 4]', ['In chapter four,the party links with the masses.']);
    expect(answerEmbeds(a, 'Extractive answer · USE-lite · index of 2026-11-28')).toMatchInlineSnapshot(`
      [
        {
          "color": 2845872,
          "description": "In chapter four, the party links with the masses. [Ch. 4]",
          "fields": [
            {
              "name": "Chapter 4: The party links with the masses…",
              "value": "> In chapter four,the party links with the masses.",
            },
          ],
          "footer": {
            "icon_url": undefined,
            "text": "Extractive answer · USE-lite · index of 2026-11-28",
          },
          "title": "What does chapter four say?",
        },
      ]
    `);
  });

  it('split a long answer at sentence ends into messages within Discord’s limits', () => {
    const sentence = 'The contraction and expansion of the concentric circle are not unconditional. [Ch. 6] ';
    const replies = answerReplies(answer(sentence.repeat(100).trim(), ['x'.repeat(2000), 'y'.repeat(2000), 'z'.repeat(2000)]), 'footer', 'k');
    expect(replies.length).toBeGreaterThan(1);
    for (const r of replies) {
      const e = r.embeds[0];
      expect(r.embeds).toHaveLength(1);
      expect(e?.description?.length ?? 0).toBeLessThanOrEqual(4096);
      expect(e?.description).toMatch(/\[Ch\. 6\]$/);
      expect(embedSize(e ?? {})).toBeLessThanOrEqual(6000);
      expect(r.allowedMentions).toEqual({ parse: [] });
    }
    expect(replies.map((r) => r.components.length)).toEqual([...replies.slice(1).map(() => 0), 1]);
    expect(replies.at(-1)?.embeds[0]?.fields?.length).toBeGreaterThan(0);
    for (const f of replies.at(-1)?.embeds[0]?.fields ?? []) expect(f.value.length).toBeLessThanOrEqual(1024);
  });

  it('put quotes from the same section under one heading, in order of relevance', () => {
    const a: Answer = { ...answer('A. [Ch. 4] B. [Ch. 5] C. [Ch. 4]', []), citations: [citation('A.'), citation('C.'), { ...citation('B.'), section: 'chapter-5', label: 'Chapter 5', title: 'The last kilometer' }] };
    const fields = answerEmbeds(a, 'f')[0]?.fields;
    expect(fields).toEqual([
      { name: 'Chapter 4: The party links with the masses…', value: '> A.\n> C.' },
      { name: 'Chapter 5: The last kilometer', value: '> B.' },
    ]);
  });

  it('never let quoted text ping anyone', () => {
    const r = reply(answerEmbeds(answer('@everyone <@123> hi [Ch. 4]', ['@everyone']), 'f'), answerButtons('7'));
    expect(r.allowedMentions).toEqual({ parse: [] });
    expect(lookupReply({ term: 'x', total: 0, matches: [], suggestions: [] }, 0).allowedMentions).toEqual({ parse: [] });
  });

  it('list the nearest sections under a refusal', () => {
    const refusal: Answer = { question: 'q', answer: 'The thesis text we have does not say.', abstained: true, citations: [], nearest: [{ section: 'chapter-5', label: 'Chapter 5', title: 'The last kilometer' }] };
    expect(answerEmbeds(refusal, 'f')[0]?.fields).toEqual([{ name: 'Nearest sections', value: 'Chapter 5: The last kilometer' }]);
    // Not twice, when the refusal already names them with their titles.
    const named = { ...refusal, answer: 'The thesis text we have does not say. The closest parts are Chapter 5 (“The last kilometer”).' };
    expect(answerEmbeds(named, 'f')[0]?.fields).toBeUndefined();
  });
});

describe('sources and buttons', () => {
  it('show each passage with its score and offsets', () => {
    expect(sourcesEmbed(answer('a', ['In chapter four.'])).description).toBe('**1. Chapter 4** (score 0.81, chars 7493-7509)\n> In chapter four.');
  });

  it('carry short custom ids', () => {
    const ids = answerButtons('zz')[0]?.components.map((c) => ('custom_id' in c ? c.custom_id : ''));
    expect(ids).toEqual(['sources:zz', 'vote:up:zz', 'vote:down:zz']);
  });
});

describe('summary embed', () => {
  it('shows the summary once, with its source by offsets', () => {
    const embed = summaryEmbed(
      { section: 'chapter-5', label: 'Chapter 5', title: 'The last kilometer', summary: 'A. B. [Ch. 5]', citations: [citation('A.'), citation('B.')] },
      'footer',
    );
    expect(embed.description).toBe('A. B. [Ch. 5]');
    expect(embed.fields).toEqual([{ name: 'Source', value: 'Chapter 5, 2 sentences quoted verbatim (chars 7493-7495, 7493-7495)' }]);
  });

  it('puts a note on what stands in for the section asked for above the summary', () => {
    const embed = summaryEmbed({ section: 'overview', label: 'Overview', title: 'T', summary: 'A. [Overview]', citations: [citation('A.')], note: 'No conclusion.' }, 'footer');
    expect(embed.description).toBe('*No conclusion.*\n\nA. [Overview]');
  });
});
