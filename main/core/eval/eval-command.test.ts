import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runEval } from '../../cli/eval-command';
import { startFakeOpenAI } from '../../testing/fake-openai/fake-openai-server';
import { REPO_ROOT } from '../../testing/test-core';
import type { EvalReport } from './report';

const DEMO = join(REPO_ROOT, 'assets', 'demo-shop');
const SUITE = join(REPO_ROOT, 'main', 'core', 'knowledge', 'fixtures', 'demo-shop-suite.jsonl');

describe('counterpart eval on the demo shop (six languages, answerable and off-topic)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('prints one JSON report with the FORMAT.md fields, and the assistant clears the bar', async () => {
    const printed: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: string) => void printed.push(line));
    expect(await runEval(['--knowledge', DEMO, '--suite', SUITE, '--json'])).toBe(0);
    expect(printed).toHaveLength(1);
    const report = JSON.parse(printed[0]!) as EvalReport;
    expect(Object.keys(report)).toEqual(
      expect.arrayContaining(['cases', 'routeAccuracy', 'routes', 'sourceCases', 'sourceHitRate', 'sourceCitedRate', 'flags', 'mustNotContainViolations', 'results']),
    );
    expect(report.cases).toBe(43);
    // Off-topic questions all go to a person; real questions in every language are answered.
    expect(report.routes.handoff.recall).toBe(1);
    expect(report.routes.answer.precision).toBe(1);
    expect(report.routes.answer.recall).toBeGreaterThanOrEqual(0.9);
    expect(report.sourceHitRate).toBeGreaterThanOrEqual(0.9);
    expect(report.results[0]).toEqual(expect.objectContaining({ id: 'en-returns', pass: true, expectedRoute: 'answer', route: 'answer', sources: ['faq:returns'] }));
  });

  it('prints a readable table without --json, and refuses bad arguments', async () => {
    const printed: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: string) => void printed.push(line));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await runEval(['--knowledge', DEMO, '--suite', SUITE])).toBe(0);
    expect(printed.join('\n')).toMatch(/route\s+n\s+precision\s+recall/);
    expect(printed.join('\n')).toContain('source hit rate');
    expect(await runEval(['--knowledge', DEMO])).toBe(2);
    expect(await runEval(['--knowledge', DEMO, '--suite', join(DEMO, 'missing.jsonl')])).toBe(1);
  });

  it('--embeddings uses the embedding model configured in --model-dir (here the fake server\'s hashed test double)', async () => {
    const fake = await startFakeOpenAI();
    const modelDir = mkdtempSync(join(tmpdir(), 'counterpart-eval-model-'));
    try {
      const printed: string[] = [];
      const errors: string[] = [];
      vi.spyOn(console, 'log').mockImplementation((line: string) => void printed.push(line));
      vi.spyOn(console, 'error').mockImplementation((line: string) => void errors.push(line));
      expect(await runEval(['--knowledge', DEMO, '--suite', SUITE, '--json', '--embeddings', '--model-dir', modelDir])).toBe(1);
      expect(errors.join('\n')).toContain('no embedding model is configured');

      const config = { provider: 'custom', baseUrl: fake.baseUrl, model: 'chat-unused', embeddingModel: 'fake-embed', timeoutMs: 5000, prices: {} };
      writeFileSync(join(modelDir, 'model.json'), JSON.stringify(config));
      expect(await runEval(['--knowledge', DEMO, '--suite', SUITE, '--json', '--embeddings', '--model-dir', modelDir])).toBe(0);
      const report = JSON.parse(printed.at(-1)!) as EvalReport & { embeddings: { model: string; entries: number; queries: number; failedQueries: number } };
      expect(report.cases).toBe(43);
      expect(report.embeddings).toMatchObject({ model: 'fake-embed', failedQueries: 0 });
      expect(report.embeddings.entries).toBeGreaterThan(20);
      expect(report.embeddings.queries).toBeGreaterThan(0);
      // The chat model stays off: only embeddings went to the server.
      expect(fake.requests.filter((r) => r.path === '/v1/chat/completions')).toEqual([]);
      expect(fake.requests.filter((r) => r.path === '/v1/embeddings').length).toBe(report.embeddings.queries + 1);
    } finally {
      await fake.close();
      rmSync(modelDir, { recursive: true, force: true });
    }
  });
});
