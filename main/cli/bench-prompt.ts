/**
 * Bench section 3: prompt tokens per model draft at a large catalog, beside the size of the
 * whole knowledge (the naive baseline of pasting everything into the prompt).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measurePromptSize } from '../core/assistant/model/prompt-size';
import { estimateTokens } from '../core/assistant/model/prompt';
import { readKnowledgeFolder } from '../core/knowledge/knowledge-folder';
import { exportKnowledge } from '../core/knowledge/knowledge-import';
import { silentLogger } from '../core/platform/logger';
import { appRoot, createNodeCore } from '../node/node-core';
import type { BenchRow } from './bench';
import { syntheticCatalog, syntheticMessages } from './bench-catalog';
import { percentile } from './stats';

/** Prompt tokens for `runs` messages against a `size`-product catalog plus the demo FAQ. */
export function promptBench(options: { size: number; runs: number }): BenchRow {
  const dir = mkdtempSync(join(tmpdir(), 'counterpart-bench-prompt-'));
  const core = createNodeCore({ owner: { kind: 'command', command: 'bench' }, dataDir: dir, logger: silentLogger() });
  try {
    const demo = readKnowledgeFolder(join(appRoot(), 'assets', 'demo-shop'));
    const catalog = syntheticCatalog(options.size);
    const products = catalog.map((c) => c.product);
    const faqs = demo.ok ? demo.set.faqs : [];
    const profile = demo.ok ? demo.set.profile : null;
    core.knowledge.replaceAll({ profile, products, faqs });
    const whole = exportKnowledge(profile, products, faqs);
    const wholeTokens = estimateTokens(whole.profile + whole.catalog + whole.faq);
    const tokens = syntheticMessages(catalog, options.runs)
      .map((m) => measurePromptSize(core, m))
      .filter((size) => !size.handoff)
      .map((size) => size.tokens);
    return {
      section: 'prompt',
      name: `prompt tokens per model draft, ${options.size / 1000}k products + ${faqs.length} FAQ`,
      n: tokens.length,
      unit: 'tokens',
      p50: percentile(tokens, 50),
      p95: percentile(tokens, 95),
      note: `max ${Math.max(...tokens)} (budget 1,500); whole knowledge ≈ ${wholeTokens.toLocaleString('en')} tokens`,
    };
  } finally {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
