import { MessageFlags, SlashCommandBuilder } from 'discord.js';
import { admitQuestion, answerFor } from '../answering.ts';
import { respond } from '../respond.ts';
import type { Command } from './command.ts';

/**
 * `/ask question: [private:]` a cited answer, for the channel or (private) for the asker alone.
 * Deferred first: a queued answer can take more than 3 s.
 */
export const ask: Command = {
  data: new SlashCommandBuilder()
    .setName('ask')
    .setDescription('Ask a question about the thesis; the answer cites its chapters')
    .addStringOption((o) => o.setName('question').setDescription('Your question, e.g. What does chapter 3 say about consultation?').setRequired(true).setMaxLength(1000))
    .addBooleanOption((o) => o.setName('private').setDescription('Only you see the answer (default: everyone in the channel)')),
  async execute(interaction, ctx) {
    const question = interaction.options.getString('question', true);
    const hidden = interaction.options.getBoolean('private') ?? false;
    admitQuestion(ctx, interaction.user.id, question);
    await interaction.deferReply(hidden ? { flags: MessageFlags.Ephemeral } : {});
    const [first, ...more] = (await answerFor(ctx, interaction.user.id, question)).replies;
    if (first) await respond(interaction, first);
    for (const next of more) await interaction.followUp(hidden ? { ...next, flags: MessageFlags.Ephemeral } : next);
  },
};
