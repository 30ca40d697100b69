/**
 * npm run bench: index build time, cold start to the first answer, warm per-question latency
 * (p50/p95 over 200+ questions) and peak RSS, for EMBEDDINGS=use-lite and EMBEDDINGS=none.
 * Each measurement runs in its own process so one mode's memory does not count for another.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadCoreConfig } from '../src/config.ts';
import { ThesisCore } from '../src/core.ts';
import { loadThesis } from '../src/thesis.ts';

const { values } = parseArgs({ options: { child: { type: 'string' }, data: { type: 'string' } } });
const QUESTION = 'What are the three fine styles of the party?';

/** 200+ questions: the dev and paraphrase sets, each also asked with a section and reworded. */
function questions(): string[] {
  const lines = ['../shared/eval/dev.jsonl', 'test/fixtures/paraphrase.jsonl'].flatMap((f) => {
    try {
      return readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { question: string }).question);
    } catch {
      return [];
    }
  });
  const out: string[] = [];
  for (let i = 0; out.length < 210; i++) {
    const q = lines[i % lines.length] ?? QUESTION;
    out.push([q, `In chapter ${1 + (i % 6)}, ${q.toLowerCase()}`, `Tell me: ${q}`][Math.floor(i / lines.length) % 3] ?? q);
  }
  return out;
}

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? 0;

async function child(mode: string, dataDir: string): Promise<void> {
  const config = loadCoreConfig({ EMBEDDINGS: mode, DATA_DIR: dataDir });
  const t0 = performance.now();
  const thesis = await loadThesis(config, { warn: () => {}, onStale: 'rebuild', force: true });
  const build = performance.now() - t0;
  const core = new ThesisCore(thesis);
  await core.ask(QUESTION);
  const times: number[] = [];
  for (const q of questions()) {
    const s = performance.now();
    await core.ask(q);
    times.push(performance.now() - s);
  }
  const rssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ build, n: times.length, p50: percentile(times, 50), p95: percentile(times, 95), rssMb }));
}

function coldStart(mode: string, dataDir: string): { ms: number; ok: boolean } {
  const started = performance.now();
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'ask', '--json', QUESTION], { env: { ...process.env, EMBEDDINGS: mode, DATA_DIR: dataDir }, encoding: 'utf8' });
  return { ms: performance.now() - started, ok: r.status === 0 && r.stdout.includes('"citations"') };
}

async function parent(): Promise<void> {
  console.log(`node ${process.version}, ${execFileSync('nproc').toString().trim()} cores`);
  console.log('mode       build   cold-first-answer  warm-p50  warm-p95  questions  peak-RSS');
  for (const mode of ['use-lite', 'none']) {
    const dataDir = mkdtempSync(path.join(tmpdir(), `bench-${mode}-`));
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench.ts', '--child', mode, '--data', dataDir], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`bench child for ${mode} failed: ${r.stderr.split('\n')[0]}`);
    const m = JSON.parse(r.stdout) as { build: number; n: number; p50: number; p95: number; rssMb: number };
    const cold = coldStart(mode, dataDir);
    const ms = (x: number) => `${x.toFixed(1)} ms`.padStart(9);
    console.log(`${mode.padEnd(9)}${ms(m.build)}  ${ms(cold.ms)}${cold.ok ? '' : ' (failed)'}          ${ms(m.p50)} ${ms(m.p95)}  ${String(m.n).padStart(9)}  ${m.rssMb.toFixed(0)} MB`);
  }
}

if (values.child) await child(values.child, values.data ?? 'data');
else await parent();
