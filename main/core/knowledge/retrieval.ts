/**
 * Lexical retrieval over the knowledge index (SQLite FTS5, BM25), with a coverage score that
 * says how much of the customer's message a source explains, weighting rare words above
 * common ones and ignoring words the knowledge never uses.
 */
import type { Database } from '../storage/database';
import { contentTokens, stem, tokens } from './text';

/** One retrieved source with its scores. */
export type Hit = {
  sourceId: string;
  kind: 'faq' | 'product';
  key: string;
  /** BM25 relevance, higher is better (sign flipped from SQLite's). */
  bm25: number;
  /** IDF-weighted share of the message's known content words found in this source (0–1). */
  coverage: number;
  /** Content words of the message found in this source. */
  matched: string[];
};

export type RetrievalOptions = { limit?: number };

type FtsRow = { source_id: string; title: string; alt: string; body: string; rank: number };

/** FTS5 term for a token: prefix search for words of 3+ letters (maceta → macetas). */
function term(token: string): string {
  const quoted = `"${token.replace(/"/g, '')}"`;
  return token.length >= 3 ? `${quoted}*` : quoted;
}

/** Searches the knowledge for a message; returns hits best first. */
export class Retriever {
  constructor(private readonly db: Database) {}

  search(message: string, options: RetrievalOptions = {}): Hit[] {
    const query = contentTokens(message);
    if (query.length === 0) return [];
    const limit = options.limit ?? 8;
    const total = (this.db.prepare('SELECT COUNT(*) AS n FROM knowledge_fts').get() as { n: number }).n;
    const countStmt = this.db.prepare('SELECT COUNT(*) AS n FROM knowledge_fts WHERE knowledge_fts MATCH ?');
    const weights = new Map<string, number>();
    for (const token of query) {
      const df = (countStmt.get(term(token)) as { n: number }).n;
      // Words the knowledge never uses say nothing about which source fits; leave them out.
      if (df > 0) weights.set(token, Math.log(1 + total / df));
    }
    if (weights.size === 0) return [];
    const rows = this.db
      .prepare(
        `SELECT source_id, title, alt, body, bm25(knowledge_fts, 0, 4.0, 3.0, 1.0) AS rank
         FROM knowledge_fts WHERE knowledge_fts MATCH ? ORDER BY rank LIMIT ?`,
      )
      .all([...weights.keys()].map(term).join(' OR '), limit * 4) as FtsRow[];
    const hits = rows.map((row) => toHit(row, weights));
    hits.sort((a, b) => b.coverage - a.coverage || b.bm25 - a.bm25);
    return hits.slice(0, limit);
  }
}

function toHit(row: FtsRow, weights: Map<string, number>): Hit {
  const words = tokens(`${row.title} ${row.alt} ${row.body}`);
  const stems = new Set(words.map(stem));
  const matched = [...weights.keys()].filter(
    (q) => stems.has(stem(q)) || (q.length >= 3 && words.some((w) => w.startsWith(q))),
  );
  const all = [...weights.values()].reduce((a, b) => a + b, 0);
  const got = matched.reduce((sum, q) => sum + weights.get(q)!, 0);
  const [kind, ...rest] = row.source_id.split(':');
  return {
    sourceId: row.source_id,
    kind: kind === 'product' ? 'product' : 'faq',
    key: rest.join(':'),
    bm25: -row.rank,
    coverage: got / all,
    matched,
  };
}
