import { EmbedBuilder, type APIEmbed } from 'discord.js';
import type { SectionPointer } from '../answer/types.ts';
import type { About } from '../core.ts';
import { LIMITS, truncate } from './limits.ts';
import { COLOR, fit } from './render.ts';

/** The outline of the thesis. */
export function chaptersEmbed(list: readonly SectionPointer[]): APIEmbed {
  return fit(new EmbedBuilder().setColor(COLOR.info).setTitle('Sections of the thesis').setDescription(list.map((s) => `**${s.label}**: ${s.title}`).join('\n')));
}

/** The thesis record and the index it is answered from. */
export function aboutEmbed(a: About): APIEmbed {
  const m = a.metadata;
  const rows: Array<[string, string | undefined]> = [['Author', m.author], ['Degree', m.degree], ['Type', m.type], ['Posted', m.datePosted], ['Subject', m.subject], ['Keywords', m.keywords?.join(', ')]];
  return fit(
    new EmbedBuilder()
      .setColor(COLOR.info)
      .setTitle(truncate(m.title ?? 'The thesis', LIMITS.embedTitle))
      .addFields(rows.filter(([, v]) => v).map(([name, value]) => ({ name, value: truncate(value ?? '', LIMITS.fieldValue), inline: name !== 'Keywords' && name !== 'Subject' })))
      .setFooter({ text: `Index: ${a.embedder}, built ${a.builtAt}, ${a.sections} sections, ${a.chunks} chunks` }),
  );
}

/** How to use the bot. */
export function helpEmbed(): APIEmbed {
  const text = [
    '`/ask question:` a cited answer from the thesis, or an honest "the thesis does not say" (add `private: True` to see it alone)',
    '`/summarize chapter:` a short summary of one section in its own words',
    '`/lookup term:` every place a word or phrase occurs, by section',
    '`/chapters` the outline · `/about` the thesis record',
    '',
    'You can also mention me with a question: I answer in a thread, and follow-up messages in that thread need no mention ("and in chapter 5?", "what else?").',
    'Try: "What does chapter 3 say about consultation?" · "Which chapter is about party branches?" · "Does the thesis mention the corps?"',
    'Answers quote the thesis verbatim; each sentence ends with its section, e.g. [Ch. 4].',
  ].join('\n');
  return new EmbedBuilder().setColor(COLOR.info).setTitle('Ask the thesis').setDescription(text).toJSON();
}
