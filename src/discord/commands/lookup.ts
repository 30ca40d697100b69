import { SlashCommandBuilder } from 'discord.js';
import { checkCooldown } from '../answering.ts';
import { lookupReply } from '../render.ts';
import { respond } from '../respond.ts';
import type { Command } from './command.ts';

/** Longest term `/lookup` takes: a phrase, not a passage. */
const LOOKUP_MAX = 60;

/** `/lookup term:` every occurrence with counts per section, paged with buttons. */
export const lookup: Command = {
  data: new SlashCommandBuilder()
    .setName('lookup')
    .setDescription('Find every place a word or phrase occurs in the thesis')
    .addStringOption((o) => o.setName('term').setDescription('A word or phrase, e.g. consultation').setRequired(true).setMaxLength(LOOKUP_MAX).setAutocomplete(true)),
  async execute(interaction, ctx) {
    checkCooldown(ctx, interaction.user.id);
    const result = ctx.core.lookup(interaction.options.getString('term', true));
    await respond(interaction, lookupReply(result, 0));
  },
  async autocomplete(interaction, ctx) {
    // A term may also be typed in full and sent as it is: these are only suggestions.
    const terms = ctx.core.terms(interaction.options.getFocused()).filter((t) => t.length <= LOOKUP_MAX);
    await interaction.respond(terms.map((t) => ({ name: t, value: t })));
  },
};
