/**
 * Bench section "retrieval": search latency over generated catalogs of 1k, 10k and 50k products
 * (plus the demo shop's FAQ), indexed (FTS5 candidates + scoring) against a brute-force scan that
 * applies the same scoring to every row, measured in the same run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { FaqEntry, Product } from '../contract/schemas';
import { transaction, type Database } from '../core/storage/database';
import { BruteForceSearch } from '../core/knowledge/search/brute-force';
import { readKnowledgeFolder } from '../core/knowledge/knowledge-folder';
import { silentLogger } from '../core/platform/logger';
import { appRoot, createNodeCore } from '../node/node-core';
import { syntheticCatalog, syntheticMessages } from './bench-catalog';
import { percentile } from './stats';

import type { BenchRow as Row } from './bench';

/** Measures every catalog size; `runs` is the number of indexed searches per size. */
export function retrievalBench(options: { sizes?: number[]; runs?: number } = {}): Row[] {
  const rows: Row[] = [];
  const demo = readKnowledgeFolder(join(appRoot(), 'assets', 'demo-shop'));
  const faqs = demo.ok ? demo.set.faqs : [];
  for (const size of options.sizes ?? [1_000, 10_000, 50_000]) rows.push(...measureSize(size, faqs, options.runs ?? 400));
  return rows;
}

function measureSize(size: number, faqs: FaqEntry[], runs: number): Row[] {
  const dir = mkdtempSync(join(tmpdir(), 'counterpart-bench-retrieval-'));
  const core = createNodeCore({ owner: { kind: 'command', command: 'bench' }, dataDir: dir, logger: silentLogger() });
  try {
    const catalog = syntheticCatalog(size);
    core.knowledge.replaceAll({ profile: null, products: [], faqs });
    insertProducts(core.db, catalog.map((c) => c.product));
    const started = performance.now();
    core.retriever.sync();
    const indexMs = performance.now() - started;

    const messages = syntheticMessages(catalog, runs);
    for (const m of messages.slice(0, 50)) core.retriever.search(m); // warm caches and statements
    const indexed: number[] = [];
    for (const m of messages) {
      const started = performance.now();
      core.retriever.search(m);
      indexed.push(performance.now() - started);
    }

    const brute = new BruteForceSearch(core.db, core.retriever);
    brute.load();
    // The scan is slow at 50k: fewer runs, same messages.
    const bruteMessages = messages.slice(0, Math.max(30, Math.min(runs, Math.round(2_000_000 / size))));
    const scanned: number[] = [];
    let agree = 0;
    let answered = 0;
    for (const m of bruteMessages) {
      const started = performance.now();
      const slow = brute.search(m, { limit: 1 });
      scanned.push(performance.now() - started);
      const fast = core.retriever.search(m, { limit: 1 });
      if (slow.length > 0 || fast.length > 0) {
        answered++;
        if (slow[0]?.sourceId === fast[0]?.sourceId) agree++;
      }
    }
    const label = `${size >= 1000 ? `${size / 1000}k` : size} products + ${faqs.length} FAQ`;
    const ratio50 = percentile(scanned, 50) / percentile(indexed, 50);
    const ratio95 = percentile(scanned, 95) / percentile(indexed, 95);
    return [
      row(`search, ${label} (indexed)`, indexed, `FTS5 candidates + BM25F rerank; building the index took ${(indexMs / 1000).toFixed(1)} s`),
      row(
        `search, ${label} (brute-force scan)`,
        scanned,
        `same scoring over every row: ${ratio50.toFixed(0)}× p50, ${ratio95.toFixed(0)}× p95 the indexed time; same top hit ${pct(agree, answered)}`,
      ),
    ];
  } finally {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Writes the catalog rows straight into \`products\` in one transaction. The bench measures search,
 * not import: KnowledgeRepo's per-row upsert also maintains the older \`knowledge_fts\` table, whose
 * delete-by-source is a full scan, which makes a 50k import take minutes.
 */
export function insertProducts(db: Database, products: Product[]): void {
  const insert = db.prepare(
    `INSERT INTO products (sku, name, description, price, currency, stock, options, tags, active, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, 0)`,
  );
  transaction(db, () => {
    for (const p of products) insert.run(p.sku, p.name, p.description, p.price, p.currency, p.stock, JSON.stringify(p.options), JSON.stringify(p.tags));
  });
}

function pct(a: number, b: number): string {
  return b === 0 ? '—' : `${((100 * a) / b).toFixed(1)}%`;
}

function row(name: string, samples: number[], note: string): Row {
  const round = (v: number) => Math.round(v * 1000) / 1000;
  return { section: 'retrieval', name, n: samples.length, unit: 'ms', p50: round(percentile(samples, 50)), p95: round(percentile(samples, 95)), note };
}
