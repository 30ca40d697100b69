import { SingleBar } from 'cli-progress';
import { ThesisBotError } from '../errors.ts';
import type { CoreConfig } from '../config.ts';
import { type Embedder, normalise } from './embedder.ts';

type Settings = CoreConfig['transformers'];

interface ProgressEvent {
  status: string;
  file?: string;
  progress?: number;
}

/** A progress bar on stderr for first downloads; silent when the files are already local. */
function progressReporter(): { onEvent: (e: ProgressEvent) => void; stop: () => void } {
  const bar = new SingleBar({ format: 'Downloading {file} [{bar}] {percentage}%', stream: process.stderr, hideCursor: true });
  let file: string | undefined;
  return {
    onEvent(e) {
      if (e.status !== 'progress' || e.file === undefined) return;
      if (file !== e.file) {
        if (file !== undefined) bar.stop();
        file = e.file;
        bar.start(100, 0, { file });
      }
      bar.update(Math.round(e.progress ?? 0), { file });
    },
    stop: () => file !== undefined && bar.stop(),
  };
}

/**
 * The error for a model that could not be had, naming where it was looked for and what to set.
 * Only a download's own failure ("fetch failed", a 404) is worth quoting: a missing local file
 * is said plainly (Transformers.js would name a folder inside node_modules).
 */
function explain(settings: Settings, cause: unknown): ThesisBotError {
  const where = settings.localModels
    ? `in the local folder ${settings.localModels} (TRANSFORMERS_LOCAL_MODELS; it must hold ${settings.model}/config.json, tokenizer.json and onnx/)`
    : settings.offline
      ? `in the cache ${settings.cacheDir} (TRANSFORMERS_OFFLINE=true forbids downloads: set TRANSFORMERS_LOCAL_MODELS to a folder with the model, or TRANSFORMERS_OFFLINE=false to download it)`
      : `from ${settings.remoteHost ?? 'the Hugging Face Hub'} (set TRANSFORMERS_REMOTE_HOST to a mirror, or TRANSFORMERS_LOCAL_MODELS to a folder with the model)`;
  const downloaded = !settings.localModels && !settings.offline;
  const reason = downloaded && cause instanceof Error ? ` (${cause.message.split('\n')[0]})` : '';
  return new ThesisBotError('MODEL_UNAVAILABLE', `The embedding model ${settings.model} could not be loaded ${where}${reason}.`, { cause });
}

/**
 * Loads a Transformers.js feature-extraction model (mean pooling, unit length) as an Embedder.
 * @throws ThesisBotError MODEL_UNAVAILABLE with the settings to change.
 */
export async function loadTransformersEmbedder(settings: Settings): Promise<Embedder> {
  const { env, pipeline } = await import('@xenova/transformers');
  env.cacheDir = settings.cacheDir;
  // Offline, files come from the cache, which Transformers.js only reads with local models on.
  env.allowLocalModels = settings.localModels !== undefined || settings.offline;
  if (settings.localModels) env.localModelPath = settings.localModels.endsWith('/') ? settings.localModels : `${settings.localModels}/`;
  env.allowRemoteModels = !settings.offline && settings.localModels === undefined;
  if (settings.remoteHost) env.remoteHost = settings.remoteHost.endsWith('/') ? settings.remoteHost : `${settings.remoteHost}/`;

  const progress = progressReporter();
  let extractor: Awaited<ReturnType<typeof pipeline>>;
  try {
    extractor = await pipeline('feature-extraction', settings.model, { quantized: settings.quantized, progress_callback: progress.onEvent });
  } catch (cause) {
    throw explain(settings, cause);
  } finally {
    progress.stop();
  }
  const embed = async (texts: readonly string[]): Promise<number[][]> => {
    if (texts.length === 0) return [];
    try {
      const output = await extractor([...texts], { pooling: 'mean', normalize: true });
      return (output.tolist() as number[][]).map(normalise);
    } catch (cause) {
      throw new ThesisBotError('EMBEDDING_FAILED', `The embedding model ${settings.model} failed on the input.`, { cause });
    }
  };
  const [probe] = await embed(['dimension probe']);
  const variant = settings.quantized ? 'q8' : 'fp32';
  return { id: `transformers:${settings.model}:${variant}`, dimension: probe?.length ?? 0, embed };
}
