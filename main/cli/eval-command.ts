/**
 * `counterpart eval --knowledge DIR --suite FILE [--json] [--data-dir D] [--failures N]`: loads a
 * knowledge folder into a fresh core, runs a test suite through the assistant and reports.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatReport } from '../core/eval/format';
import { computeReport, type EvalReport } from '../core/eval/report';
import { runCases } from '../core/eval/run-suite';
import { parseSuite } from '../core/eval/suite';
import { readKnowledgeFolder } from '../core/knowledge/knowledge-folder';
import { silentLogger } from '../core/platform/logger';
import { createNodeCore } from '../node/node-core';

const USAGE = 'Usage: counterpart eval --knowledge DIR --suite FILE [--json] [--data-dir D] [--failures N]';

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
  const dataDir = given ?? mkdtempSync(join(tmpdir(), 'counterpart-eval-'));
  const core = createNodeCore({ dataDir, logger: silentLogger() });
  let report: EvalReport;
  try {
    core.knowledge.replaceAll(folder.set);
    report = computeReport(suite.cases, await runCases(core.drafter, suite.cases));
  } finally {
    core.close();
    if (!given) rmSync(dataDir, { recursive: true, force: true });
  }
  if (values.json) console.log(JSON.stringify(report));
  else console.log(formatReport(report, { title: `${values.suite} on ${values.knowledge}`, failures: values.failures ? Number(values.failures) : 20 }));
  return 0;
}
