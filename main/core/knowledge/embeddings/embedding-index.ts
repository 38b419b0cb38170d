/**
 * Keeps the embedding cache in step with the knowledge, in the background. `schedule()` starts a
 * sync (or queues one more behind a running one); a sync embeds, in batches, only entries whose
 * content hash changed or that have no vector for the current model, and drops vectors of entries
 * that are gone. Retrieval never waits for it: until a sync has covered the current knowledge and
 * model, `ready()` returns null and search stays lexical. A failed sync is logged and retried on a
 * later `schedule()` once `RETRY_MS` has passed.
 */
import type { Clock, Logger } from '../../platform/ports';
import type { Database } from '../../storage/database';
import { indexGeneration } from '../search/index-sync';
import type { Embedder } from './embedder';
import { VectorStore, entryTexts, type VectorMatrix } from './vector-store';

/** Texts per embedding request. */
export const BATCH_SIZE = 64;
/** After a failed sync, wait this long before trying again. */
export const RETRY_MS = 60_000;

/** What one sync did. */
export type SyncReport = { model: string; embedded: number; removed: number; requests: number } | { model: null };

/** What the embedding index needs. */
export type EmbeddingIndexDeps = {
  db: Database;
  clock: Clock;
  logger: Logger;
  /** The embedder for the current settings, or null when embeddings are off. */
  embedder: () => Promise<Embedder | null>;
  /** Brings the lexical index up to date, so `indexGeneration` reflects every knowledge write. */
  syncLexical: () => void;
};

/** Background owner of `knowledge_vectors`. */
export class EmbeddingIndex {
  private readonly store: VectorStore;
  private synced: { generation: number; model: string } | null = null;
  private matrixCache: VectorMatrix | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private failedAt: number | null = null;

  constructor(private readonly deps: EmbeddingIndexDeps) {
    this.store = new VectorStore(deps.db);
  }

  /** Starts a background sync unless one is running (then one more follows it). Never throws. */
  schedule(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    if (this.failedAt !== null && this.deps.clock.now() - this.failedAt < RETRY_MS) return;
    this.running = this.loop().finally(() => {
      this.running = null;
    });
  }

  /** Resolves when no sync is running or queued (tests, eval, bench). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  /**
   * The cached vectors when they cover the current knowledge for `model`; otherwise null, and a
   * sync is scheduled so a later search can use them.
   */
  ready(model: string): VectorMatrix | null {
    this.deps.syncLexical();
    const current = this.synced?.generation === indexGeneration(this.deps.db) && this.synced.model === model;
    if (!current) {
      this.schedule();
      return null;
    }
    if (this.matrixCache?.model !== model) this.matrixCache = this.store.matrix(model);
    return this.matrixCache;
  }

  /** Syncs now (awaiting the network); throws what the embedder threw. */
  async syncNow(): Promise<SyncReport> {
    const embedder = await this.deps.embedder();
    if (!embedder) return { model: null };
    this.deps.syncLexical();
    const generation = indexGeneration(this.deps.db);
    const model = embedder.model;
    const entries = entryTexts(this.deps.db);
    const removed = this.store.prune(model, new Set(entries.map((e) => e.sourceId)));
    const cached = this.store.hashes(model);
    const todo = entries.filter((e) => cached.get(e.sourceId) !== e.hash);
    let requests = 0;
    if (removed > 0 || todo.length > 0) this.matrixCache = null;
    for (let i = 0; i < todo.length; i += BATCH_SIZE) {
      const batch = todo.slice(i, i + BATCH_SIZE);
      const { vectors } = await embedder.embed(batch.map((e) => e.text));
      requests++;
      // Stored batch by batch: a sync cut short keeps what it paid for.
      this.store.put(
        model,
        batch.map((e, j) => ({ sourceId: e.sourceId, hash: e.hash, vector: vectors[j]! })),
      );
      this.matrixCache = null;
    }
    // Loaded here, in the background task, so the first search after a change does not pay it.
    if (this.matrixCache?.model !== model) this.matrixCache = this.store.matrix(model);
    this.synced = { generation, model };
    return { model, embedded: todo.length, removed, requests };
  }

  private async loop(): Promise<void> {
    do {
      this.again = false;
      try {
        const report = await this.syncNow();
        this.failedAt = null;
        if (report.model && (report.embedded > 0 || report.removed > 0)) this.deps.logger.info(report, 'embedding cache updated');
      } catch (error) {
        this.failedAt = this.deps.clock.now();
        this.again = false;
        // Only the kind of failure: a server message may echo knowledge text.
        this.deps.logger.warn({ err: error instanceof Error ? error.name : 'unknown' }, 'embedding sync failed; retrieval stays lexical until it succeeds');
      }
    } while (this.again);
  }
}
