/**
 * The baseline the bench compares the index against: the same analysis and the same scoring,
 * but over every source and phrasing held in memory, with no FTS5 candidate step.
 */
import type { Database } from '../../storage/database';
import { rankHits, scoreSource, toDocTerms, type Hit, type Retriever, type RetrievalOptions, type SourceRow } from '../retrieval';
import { countTerms, scorePhrasing, type DocTerms } from './scoring';

type Phrasing = { sourceId: string; terms: Map<string, number>; length: number };

/** Scans everything for every message. */
export class BruteForceSearch {
  private docs: Array<{ sourceId: string; terms: DocTerms }> = [];
  private phrasings: Phrasing[] = [];

  constructor(
    private readonly db: Database,
    private readonly retriever: Retriever,
  ) {}

  /** Loads (and parses) every indexed source and phrasing; call after the knowledge changes. */
  load(): void {
    this.retriever.sync();
    this.docs = (this.db.prepare('SELECT * FROM search_source').all() as SourceRow[]).map((row) => ({ sourceId: row.source_id, terms: toDocTerms(row) }));
    this.phrasings = (this.db.prepare('SELECT source_id, text, len FROM search_phrasing').all() as Array<{ source_id: string; text: string; len: number }>).map(
      (row) => ({ sourceId: row.source_id, terms: countTerms(row.text), length: row.len }),
    );
  }

  search(message: string, options: RetrievalOptions = {}): Hit[] {
    const query = this.retriever.prepare(message, options);
    if (!query) return [];
    const best = new Map<string, number>();
    for (const p of this.phrasings) {
      const s = scorePhrasing(p.terms, p.length, query.groups, query.stats, query.freq);
      if (s > (best.get(p.sourceId) ?? 0)) best.set(p.sourceId, s);
    }
    const hits = this.docs.map((d) => scoreSource(d.sourceId, d.terms, best.get(d.sourceId) ?? 0, query));
    return rankHits(hits, options.limit ?? 8, query);
  }
}
