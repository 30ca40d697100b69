import { MessageFlags } from 'discord.js';
import { ThesisBotError, userMessage } from '../errors.ts';
import type { Logger } from './context.ts';
import { type Reply, errorEmbed } from './render.ts';

/** The part of an interaction the reply helper uses; recorded fakes implement just this. */
export interface Repliable {
  deferred: boolean;
  replied: boolean;
  reply(options: object): Promise<unknown>;
  editReply(options: object): Promise<unknown>;
  followUp(options: object): Promise<unknown>;
  deleteReply(): Promise<unknown>;
}

/** Sends a reply whatever state the interaction is in: new, deferred or already answered. */
export async function respond(interaction: Repliable, payload: Reply, ephemeral = false): Promise<void> {
  const options = ephemeral ? { ...payload, flags: MessageFlags.Ephemeral } : payload;
  if (interaction.deferred && !interaction.replied) await interaction.editReply(payload);
  else if (interaction.replied) await interaction.followUp(options);
  else await interaction.reply(options);
}

/**
 * Shows a user a short ephemeral error and logs the cause. Expected errors (bad input,
 * cooldown) are not logged as failures.
 */
export async function respondError(interaction: Repliable, error: unknown, log: Logger, what: string): Promise<void> {
  if (!ThesisBotError.is(error) || !['BAD_QUESTION', 'COOLDOWN', 'UNKNOWN_SECTION'].includes(error.code)) log.error(`${what} failed`, error);
  const payload = { embeds: [errorEmbed(userMessage(error))], components: [], allowedMentions: { parse: [] as [] }, flags: MessageFlags.Ephemeral };
  try {
    // A deferred reply is public; replace it with an ephemeral error rather than edit it.
    if (interaction.deferred && !interaction.replied) {
      await interaction.deleteReply().catch(() => {});
      await interaction.followUp(payload);
    } else if (interaction.replied) await interaction.followUp(payload);
    else await interaction.reply(payload);
  } catch (sendError) {
    log.error(`could not send the error for ${what}`, sendError);
  }
}
