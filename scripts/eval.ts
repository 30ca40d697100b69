/**
 * npm run eval -- FILE.jsonl [--verbose]
 * Scores the question set with the configured embedder (hybrid search), with vectors alone and
 * with keywords alone (what EMBEDDINGS=none does), from one load of the index.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openCore } from '../src/cli/query.ts';
import { describeCause, exitCodeOf, processIo } from '../src/cli/io.ts';
import { loadCoreConfig } from '../src/config.ts';
import { ThesisCore } from '../src/core.ts';
import { ThesisBotError, userMessage } from '../src/errors.ts';
import { parseEvalSet, scoreAnswers, type EvalScores } from '../src/eval/score.ts';
import type { SearchMode } from '../src/retrieval/search.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { verbose: { type: 'boolean', short: 'v' } } });
const file = positionals[0];
if (!file) {
  console.error('Usage: npm run eval -- FILE.jsonl [--verbose]');
  process.exit(2);
}

/** The set's text, or a usage error naming the file that cannot be read. */
function readSet(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new ThesisBotError('USAGE', `cannot read the question set ${path}`, { cause: error });
  }
}

try {
  const items = parseEvalSet(readSet(file));
  const base = await openCore(loadCoreConfig(), processIo);
  const embedder = base.thesis.embedder?.id ?? 'none';
  const modes: Array<[string, SearchMode]> = base.thesis.embedder
    ? [[`hybrid (${embedder.split(':')[0]})`, 'hybrid'], ['vectors only', 'vector'], ['keywords only (EMBEDDINGS=none)', 'keyword']]
    : [['keywords only (EMBEDDINGS=none)', 'keyword']];
  const rows: Array<[string, EvalScores]> = [];
  for (const [name, mode] of modes) {
    const core = new ThesisCore(base.thesis, mode);
    const answers = [];
    for (const item of items) {
      const answer = await core.ask(item.question);
      answers.push(answer);
      if (values.verbose && mode === modes[0]?.[1]) {
        console.log(`${item.id} [${item.kind}] ${answer.abstained ? 'ABSTAIN' : answer.citations.map((c) => c.section).join(',')} | gold ${item.sections?.join(',') ?? '-'} | ${item.question}`);
      }
    }
    rows.push([name, scoreAnswers(items, answers)]);
  }
  const c = rows[0]?.[1].counts;
  console.log(`\n${file}: ${items.length} questions (${c?.answerable} answerable, ${c?.metadata} metadata, ${c?.unanswerable} unanswerable)`);
  const pct = (x: number) => x.toFixed(2).padStart(6);
  console.log(`${'mode'.padEnd(34)} hit@1  hit@3  abstain  false-abst  metadata  mentions (of ${c?.mentions})`);
  for (const [name, s] of rows) {
    console.log(`${name.padEnd(34)}${pct(s.hitAt1)} ${pct(s.hitAt3)} ${pct(s.abstention)}   ${pct(s.falseAbstention)}     ${pct(s.metadata)}    ${s.counts.mentions > 0 ? pct(s.mentions) : '     -'}`);
  }
} catch (error) {
  console.error(`error: ${userMessage(error)}`);
  const cause = describeCause(error);
  if (cause) console.error(cause);
  process.exit(exitCodeOf(error));
}
