/**
 * `counterpart bench`: figures anyone can rerun. Section 1 (foundation): core cold start
 * (lock the folder, open DB, migrate, load settings) and ingest→draft overhead with the offline drafter.
 * Section 2 (retrieval, `bench-retrieval.ts`): search latency at 1k/10k/50k products against a
 * brute-force scan. Section 3 (embeddings, `bench-embeddings.ts`): fused search overhead at 10k
 * products with an in-process fake embedder (fixed vectors). Then `prompt` (tokens per model draft),
 * `scale` (ingest→draft at 10k products / 20k customers / 200k messages, per language,
 * `bench-scale.ts`), `insights` (the Insights figures over 10k conversations / 100k messages,
 * `bench-insights.ts`), `startup` and `burst` (whole `counterpart serve` processes, `bench-process.ts`).
 * `ui` (the console in Chromium against the headless shell, `bench-ui.ts`).
 * `--section a,b` runs only those.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createDispatch } from '../core/handlers';
import { assertNever } from '../core/platform/errors';
import { silentLogger } from '../core/platform/logger';
import { createNodeCore } from '../node/node-core';
import { embeddingsBench } from './bench-embeddings';
import { insightsBench } from './bench-insights';
import { burstBench, startupBench } from './bench-process';
import { promptBench } from './bench-prompt';
import { retrievalBench } from './bench-retrieval';
import { scaleBench } from './bench-scale';
import { uiBench } from './bench-ui';
import { percentile } from './stats';

/** One measurement: percentiles in `unit` (milliseconds, or tokens for prompt size). */
export type BenchRow = { section: string; name: string; n: number; unit: 'ms' | 'tokens'; p50: number; p95: number; note: string };

/** Every section, in the order they run; `--section a,b` picks some. */
export const BENCH_SECTIONS = ['foundation', 'retrieval', 'embeddings', 'prompt', 'scale', 'insights', 'startup', 'burst', 'ui'] as const;
export type BenchSection = (typeof BENCH_SECTIONS)[number];

/** Runs the chosen benchmarks (all by default) and prints a table or one JSON object. */
export async function runBench(options: { json: boolean; runs?: number; sections?: readonly BenchSection[] }): Promise<number> {
  const chosen = new Set(options.sections ?? BENCH_SECTIONS);
  const rows: BenchRow[] = [];
  for (const section of BENCH_SECTIONS) {
    if (!chosen.has(section)) continue;
    rows.push(...(await runSection(section, options.runs)));
  }
  if (options.json) {
    console.log(JSON.stringify({ node: process.version, platform: `${process.platform}-${process.arch}`, rows }));
  } else {
    console.log(formatTable(rows));
  }
  return 0;
}

async function runSection(section: BenchSection, runs: number | undefined): Promise<BenchRow[]> {
  switch (section) {
    case 'foundation':
      return [coldStart(runs ?? 30), await ingestToDraft(runs ?? 300)];
    case 'retrieval':
      return retrievalBench({ runs: runs ?? 400 });
    case 'embeddings':
      return embeddingsBench({ runs: runs ?? 400 });
    case 'prompt':
      return [promptBench({ size: 10_000, runs: runs ?? 400 })];
    case 'scale':
      return scaleBench({ runs: runs ?? 300 });
    case 'insights':
      return insightsBench({ runs: runs ?? 15 });
    case 'startup':
      return startupBench({ runs: Math.min(runs ?? 10, 20) });
    case 'burst':
      return burstBench();
    case 'ui':
      return uiBench({ runs: Math.min(runs ?? 7, 30) });
    default:
      return assertNever(section);
  }
}

/** Parses `--section a,b`; throws on an unknown name. */
export function parseSections(value: string | undefined): BenchSection[] | undefined {
  if (value === undefined) return undefined;
  const names = value.split(',').map((s) => s.trim()).filter(Boolean);
  for (const name of names) {
    if (!(BENCH_SECTIONS as readonly string[]).includes(name)) throw new Error(`Unknown bench section "${name}" (sections: ${BENCH_SECTIONS.join(', ')}).`);
  }
  return names as BenchSection[];
}

function coldStart(runs: number): BenchRow {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const dir = mkdtempSync(join(tmpdir(), 'counterpart-bench-'));
    const started = performance.now();
    const core = createNodeCore({ owner: { kind: 'command', command: 'bench' }, dataDir: dir, logger: silentLogger() });
    core.settings.get();
    samples.push(performance.now() - started);
    core.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return row('foundation', 'core cold start (lock folder, open DB, migrate, load settings)', samples, 'fresh data folder each run');
}

async function ingestToDraft(runs: number): Promise<BenchRow> {
  const dir = mkdtempSync(join(tmpdir(), 'counterpart-bench-'));
  // Inline: the pipeline's own cost, comparable with earlier figures (`burst` measures the workers).
  const core = createNodeCore({ owner: { kind: 'command', command: 'bench' }, dataDir: dir, logger: silentLogger(), inlineDrafting: true });
  const dispatch = createDispatch(core, 'browser');
  await dispatch('loadDemoShop', {});
  const questions = [
    'Can I return a pot I bought last week?',
    '¿A qué hora abren el sábado?',
    'do you have monstera in stock?',
    'Quanto custa o frete?',
    'Can you build me a spaceship?',
  ];
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const result = await core.inbox.ingest({
      channel: 'practice',
      // A chat per run: messages of one chat with no reply between them form one turn, drafted
      // together, and this measures drafting one message.
      chatId: `bench:${i}`,
      messageId: `bench-${i}`,
      customerName: `Bench ${i}`,
      language: 'en',
      text: questions[i % questions.length]!,
      at: Date.now(),
    });
    samples.push(performance.now() - started);
    if (result.draftId === null) throw new Error(`bench message ${i} was not drafted`);
  }
  core.close();
  rmSync(dir, { recursive: true, force: true });
  return row('foundation', 'ingest → draft (offline drafter, demo shop)', samples, 'store + triage + retrieve + draft + queue');
}

function row(section: string, name: string, samples: number[], note: string): BenchRow {
  return { section, name, n: samples.length, unit: 'ms', p50: round(percentile(samples, 50)), p95: round(percentile(samples, 95)), note };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function formatTable(rows: BenchRow[]): string {
  const header = ['section', 'measurement', 'n', 'p50', 'p95', 'unit', 'note'];
  const show = (r: BenchRow, v: number) => (r.unit === 'ms' ? v.toFixed(3) : String(Math.round(v)));
  const body = rows.map((r) => [r.section, r.name, String(r.n), show(r, r.p50), show(r, r.p95), r.unit, r.note]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}
