import { SlashCommandBuilder } from 'discord.js';
import { admitQuestion, answerFor } from '../answering.ts';
import { respond } from '../respond.ts';
import type { Command } from './command.ts';

/** `/ask question:` a cited answer. Deferred first: a queued answer can take more than 3 s. */
export const ask: Command = {
  data: new SlashCommandBuilder()
    .setName('ask')
    .setDescription('Ask a question about the thesis; the answer cites its chapters')
    .addStringOption((o) => o.setName('question').setDescription('Your question, e.g. What does chapter 3 say about consultation?').setRequired(true).setMaxLength(1000)),
  async execute(interaction, ctx) {
    const question = interaction.options.getString('question', true);
    admitQuestion(ctx, interaction.user.id, question);
    await interaction.deferReply();
    const [first, ...more] = (await answerFor(ctx, interaction.user.id, question)).replies;
    if (first) await respond(interaction, first);
    for (const next of more) await interaction.followUp(next);
  },
};
