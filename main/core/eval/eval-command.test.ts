import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runEval } from '../../cli/eval-command';
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
});
