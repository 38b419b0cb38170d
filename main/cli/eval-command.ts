/**
 * `counterpart eval --knowledge DIR --suite FILE [--json] [--data-dir D] [--failures N]
 * [--embeddings [--model-dir M]] [--autopilot]`: loads a knowledge folder into a fresh core, runs a test suite
 * through the assistant and reports. `--embeddings` fuses semantic retrieval in, using the
 * embedding model and server configured in M (default: the app's data folder) — the chat model
 * stays off, so the drafts still come from the offline drafter and only retrieval changes.
 * `--autopilot` adds what the autopilot would have sent alone (FORMAT.md "Autopilot").
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatRate, formatReport } from '../core/eval/format';
import { computeAutopilot } from '../core/eval/autopilot-report';
import { computeReport, type CaseOutcome, type EvalReport } from '../core/eval/report';
import { runCases } from '../core/eval/run-suite';
import { parseSuite } from '../core/eval/suite';
import { readKnowledgeFolder } from '../core/knowledge/knowledge-folder';
import { silentLogger } from '../core/platform/logger';
import { MODEL_KEY_SECRET, createJsonModelConfigStore, type StoredModelConfig } from '../core/assistant/model/model-config';
import { createOpenAiEmbedder, type Embedder } from '../core/knowledge/embeddings/embedder';
import type { SyncReport } from '../core/knowledge/embeddings/embedding-index';
import { resolveDataDir } from '../core/platform/data-dir';
import { createFileSecretStore } from '../node/file-secret-store';
import { createNodeCore } from '../node/node-core';

const USAGE = 'Usage: counterpart eval --knowledge DIR --suite FILE [--json] [--data-dir D] [--failures N] [--embeddings [--model-dir M]] [--autopilot]';

/** Runs one suite against one knowledge folder; returns the exit code. */
export async function runEval(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      knowledge: { type: 'string' },
      suite: { type: 'string' },
      json: { type: 'boolean' },
      'data-dir': { type: 'string' },
      failures: { type: 'string' },
      embeddings: { type: 'boolean' },
      'model-dir': { type: 'string' },
      autopilot: { type: 'boolean' },
    },
  });
  if (!values.knowledge || !values.suite) {
    console.error(USAGE);
    return 2;
  }
  const folder = readKnowledgeFolder(values.knowledge);
  if (!folder.ok) {
    console.error(`The knowledge folder ${values.knowledge} has problems:`);
    for (const p of folder.problems) console.error(`  ${p.file}${p.line === null ? '' : `:${p.line}`}: ${p.reason}`);
    return 1;
  }
  if (!existsSync(values.suite)) {
    console.error(`No suite at ${values.suite}`);
    return 1;
  }
  const suite = parseSuite(readFileSync(values.suite, 'utf8'));
  if (!suite.ok) {
    console.error(`The suite ${values.suite} has problems:`);
    for (const p of suite.problems) console.error(`  line ${p.line}: ${p.reason}`);
    return 1;
  }

  const given = values['data-dir'];
  // Never run an eval over someone's real data: the folder must hold no database yet.
  if (given && existsSync(join(given, 'counterpart.db'))) {
    console.error(`${given} already holds a Counterpart database; eval needs an empty data folder.`);
    return 1;
  }
  const semantic = values.embeddings ? await configuredEmbeddings(values['model-dir'] ?? resolveDataDir()) : null;
  if (typeof semantic === 'string') {
    console.error(semantic);
    return 1;
  }
  const dataDir = given ?? mkdtempSync(join(tmpdir(), 'counterpart-eval-'));
  const core = createNodeCore({ owner: { kind: 'command', command: 'eval' }, dataDir, logger: silentLogger(), embedder: semantic ? () => semantic.embedder : undefined });
  let report: EvalReport;
  let outcomes: CaseOutcome[];
  let embedded: SyncReport | null = null;
  try {
    core.knowledge.replaceAll(folder.set);
    if (semantic) {
      core.modelConfig.set({ ...semantic.config, model: '' });
      try {
        embedded = await core.embeddings.syncNow();
      } catch (error) {
        console.error(`Could not embed the knowledge with ${semantic.config.embeddingModel} at ${semantic.config.baseUrl}: ${error instanceof Error ? error.message : String(error)}`);
        return 1;
      }
    }
    outcomes = await runCases(core.drafter, suite.cases);
    report = computeReport(suite.cases, outcomes);
  } finally {
    core.close();
    if (!given) rmSync(dataDir, { recursive: true, force: true });
  }
  const embeddings = semantic && embedded?.model ? { model: embedded.model, entries: embedded.embedded, queries: semantic.embedder.queries, failedQueries: semantic.embedder.failures } : null;
  const auto = values.autopilot ? computeAutopilot(suite.cases, outcomes) : null;
  if (auto) report = { ...report, results: report.results.map((r, i) => ({ ...r, autoSend: auto.autoSend[i]! })) };
  const extra = { ...(embeddings ? { embeddings } : {}), ...(auto ? { autopilot: auto.autopilot } : {}) };
  if (values.json) console.log(JSON.stringify({ ...report, ...extra }));
  else {
    console.log(formatReport(report, { title: `${values.suite} on ${values.knowledge}`, failures: values.failures ? Number(values.failures) : 20 }));
    if (embeddings) {
      console.log(`embeddings: ${embeddings.model}, ${embeddings.entries} entries embedded, ${embeddings.queries} queries, ${embeddings.failedQueries} fell back to words only`);
    }
    if (auto) {
      const a = auto.autopilot;
      console.log(`autopilot: sent ${a.sent}, correct ${a.correct}, precision ${formatRate(a.precision)}, coverage ${formatRate(a.coverage)}, sent on non-answer ${a.sentOnNonAnswer}`);
    }
  }
  return 0;
}

type CountingEmbedder = Embedder & { queries: number; failures: number };

/**
 * The embedder configured in `dir` (model.json and the file secret store), counting the single
 * query embeddings and their failures (a failed query silently searches by words: the report says
 * how often); or a sentence saying why there is none.
 */
async function configuredEmbeddings(dir: string): Promise<{ config: StoredModelConfig; embedder: CountingEmbedder } | string> {
  const config = createJsonModelConfigStore(join(dir, 'model.json')).get();
  const real = createOpenAiEmbedder(config, await createFileSecretStore(dir).get(MODEL_KEY_SECRET));
  if (!real) return `--embeddings: no embedding model is configured in ${join(dir, 'model.json')} (set one in Settings → Assistant).`;
  const embedder: CountingEmbedder = {
    model: real.model,
    queries: 0,
    failures: 0,
    async embed(texts, options) {
      const query = texts.length === 1 && options?.maxRetries === 0;
      if (query) embedder.queries++;
      try {
        return await real.embed(texts, options);
      } catch (error) {
        if (query) embedder.failures++;
        throw error;
      }
    },
  };
  return { config, embedder };
}
