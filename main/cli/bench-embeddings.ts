/**
 * Bench section "embeddings": what fusing semantic retrieval in costs at 10k products, with an
 * IN-PROCESS FAKE EMBEDDER returning fixed pseudo-random vectors (seeded by the text; no model, no
 * network). It measures the fused search's own overhead (brute-force cosine over the cached
 * Float32 matrix + Reciprocal Rank Fusion) next to lexical search in the same run, the one-off
 * cost of filling the cache (SQLite writes only) and loading it, and the cosine scan alone at 50k.
 * A real server's time to embed the query (tens of ms locally, more over the internet) comes on
 * top of the fused figure and is not measured here.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEFAULT_MODEL_CONFIG } from '../core/assistant/model/model-config';
import { normalise, type Embedder } from '../core/knowledge/embeddings/embedder';
import { nearest } from '../core/knowledge/embeddings/fusion';
import { readKnowledgeFolder } from '../core/knowledge/knowledge-folder';
import { silentLogger } from '../core/platform/logger';
import { appRoot, createNodeCore } from '../node/node-core';
import type { BenchRow as Row } from './bench';
import { syntheticCatalog, syntheticMessages } from './bench-catalog';
import { insertProducts } from './bench-retrieval';
import { percentile } from './stats';

/** Fixed vectors: the same text always gets the same unit vector; meaning plays no part. */
export function fixedVectorEmbedder(model: string, dims: number): Embedder {
  return {
    model,
    embed: async (texts) => ({ model, vectors: texts.map((t) => randomUnit(seedOf(t), dims)) }),
  };
}

/** Measures fused against lexical search at 10k products for each vector length. */
export async function embeddingsBench(options: { size?: number; dims?: number[]; runs?: number } = {}): Promise<Row[]> {
  const size = options.size ?? 10_000;
  const rows: Row[] = [];
  for (const dims of options.dims ?? [384, 1536]) rows.push(...(await measure(size, dims, options.runs ?? 400)));
  rows.push(...scanOnly(50_000, [384, 1536], Math.min(options.runs ?? 400, 100)));
  return rows;
}

async function measure(size: number, dims: number, runs: number): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), 'counterpart-bench-embeddings-'));
  const model = `fixed-${dims}`;
  const core = createNodeCore({ owner: { kind: 'command', command: 'bench' }, dataDir: dir, logger: silentLogger(), embedder: () => fixedVectorEmbedder(model, dims) });
  try {
    const demo = readKnowledgeFolder(join(appRoot(), 'assets', 'demo-shop'));
    const catalog = syntheticCatalog(size);
    core.knowledge.replaceAll({ profile: null, products: [], faqs: demo.ok ? demo.set.faqs : [] });
    insertProducts(core.db, catalog.map((c) => c.product));
    core.retriever.sync();
    core.modelConfig.set({ ...DEFAULT_MODEL_CONFIG, provider: 'ollama', baseUrl: 'http://127.0.0.1:11434/v1', embeddingModel: model });
    let started = performance.now();
    const filled = await core.embeddings.syncNow();
    const fillMs = performance.now() - started;
    started = performance.now();
    await core.search.search('warm up');
    const firstMs = performance.now() - started;

    const messages = syntheticMessages(catalog, runs);
    for (const m of messages.slice(0, 50)) {
      core.retriever.search(m);
      await core.search.search(m);
    }
    const lexical: number[] = [];
    const fused: number[] = [];
    let used = 0;
    for (const m of messages) {
      let t = performance.now();
      core.retriever.search(m);
      lexical.push(performance.now() - t);
      t = performance.now();
      const result = await core.search.search(m);
      fused.push(performance.now() - t);
      if (result.semantic.state === 'used') used++;
    }
    const entries = filled.model ? filled.embedded : 0;
    const label = `${size / 1000}k products, ${dims}-d fixed vectors (fake embedder)`;
    const extra = percentile(fused, 50) - percentile(lexical, 50);
    return [
      row(`lexical search, ${size / 1000}k products (same run)`, lexical, 'baseline for the fused row below'),
      row(
        `fused search, ${label}`,
        fused,
        `+${extra.toFixed(2)} ms p50 over lexical (cosine over ${entries} vectors + RRF; query embedding time excluded); fusion used in ${used}/${messages.length}`,
      ),
      { section: 'embeddings', name: `fill + load cache, ${label}`, n: 1, unit: 'ms', p50: round(fillMs), p95: round(fillMs), note: `${entries} vectors written to SQLite in batches of 64 and loaded into one matrix, in the background sync (embedding time ~0: fake); first search after it ${firstMs.toFixed(1)} ms` },
    ];
  } finally {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The cosine scan alone over `size` random vectors, to show where brute force stops being cheap. */
function scanOnly(size: number, dimsList: number[], runs: number): Row[] {
  return dimsList.map((dims) => {
    const data = new Float32Array(size * dims);
    for (let i = 0; i < size; i++) data.set(randomUnit(i + 1, dims), i * dims);
    const matrix = { model: 'fixed', dims, ids: Array.from({ length: size }, (_, i) => `product:${i}`), data };
    const samples: number[] = [];
    for (let r = 0; r < runs + 10; r++) {
      const query = randomUnit(1_000_000 + r, dims);
      const t = performance.now();
      nearest(matrix, query, 40);
      if (r >= 10) samples.push(performance.now() - t);
    }
    return row(`cosine top-40 scan only, ${size / 1000}k × ${dims}-d`, samples, `brute force over one Float32Array (${((size * dims * 4) / 1e6).toFixed(0)} MB)`);
  });
}

function seedOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** A unit vector from a seeded generator (mulberry32). */
function randomUnit(seed: number, dims: number): Float32Array {
  let a = seed >>> 0;
  const v = new Float32Array(dims);
  for (let i = 0; i < dims; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    v[i] = ((t ^ (t >>> 14)) >>> 0) / 4294967296 - 0.5;
  }
  return normalise(v);
}

const round = (v: number) => Math.round(v * 1000) / 1000;

function row(name: string, samples: number[], note: string): Row {
  return { section: 'embeddings', name, n: samples.length, unit: 'ms', p50: round(percentile(samples, 50)), p95: round(percentile(samples, 95)), note };
}
