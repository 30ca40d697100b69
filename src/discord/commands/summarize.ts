import { SlashCommandBuilder } from 'discord.js';
import { checkCooldown } from '../answering.ts';
import { LIMITS, truncate } from '../limits.ts';
import { reply, summaryEmbed } from '../render.ts';
import { respond } from '../respond.ts';
import type { Command } from './command.ts';

/** `/summarize chapter:` with autocomplete from the thesis's own sections; answered from memory. */
export const summarize: Command = {
  data: new SlashCommandBuilder()
    .setName('summarize')
    .setDescription('A short summary of one section of the thesis, in its own words')
    .addStringOption((o) => o.setName('chapter').setDescription('Section: a chapter number, introduction or overview').setRequired(true).setAutocomplete(true)),
  async execute(interaction, ctx) {
    checkCooldown(ctx, interaction.user.id);
    const summary = await ctx.core.summarize(interaction.options.getString('chapter', true));
    await respond(interaction, reply([summaryEmbed(summary, ctx.footer)]));
  },
  async autocomplete(interaction, ctx) {
    const typed = interaction.options.getFocused().toLowerCase();
    const choices = ctx.core
      .chapters()
      .filter((s) => `${s.section} ${s.label} ${s.title}`.toLowerCase().includes(typed))
      .slice(0, 25)
      .map((s) => ({ name: truncate(`${s.label}: ${s.title}`, LIMITS.choiceName), value: s.section }));
    await interaction.respond(choices);
  },
};
