/** npm run report: the questions the bot could not answer and the answers voted down. */
import { describeCause } from '../src/cli/io.ts';
import { loadCoreConfig } from '../src/config.ts';
import { FeedbackLog } from '../src/discord/feedback-log.ts';
import { userMessage } from '../src/errors.ts';
import { formatReport } from '../src/discord/report.ts';

try {
  const log = new FeedbackLog(loadCoreConfig().feedbackPath);
  console.log(formatReport(await log.read(), log.file));
} catch (error) {
  console.error(`error: ${userMessage(error)}`);
  const cause = describeCause(error);
  if (cause) console.error(cause);
  process.exitCode = 1;
}
