import { SlashCommandBuilder } from 'discord.js';
import { checkCooldown } from '../answering.ts';
import { lookupReply } from '../render.ts';
import { respond } from '../respond.ts';
import type { Command } from './command.ts';

/** `/lookup term:` every occurrence with counts per section, paged with buttons. */
export const lookup: Command = {
  data: new SlashCommandBuilder()
    .setName('lookup')
    .setDescription('Find every place a word or phrase occurs in the thesis')
    .addStringOption((o) => o.setName('term').setDescription('A word or phrase, e.g. consultation').setRequired(true).setMaxLength(60)),
  async execute(interaction, ctx) {
    checkCooldown(ctx, interaction.user.id);
    const result = ctx.core.lookup(interaction.options.getString('term', true));
    await respond(interaction, lookupReply(result, 0));
  },
};
