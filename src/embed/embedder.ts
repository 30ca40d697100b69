/**
 * Turns texts into unit-length vectors. Implementations load their model once and embed in
 * batches; `dimension` comes from the model itself.
 */
export interface Embedder {
  /** Identifies model and settings; an index built with another id must be rebuilt. */
  readonly id: string;
  readonly dimension: number;
  embed(texts: readonly string[]): Promise<number[][]>;
}

/** Scales a vector to unit length so a dot product is a cosine similarity. */
export function normalise(vector: ArrayLike<number>): number[] {
  let sum = 0;
  for (let i = 0; i < vector.length; i++) sum += (vector[i] ?? 0) ** 2;
  const norm = Math.sqrt(sum) || 1;
  return Array.from(vector, (v) => v / norm);
}

/** Embeds in slices so one huge call never holds every activation in memory at once. */
export async function embedInBatches(
  embedder: Embedder,
  texts: readonly string[],
  batchSize = 16,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<number[][]> {
  const out: number[][] = [];
  for (let i = 0; i < texts.length; i += batchSize) {
    out.push(...(await embedder.embed(texts.slice(i, i + batchSize))));
    onProgress(out.length, texts.length);
  }
  return out;
}
