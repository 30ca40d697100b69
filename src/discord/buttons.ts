import { type ButtonInteraction, MessageFlags } from 'discord.js';
import type { BotContext } from './context.ts';
import { errorEmbed, lookupReply, reply, sourcesEmbed } from './render.ts';

const EXPIRED = 'That answer is too old for the bot to recall; please ask again.';

/** The part of a button interaction the handlers use; recorded fakes implement just this. */
export type ButtonLike = Pick<ButtonInteraction, 'customId' | 'user' | 'reply' | 'update'>;

function ephemeral(text: string) {
  return { embeds: [errorEmbed(text)], allowedMentions: { parse: [] as [] }, flags: MessageFlags.Ephemeral } as const;
}

/**
 * Handles the buttons under bot messages: `sources:KEY` shows the passages, `vote:up|down:KEY`
 * logs feedback, `lookup:PAGE:TERM` turns a look-up page. Returns false for other buttons.
 */
export async function handleButton(interaction: ButtonLike, ctx: BotContext): Promise<boolean> {
  const [kind, a, ...rest] = interaction.customId.split(':');
  if (kind === 'sources' && a) {
    const answer = ctx.answers.get(a);
    await interaction.reply(answer ? { ...reply([sourcesEmbed(answer)]), flags: MessageFlags.Ephemeral } : ephemeral(EXPIRED));
    return true;
  }
  if (kind === 'vote' && (a === 'up' || a === 'down')) {
    const answer = ctx.answers.get(rest[0] ?? '');
    if (!answer) {
      await interaction.reply(ephemeral(EXPIRED));
      return true;
    }
    await ctx.feedback.vote(interaction.user.id, a, answer.question, answer.answer);
    await interaction.reply({ content: a === 'up' ? 'Thanks, noted 👍' : 'Thanks, noted: we will look at this answer 👎', allowedMentions: { parse: [] }, flags: MessageFlags.Ephemeral });
    return true;
  }
  if (kind === 'lookup' && a !== undefined) {
    const result = ctx.core.lookup(rest.join(':'));
    await interaction.update(lookupReply(result, Number(a) || 0));
    return true;
  }
  return false;
}
