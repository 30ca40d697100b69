import type { CoreConfig } from '../config.ts';
import { ThesisBotError } from '../errors.ts';
import type { Embedder } from './embedder.ts';
import { loadTransformersEmbedder } from './transformers.ts';
import { loadUseLiteEmbedder } from './use-lite.ts';

/** Where warnings go; the CLI passes stderr, tests pass a collector. */
export type Warn = (message: string) => void;

/**
 * The embedder chosen by `EMBEDDINGS`: `transformers`, `use-lite`, `none` (keyword search
 * only: returns undefined), or `auto`, which falls back from Transformers.js to USE-lite with
 * one warning when the model cannot be had.
 */
export async function createEmbedder(config: CoreConfig, warn: Warn): Promise<Embedder | undefined> {
  switch (config.embeddings) {
    case 'none':
      return undefined;
    case 'use-lite':
      return loadUseLiteEmbedder();
    case 'transformers':
      return loadTransformersEmbedder(config.transformers);
    case 'auto':
      try {
        return await loadTransformersEmbedder(config.transformers);
      } catch (error) {
        if (!ThesisBotError.is(error) || error.code !== 'MODEL_UNAVAILABLE') throw error;
        warn(`${error.message} Using the bundled Universal Sentence Encoder instead (EMBEDDINGS=use-lite); set EMBEDDINGS=transformers once the model is reachable.`);
        return loadUseLiteEmbedder();
      }
  }
}
