import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/types.ts';
import { answerButtons, answerEmbeds, lookupReply, reply, sourcesEmbed } from '../../src/discord/render.ts';

const citation = (quote: string, section = 'chapter-4' as const) => ({ section, label: 'Chapter 4', title: 'The party links with the masses…', quote, start: 7493, end: 7493 + quote.length, score: 0.812 });
const answer = (text: string, quotes: string[]): Answer => ({ question: 'What does chapter four say?', answer: text, abstained: false, citations: quotes.map((q) => citation(q)), nearest: [] });

describe('answer embeds', () => {
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

  it('split a long answer at sentence ends into embeds within Discord’s limits', () => {
    const sentence = 'The contraction and expansion of the concentric circle are not unconditional. [Ch. 6] ';
    const embeds = answerEmbeds(answer(sentence.repeat(100).trim(), ['x'.repeat(2000), 'y'.repeat(2000), 'z'.repeat(2000)]), 'footer');
    expect(embeds.length).toBeGreaterThan(1);
    for (const e of embeds) {
      expect(e.description?.length ?? 0).toBeLessThanOrEqual(4096);
      expect(e.description).toMatch(/\[Ch\. 6\]$/);
      const total = (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
      expect(total).toBeLessThanOrEqual(6000);
    }
    for (const f of embeds.at(-1)?.fields ?? []) expect(f.value.length).toBeLessThanOrEqual(1024);
  });

  it('never let quoted text ping anyone', () => {
    const r = reply(answerEmbeds(answer('@everyone <@123> hi [Ch. 4]', ['@everyone']), 'f'), answerButtons('7'));
    expect(r.allowedMentions).toEqual({ parse: [] });
    expect(lookupReply({ term: 'x', total: 0, matches: [], suggestions: [] }, 0).allowedMentions).toEqual({ parse: [] });
  });

  it('list the nearest sections under a refusal', () => {
    const refusal: Answer = { question: 'q', answer: 'The thesis text we have does not say.', abstained: true, citations: [], nearest: [{ section: 'chapter-5', label: 'Chapter 5', title: 'The last kilometer' }] };
    expect(answerEmbeds(refusal, 'f')[0]?.fields).toEqual([{ name: 'Nearest sections', value: 'Chapter 5: The last kilometer' }]);
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
