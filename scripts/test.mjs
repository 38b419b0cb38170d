// `npm test`: everything CI checks, in order — lint, typecheck, unit tests, build, browser
// end-to-end tests — then one closing line "N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './ensure-built.mjs';
import { playwrightCounts, playwrightSkips, vitestCounts } from './test-report.mjs';

const bin = (name) => join(root, 'node_modules', '.bin', name);
const steps = [
  { name: 'lint', cmd: bin('eslint'), args: ['.'] },
  { name: 'typecheck (node)', cmd: bin('tsc'), args: ['-p', 'tsconfig.node.json', '--noEmit'] },
  { name: 'typecheck (web)', cmd: bin('tsc'), args: ['-p', 'tsconfig.web.json', '--noEmit'] },
  { name: 'unit tests', cmd: bin('vitest'), args: ['run'], report: 'test-results/unit-results.json', counts: vitestCounts },
  { name: 'build', cmd: bin('electron-vite'), args: ['build'] },
  { name: 'end-to-end tests', cmd: bin('playwright'), args: ['test'], report: 'test-results/e2e-results.json', counts: playwrightCounts, skips: playwrightSkips },
];

const totals = { passed: 0, failed: 0, skipped: 0 };
let failedStep = null;
for (const step of steps) {
  console.log(`\n=== ${step.name} ===`);
  if (step.report) rmSync(join(root, step.report), { force: true });
  const result = spawnSync(step.cmd, step.args, { cwd: root, stdio: 'inherit' });
  if (step.counts) {
    const file = join(root, step.report);
    const report = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
    const counts = report ? step.counts(report) : null;
    for (const line of report && step.skips ? step.skips(report) : []) console.log(`skipped: ${line}`);
    if (counts) for (const key of Object.keys(totals)) totals[key] += counts[key];
    else if (result.status !== 0) totals.failed += 1;
  }
  if (result.status !== 0) {
    failedStep = step.name;
    if (!step.counts) totals.failed += 1;
    break;
  }
}

console.log(failedStep ? `\nFAILED at: ${failedStep}` : '\nAll checks passed.');
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedStep ? 1 : 0);
