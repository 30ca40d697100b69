import type { Answer } from '../answer/types.ts';
import { ThesisBotError } from '../errors.ts';
import type { BotContext } from './context.ts';
import { type Reply, answerButtons, answerEmbeds, reply } from './render.ts';

/**
 * Records a use by this user, or refuses while the user's cooldown lasts.
 * @throws ThesisBotError COOLDOWN with the seconds left.
 */
export function checkCooldown(ctx: BotContext, userId: string): void {
  const wait = ctx.cooldown.check(userId);
  if (wait > 0) throw new ThesisBotError('COOLDOWN', `Please wait ${wait} s before asking again.`);
}

/**
 * The one path from a user's question to a reply, shared by /ask, mentions and threads:
 * cooldown, length cap, the queue, the answer, the log of unanswered questions.
 * @throws ThesisBotError COOLDOWN, BAD_QUESTION or BUSY with a message for the user.
 */
export async function answerFor(ctx: BotContext, userId: string, question: string): Promise<{ answer: Answer; reply: Reply }> {
  if (question.length > ctx.settings.maxQuestionLength) {
    throw new ThesisBotError('BAD_QUESTION', `Please keep questions under ${ctx.settings.maxQuestionLength} characters (yours has ${question.length}).`);
  }
  checkCooldown(ctx, userId);
  const answer = await ctx.queue.run(() => ctx.core.ask(question));
  if (answer.abstained) await ctx.feedback.unanswered(userId, question, answer.answer).catch((e: unknown) => ctx.log.error('feedback log write failed', e));
  const key = ctx.answers.put(answer);
  return { answer, reply: reply(answerEmbeds(answer, ctx.footer), answerButtons(key)) };
}
