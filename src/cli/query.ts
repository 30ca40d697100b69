import { readFile } from 'node:fs/promises';
import type { CoreConfig } from '../config.ts';
import { ThesisCore } from '../core.ts';
import { userMessage } from '../errors.ts';
import { type ThesisText, loadThesis, readThesis } from '../thesis.ts';
import { cleanQuestion } from '../answer/question.ts';
import { formatAbout, formatAnswer, formatChapters, formatLookup, formatSummary } from './format.ts';
import { type Io, usage } from './io.ts';

/** Options shared by the query commands. */
export interface QueryOptions {
  json: boolean;
  batch?: string | undefined;
}

/** Loads the thesis for a query command, building the index first if it is missing or stale. */
export async function openCore(config: CoreConfig, io: Io): Promise<ThesisCore> {
  const thesis = await loadThesis(config, {
    warn: (m) => io.err(`warning: ${m}`),
    onStale: 'rebuild',
    onRebuild: (reason) => io.err(`note: building the index first (${reason})…`),
  });
  return new ThesisCore(thesis);
}

/** The core over the text alone, for commands that need neither the model nor the index. */
async function openText(config: CoreConfig, io: Io): Promise<ThesisCore<ThesisText>> {
  return new ThesisCore(await readThesis(config, (m) => io.err(`warning: ${m}`)));
}

const print = (io: Io, json: boolean, value: unknown, text: string) => io.out(json ? JSON.stringify(value) : text);

/** `ask [--json] QUESTION` or `ask --json --batch FILE` (one question a line, one model load). */
export async function runAsk(config: CoreConfig, words: readonly string[], options: QueryOptions, io: Io): Promise<number> {
  if (options.batch === undefined && words.join(' ').trim() === '') throw usage('Give a question: npm run ask -- "What does chapter 3 say about consultation?"');
  const questions = options.batch === undefined ? [words.join(' ')] : (await readBatch(options.batch)).filter((q) => q.trim());
  // A single bad question is reported before the model loads, not after.
  if (options.batch === undefined) cleanQuestion(questions[0] ?? '');
  const core = await openCore(config, io);
  let failures = 0;
  for (const question of questions) {
    try {
      const answer = await core.ask(question);
      print(io, options.json, answer, formatAnswer(answer));
    } catch (error) {
      // In a batch one bad line must not stop the rest: it gets an error object in its place.
      if (options.batch === undefined) throw error;
      failures += 1;
      io.out(JSON.stringify({ question, error: userMessage(error) }));
    }
  }
  return failures > 0 ? 1 : 0;
}

async function readBatch(file: string): Promise<string[]> {
  try {
    return (await readFile(file, 'utf8')).split(/\r?\n/);
  } catch {
    throw usage(`Cannot read the batch file ${file}.`);
  }
}

/** `summarize [--json] SECTION` */
export async function runSummarize(config: CoreConfig, words: readonly string[], options: QueryOptions, io: Io): Promise<number> {
  if (words.length === 0) throw usage('Name a section: npm run summarize -- 4   (or: intro, overview, chapter 2)');
  const core = await openText(config, io);
  const summary = await core.summarize(words.join(' '));
  print(io, options.json, summary, formatSummary(summary));
  return 0;
}

/** `lookup [--json] TERM` */
export async function runLookup(config: CoreConfig, words: readonly string[], options: QueryOptions, io: Io): Promise<number> {
  if (words.join('').trim() === '') throw usage('Give a word or phrase: npm run lookup -- consultation');
  const core = await openText(config, io);
  const result = core.lookup(words.join(' '));
  const { suggestions, ...rest } = result;
  print(io, options.json, suggestions.length > 0 ? result : rest, formatLookup(result));
  return 0;
}

/** `chapters [--json]` and `about [--json]` */
export async function runOutline(config: CoreConfig, what: 'chapters' | 'about', options: QueryOptions, io: Io): Promise<number> {
  if (what === 'chapters') {
    const chapters = (await openText(config, io)).chapters();
    print(io, options.json, chapters, formatChapters(chapters));
  } else {
    // The record shows how the index was built, so this one loads (or builds) the index.
    const about = (await openCore(config, io)).about();
    print(io, options.json, about, formatAbout(about));
  }
  return 0;
}
