import { SlashCommandBuilder } from 'discord.js';
import { aboutEmbed, chaptersEmbed, helpEmbed } from '../info-embeds.ts';
import { reply } from '../render.ts';
import { respond } from '../respond.ts';
import type { Command } from './command.ts';

/** `/chapters`: the outline with titles. */
export const chapters: Command = {
  data: new SlashCommandBuilder().setName('chapters').setDescription('The sections of the thesis with their titles'),
  async execute(interaction, ctx) {
    await respond(interaction, reply([chaptersEmbed(ctx.core.chapters())]));
  },
};

/** `/about`: the thesis record, and the index's embedder and build time. */
export const about: Command = {
  data: new SlashCommandBuilder().setName('about').setDescription('Title, author, degree, date and keywords of the thesis'),
  async execute(interaction, ctx) {
    await respond(interaction, reply([aboutEmbed(ctx.core.about())]));
  },
};

/** `/help`: what the bot can do. */
export const help: Command = {
  data: new SlashCommandBuilder().setName('help').setDescription('How to ask the thesis questions'),
  async execute(interaction) {
    await respond(interaction, reply([helpEmbed()]), true);
  },
};
