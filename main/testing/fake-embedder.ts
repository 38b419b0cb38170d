/**
 * Test support: an in-process `Embedder` whose vectors the test decides, recording every batch
 * it was asked for (to count what a sync re-embeds), and able to fail on demand.
 */
import { normalise, type Embedder } from '../core/knowledge/embeddings/embedder';

/** A fake embedder and what it was asked. */
export type FakeEmbedder = Embedder & {
  /** Every batch of texts, in order. */
  batches: string[][];
  /** Texts embedded so far (all batches). */
  texts(): string[];
  /** When set, `embed` rejects with this error. */
  failWith: Error | null;
};

/** An embedder for `model` that turns each text into `vectorOf(text)` (normalised). */
export function fakeEmbedder(model: string, vectorOf: (text: string) => number[]): FakeEmbedder {
  const fake: FakeEmbedder = {
    model,
    batches: [],
    failWith: null,
    texts: () => fake.batches.flat(),
    async embed(texts) {
      if (fake.failWith) throw fake.failWith;
      fake.batches.push([...texts]);
      return { model, vectors: texts.map((t) => normalise(Float32Array.from(vectorOf(t)))) };
    },
  };
  return fake;
}
