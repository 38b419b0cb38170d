/**
 * Retrieval as the drafters and the inspect box use it: the lexical ranking (`Retriever`), fused
 * with a semantic one when the owner configured an embedding model and the cache covers the
 * knowledge. Semantic retrieval is an extra, never a dependency: with no embedding model, a cache
 * still filling, or a query the server cannot embed in time, the result is the lexical ranking
 * unchanged, and `semantic` says why.
 */
import type { z } from 'zod';
import type { SemanticNote as SemanticNoteSchema } from '../../contract/knowledge-schemas';
import type { Embedder } from './embeddings/embedder';
import type { EmbeddingIndex } from './embeddings/embedding-index';
import { fuse, nearest } from './embeddings/fusion';
import type { Hit, RetrievalOptions, Retriever } from './retrieval';

/**
 * Whether, and how, semantic retrieval took part in one search: `off` (no embedding model),
 * `used`, `pending` (the cache does not cover the current knowledge yet; a sync is under way) or
 * `failed` (the query could not be embedded in time; the hits are lexical only).
 */
export type SemanticNote = z.infer<typeof SemanticNoteSchema>;

/** A hit's place in each ranking when fusion ran. */
export type FusionDetail = { rrf: number; lexicalRank: number | null; vectorRank: number | null; cosine: number | null };

/** A hit, with how fusion placed it when it ran. */
export type FusedHit = Hit & { fusion?: FusionDetail };

/** Hits best first, and what semantic retrieval did. */
export type RetrievalResult = { hits: FusedHit[]; semantic: SemanticNote };

/** How long a query may wait for its vector before search goes on without it. */
export const QUERY_TIMEOUT_MS = 3000;
/** Candidates each ranking contributes to the fusion. */
const CANDIDATES = 40;

/** What fused search needs. */
export type KnowledgeSearchDeps = {
  retriever: Retriever;
  index: EmbeddingIndex;
  embedder: () => Promise<Embedder | null>;
  queryTimeoutMs?: number;
};

/** Lexical retrieval, fused with embeddings when they are configured and ready. */
export class KnowledgeSearch {
  constructor(private readonly deps: KnowledgeSearchDeps) {}

  async search(message: string, options: RetrievalOptions = {}): Promise<RetrievalResult> {
    const limit = options.limit ?? 8;
    const embedder = await this.deps.embedder();
    if (!embedder) return { hits: this.deps.retriever.search(message, options), semantic: { state: 'off' } };
    const model = embedder.model;
    const matrix = this.deps.index.ready(model);
    if (!matrix) return { hits: this.deps.retriever.search(message, options), semantic: { state: 'pending', model } };

    const lexical = this.deps.retriever.search(message, { ...options, limit: Math.max(limit, CANDIDATES) });
    let query: Float32Array | undefined;
    try {
      query = (await embedder.embed([message], { timeoutMs: this.deps.queryTimeoutMs ?? QUERY_TIMEOUT_MS, maxRetries: 0 })).vectors[0];
    } catch (error) {
      return { hits: lexical.slice(0, limit), semantic: { state: 'failed', model, reason: error instanceof Error ? error.name : 'unknown' } };
    }
    if (!query || query.length !== matrix.dims) {
      return { hits: lexical.slice(0, limit), semantic: { state: 'failed', model, reason: 'dimension_mismatch' } };
    }
    const byId = new Map(lexical.map((h) => [h.sourceId, h]));
    const fused = fuse(
      lexical.map((h) => h.sourceId),
      nearest(matrix, query, CANDIDATES),
    );
    const hits = fused.slice(0, limit).map(({ sourceId, ...fusion }): FusedHit => ({ ...(byId.get(sourceId) ?? semanticOnly(sourceId)), fusion }));
    return { hits, semantic: { state: 'used', model } };
  }
}

/**
 * A source only the embeddings found: no word of the message matched it, so it has no lexical
 * score or coverage, and the drafters' confidence gate (judged on words) never drafts from it alone.
 */
function semanticOnly(sourceId: string): Hit {
  const [kind, ...rest] = sourceId.split(':');
  return { sourceId, kind: kind === 'product' ? 'product' : 'faq', key: rest.join(':'), score: 0, lexical: 0, coverage: 0, evidence: 0, matched: [] };
}
