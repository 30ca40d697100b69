import { Presets, SingleBar } from 'cli-progress';
import type { CoreConfig } from '../config.ts';
import { loadThesis } from '../thesis.ts';
import type { Io } from './io.ts';

/** `ingest [--force]`: builds the index when it is missing, stale or forced, and says what it did. */
export async function runIngest(config: CoreConfig, force: boolean, io: Io): Promise<void> {
  const started = performance.now();
  const bar = new SingleBar({ format: 'Embedding [{bar}] {value}/{total}', stream: process.stderr }, Presets.shades_classic);
  let barStarted = false;
  const result = await loadThesis(config, {
    warn: (m) => io.err(`warning: ${m}`),
    onStale: 'rebuild',
    force,
    onProgress: (done, total) => {
      if (!barStarted) bar.start(total, 0);
      barStarted = true;
      bar.update(done);
    },
  });
  if (barStarted) bar.stop();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const { manifest } = result.store;
  const sections = result.parsed.sections.map((s) => s.id).join(', ');
  io.out(`${result.rebuilt ? `Built the index (${result.rebuilt})` : 'The index is up to date'} in ${config.indexDir}`);
  io.out(`  sections: ${result.parsed.sections.length} (${sections})`);
  io.out(`  chunks:   ${manifest.chunks}`);
  io.out(`  embedder: ${manifest.embedder}${manifest.dimension ? ` (${manifest.dimension} dimensions)` : ' (keyword search only)'}`);
  io.out(`  built:    ${manifest.builtAt}`);
  io.out(`  time:     ${seconds} s`);
}
