/**
 * The fake server's embedding: a TEST DOUBLE, not a model. Each word is folded (lower case, no
 * accents), cut to a crude 5-letter stem, hashed (FNV-1a) into one of `dims` buckets with a
 * hashed sign, and the bag is normalised. Texts sharing stems come out close, texts sharing none
 * come out orthogonal: enough for tests to see vectors flow end to end and rank plausibly, with
 * none of a real model's knowledge of meaning (synonyms, other languages).
 */

/** A deterministic unit vector for `text`. */
export function hashedEmbedding(text: string, dims = 64): Float32Array {
  const vector = new Float32Array(dims);
  const words = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 2);
  for (const word of words) {
    const h = fnv1a(word.slice(0, 5));
    vector[h % dims]! += h & 0x80000000 ? -1 : 1;
  }
  let sum = 0;
  for (const v of vector) sum += v * v;
  const norm = Math.sqrt(sum);
  if (norm > 0) for (let i = 0; i < dims; i++) vector[i]! /= norm;
  return vector;
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}
