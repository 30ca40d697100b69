import { ActionRowBuilder, ButtonBuilder, ButtonStyle, EmbedBuilder, type APIEmbed } from 'discord.js';
import type { Answer, Citation, LookupResult, Summary } from '../answer/types.ts';
import { LIMITS, excerpt, splitText, truncate } from './limits.ts';
import { onOneLine } from '../answer/cite.ts';

/** A message body as discord.js takes it; mentions are never parsed, so quotes cannot ping. */
export interface Reply {
  content?: string;
  embeds: APIEmbed[];
  components: Array<ReturnType<ActionRowBuilder<ButtonBuilder>['toJSON']>>;
  allowedMentions: { parse: [] };
}

/** Embed colours by kind of message. */
export const COLOR = { answer: 0x2b6cb0, refusal: 0x718096, info: 0x2f855a, error: 0xc53030 } as const;
const QUOTE_CHARS = 300;

/** Builds a reply with mention parsing off. */
export function reply(embeds: APIEmbed[], components: Reply['components'] = [], content?: string): Reply {
  return { ...(content ? { content: truncate(content, LIMITS.content) } : {}), embeds, components, allowedMentions: { parse: [] } };
}

/**
 * One field per run of quotes from the same section, in order of relevance: two sentences of
 * Chapter 4 sit under one "Chapter 4" heading rather than under the same heading twice.
 */
function sourceFields(citations: readonly Citation[], marks: readonly string[]): Array<{ name: string; value: string }> {
  const runs: Citation[][] = [];
  for (const c of citations) {
    const last = runs.at(-1);
    if (last?.[0]?.section === c.section) last.push(c);
    else runs.push([c]);
  }
  return runs.map((run) => ({
    name: truncate(`${run[0]?.label}: ${run[0]?.title}`, LIMITS.fieldName),
    value: truncate(run.map((c) => `> ${excerpt(onOneLine(c.quote), marks, QUOTE_CHARS)}`).join('\n'), LIMITS.fieldValue),
  }));
}

/** Keeps an embed within Discord's 6000-character total by dropping trailing fields. */
export function fit(embed: EmbedBuilder): APIEmbed {
  const json = embed.toJSON();
  while (embedSize(json) > LIMITS.embedTotal && json.fields && json.fields.length > 0) json.fields.pop();
  return json;
}

/** Characters Discord counts towards the 6000 allowed across a message's embeds. */
export function embedSize(e: APIEmbed): number {
  return (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
}

/** Characters of answer text per message, leaving room for the sources within 6000. */
const PART_CHARS = 3000;

/**
 * The messages of an answer: its text with citation tags, then its sources, footer and
 * buttons. Text too long for one message continues in the next, split at a sentence end.
 */
export function answerReplies(a: Answer, footer: string, key: string): Reply[] {
  const parts = splitText(a.answer, PART_CHARS);
  return parts.map((part, i) => {
    const embed = new EmbedBuilder().setColor(a.abstained ? COLOR.refusal : COLOR.answer).setDescription(part);
    if (i === 0) embed.setTitle(truncate(a.question, LIMITS.embedTitle));
    if (i < parts.length - 1) return reply([fit(embed)]);
    // A long quote shows the clause the answer marks in bold, not only its start.
    const marks = [...a.answer.matchAll(/\*\*(.+?)\*\*/gu)].map((m) => m[1] ?? '');
    if (a.citations.length > 0) embed.addFields(sourceFields(a.citations.slice(0, 10), marks));
    // A refusal that already names its nearest sections with their titles does not list them twice.
    else if (a.abstained && a.nearest.some((s) => !a.answer.includes(s.title))) embed.addFields({ name: 'Nearest sections', value: truncate(a.nearest.map((s) => `${s.label}: ${s.title}`).join('\n'), LIMITS.fieldValue) });
    embed.setFooter({ text: truncate(footer, LIMITS.footer) });
    return reply([fit(embed)], answerButtons(key));
  });
}

/** The buttons under an answer: its sources, and feedback. */
export function answerButtons(key: string): Reply['components'] {
  const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder().setCustomId(`sources:${key}`).setLabel('Sources').setStyle(ButtonStyle.Secondary),
    new ButtonBuilder().setCustomId(`vote:up:${key}`).setEmoji('👍').setStyle(ButtonStyle.Secondary),
    new ButtonBuilder().setCustomId(`vote:down:${key}`).setEmoji('👎').setStyle(ButtonStyle.Secondary),
  );
  return [row.toJSON()];
}

