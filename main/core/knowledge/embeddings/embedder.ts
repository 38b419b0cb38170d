/**
 * The `Embedder` port (texts → unit vectors) and its adapter for the configured OpenAI-compatible
 * server (`embeddings.create`), with the same base URL, key, loopback-only http rule and bounded
 * retries as the chat client (`createModelClient`).
 */
import { createModelClient } from '../../assistant/model/model-client';
import { isEmbeddingEnabled, resolveBaseUrl, type StoredModelConfig } from '../../assistant/model/model-config';

/** Vectors for some texts, in order, and the model that made them. */
export type Embedded = { model: string; vectors: Float32Array[] };

/** Turns texts into vectors; one call may hold many texts (a batch). */
export interface Embedder {
  /** The model id vectors are cached under; vectors of different models never mix. */
  readonly model: string;
  embed(texts: readonly string[], options?: { timeoutMs?: number; maxRetries?: number }): Promise<Embedded>;
}

/** Scales a vector to length 1 in place (cosine then is a dot product); a zero vector stays zero. */
export function normalise(vector: Float32Array): Float32Array {
  let sum = 0;
  for (let i = 0; i < vector.length; i++) sum += vector[i]! * vector[i]!;
  const norm = Math.sqrt(sum);
  if (norm > 0) for (let i = 0; i < vector.length; i++) vector[i]! /= norm;
  return vector;
}

/** An embedder for the owner's server, or null when no embedding model is configured. */
export function createOpenAiEmbedder(config: StoredModelConfig, apiKey: string | null): Embedder | null {
  if (!isEmbeddingEnabled(config)) return null;
  const model = config.embeddingModel.trim();
  return {
    model,
    async embed(texts, options = {}) {
      const timeoutMs = options.timeoutMs ?? config.timeoutMs;
      // Checked again here, not only when saved: model.json may have been edited by hand, and
      // knowledge texts must not cross the network over plain http.
      const baseUrl = resolveBaseUrl(config.provider, config.baseUrl);
      const client = await createModelClient({ ...config, baseUrl, timeoutMs }, apiKey, { maxRetries: options.maxRetries });
      // `float` explicitly: the SDK's default (base64) is not understood by every local server.
      const response = await client.embeddings.create({ model, input: [...texts], encoding_format: 'float' }, { timeout: timeoutMs });
      const byIndex = [...response.data].sort((a, b) => a.index - b.index);
      if (byIndex.length !== texts.length) throw new Error(`The server returned ${byIndex.length} vectors for ${texts.length} texts.`);
      const vectors = byIndex.map((d) => normalise(Float32Array.from(d.embedding)));
      const dims = vectors[0]?.length ?? 0;
      if (vectors.some((v) => v.length !== dims || dims === 0)) throw new Error('The server returned vectors of different lengths.');
      return { model, vectors };
    },
  };
}
