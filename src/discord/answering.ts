import type { AskOptions } from '../answer/ask.ts';
import type { Answer } from '../answer/types.ts';
import { asksAboutBot } from '../answer/help.ts';
import { cleanQuestion } from '../answer/question.ts';
import { ThesisBotError } from '../errors.ts';
import type { BotContext } from './context.ts';
import { type Reply, answerReplies } from './render.ts';

/**
 * Records a use by this user, or refuses while the user's cooldown lasts.
 * @throws ThesisBotError COOLDOWN with the seconds left.
 */
export function checkCooldown(ctx: BotContext, userId: string): void {
  const wait = ctx.cooldown.check(userId);
  if (wait > 0) throw new ThesisBotError('COOLDOWN', `Please wait ${wait} s before asking again.`);
}

/**
 * Lets a question in, or says why not: too long, nothing to ask, or the user's cooldown. Checked
 * before any reply is deferred, and the cooldown only counts questions that get answered.
 * @throws ThesisBotError BAD_QUESTION or COOLDOWN with a message for the user.
 */
export function admitQuestion(ctx: BotContext, userId: string, typed: string): void {
  if (typed.length > ctx.settings.maxQuestionLength) {
    throw new ThesisBotError('BAD_QUESTION', `Please keep questions under ${ctx.settings.maxQuestionLength} characters (yours has ${typed.length}).`);
  }
  cleanQuestion(typed);
  checkCooldown(ctx, userId);
}

/**
 * The one path from an admitted question to a reply, shared by /ask, mentions and threads:
 * the queue, the answer, the log of unanswered questions, the buttons.
 * @throws ThesisBotError BUSY when the queue is full.
 */
export async function answerFor(
  ctx: BotContext,
  userId: string,
  question: string,
  options: AskOptions & { title?: string } = {},
): Promise<{ answer: Answer; replies: Reply[] }> {
  const { title, ...conversation } = options;
  const answer = await ctx.queue.run(() => ctx.core.ask(question, conversation));
  // A greeting or "what can you do?" is answered by the guide: not a gap in the thesis's coverage.
  if (answer.abstained && !asksAboutBot(cleanQuestion(question))) await ctx.feedback.unanswered(userId, question, answer.answer).catch((e: unknown) => ctx.log.error('feedback log write failed', e));
  const key = ctx.answers.put(answer);
  // A follow-up is answered as its resolved question but titled as the user typed it.
  const shown = title ? { ...answer, question: title } : answer;
  return { answer, replies: answerReplies(shown, ctx.footer, key) };
}