/** The retrieved passages with scores, so a reader can see why the answer says what it says. */
export function sourcesEmbed(a: Answer): APIEmbed {
  const lines = a.citations.map((c, i) => `**${i + 1}. ${c.label}** (score ${c.score.toFixed(2)}, chars ${c.start}-${c.end})\n> ${truncate(onOneLine(c.quote), 700)}`);
  const text = lines.length > 0 ? lines.join('\n\n') : 'No passage was strong enough to answer from.';
  return fit(new EmbedBuilder().setColor(COLOR.info).setTitle('Sources').setDescription(truncate(text, LIMITS.embedDescription)));
}

/** A section summary; its sentences are the quotes, so the source is given by offsets only. */
export function summaryEmbed(s: Summary, footer: string): APIEmbed {
  const spans = s.citations.map((c) => `${c.start}-${c.end}`).join(', ');
  return fit(
    new EmbedBuilder()
      .setColor(COLOR.info)
      .setTitle(truncate(`${s.label}: ${s.title}`, LIMITS.embedTitle))
      .setDescription(truncate(s.note ? `*${s.note}*\n\n${s.summary}` : s.summary, LIMITS.embedDescription))
      .addFields({ name: 'Source', value: truncate(`${s.label}, ${s.citations.length} sentence${s.citations.length === 1 ? '' : 's'} quoted verbatim (chars ${spans})`, LIMITS.fieldValue) })
      .setFooter({ text: truncate(footer, LIMITS.footer) }),
  );
}

/** Snippets of one page of look-up results; pages are cut between snippets. */
export function lookupPages(r: LookupResult, perPage = 8): string[][] {
  const lines = r.matches.flatMap((g) => [`**${g.label}** (${g.count})`, ...g.snippets.map((s) => `• ${s}`)]);
  const pages: string[][] = [];
  for (let i = 0; i < lines.length; i += perPage) pages.push(lines.slice(i, i + perPage));
  return pages;
}

/** One page of look-up results, with Previous/Next buttons when there is more than one. */
export function lookupReply(r: LookupResult, page: number): Reply {
  if (r.total === 0) {
    const hint = r.suggestions.length > 0 ? `\nClose terms that do occur: ${r.suggestions.join(', ')}.` : '';
    return reply([new EmbedBuilder().setColor(COLOR.refusal).setDescription(truncate(`“${r.term}” does not occur in the thesis text.${hint}`, LIMITS.embedDescription)).toJSON()]);
  }
  const pages = lookupPages(r);
  const p = Math.min(Math.max(0, page), pages.length - 1);
  const embed = new EmbedBuilder()
    .setColor(COLOR.info)
    .setTitle(truncate(`“${r.term}”: ${r.total} occurrence${r.total === 1 ? '' : 's'} in ${r.matches.length} section${r.matches.length === 1 ? '' : 's'}`, LIMITS.embedTitle))
    .setDescription(truncate((pages[p] ?? []).join('\n'), LIMITS.embedDescription))
    .setFooter({ text: `Page ${p + 1} of ${pages.length}` });
  if (pages.length === 1) return reply([fit(embed)]);
  const term = truncate(r.term, 60);
  const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder().setCustomId(`lookup:${p - 1}:${term}`).setLabel('Previous').setStyle(ButtonStyle.Secondary).setDisabled(p === 0),
    new ButtonBuilder().setCustomId(`lookup:${p + 1}:${term}`).setLabel('Next').setStyle(ButtonStyle.Secondary).setDisabled(p === pages.length - 1),
  );
  return reply([fit(embed)], [row.toJSON()]);
}

/** A short error for a user; never a stack trace. */
export function errorEmbed(message: string): APIEmbed {
  return new EmbedBuilder().setColor(COLOR.error).setDescription(truncate(message, 1000)).toJSON();
}
