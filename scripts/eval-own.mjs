#!/usr/bin/env node
// `npm run eval:own`: runs the project's own multilingual suites (main/core/eval/suites) against
// the demo shop with its knowledge in English (assets/demo-shop) and in Spanish
// (suites/casa-verde-es), and prints route accuracy and source hit rate per customer language.
// The single-message suite, the multi-turn/multi-part suite and the held-out suite (written after
// tuning, never tuned on) are reported apart. Prints only: exit 0.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const suites = join(root, 'main', 'core', 'eval', 'suites');
const KNOWLEDGE = [
  { name: 'knowledge in English', dir: join(root, 'assets', 'demo-shop') },
  { name: 'knowledge in Spanish', dir: join(suites, 'casa-verde-es') },
];
const SUITES = [
  { name: 'single messages', file: 'casa-verde-languages.jsonl' },
  { name: 'multi-turn and multi-part', file: 'casa-verde-turns.jsonl' },
  { name: 'held out (written after tuning)', file: 'casa-verde-holdout.jsonl' },
  { name: 'held out, session 7 (written before the language work, never tuned on)', file: 'casa-verde-session7.jsonl' },
];

const rate = (value) => (value === null || value === undefined ? '—' : value.toFixed(2));

for (const suite of SUITES) {
  const path = join(suites, suite.file);
  if (!existsSync(path)) continue;
  const reports = [];
  for (const k of KNOWLEDGE) {
    const args = ['--import', 'tsx', join(root, 'main', 'cli', 'cli.ts'), 'eval', '--json', '--autopilot', '--knowledge', k.dir, '--suite', path];
    const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (result.status !== 0) {
      console.log(`${suite.name}, ${k.name}: eval failed (${result.status})\n${result.stderr}`);
      reports.push(null);
      continue;
    }
    reports.push(JSON.parse(result.stdout));
  }
  console.log(`${suite.name} (${suite.file}): route accuracy / source hit rate per language`);
  const labels = [...new Set(reports.flatMap((r) => (r ? Object.keys(r.languages) : [])))];
  console.log(`  ${'language'.padEnd(9)} ${'cases'.padStart(5)}  ${KNOWLEDGE.map((k) => k.name.padEnd(24)).join('  ')}`);
  const row = (label, cases, figures) => console.log(`  ${label.padEnd(9)} ${String(cases).padStart(5)}  ${figures.map((f) => f.padEnd(24)).join('  ')}`);
  for (const label of labels) {
    const cases = reports.find((r) => r?.languages[label])?.languages[label].cases ?? 0;
    row(label, cases, reports.map((r) => (r?.languages[label] ? `${rate(r.languages[label].routeAccuracy)} / ${rate(r.languages[label].sourceHitRate)}` : '—')));
  }
  row('all', reports.find(Boolean)?.cases ?? 0, reports.map((r) => (r ? `${rate(r.routeAccuracy)} / ${rate(r.sourceHitRate)}` : '—')));
  const auto = reports.map((r) => (r?.autopilot ? `sent ${r.autopilot.sent}, prec ${rate(r.autopilot.precision)}, non-answer ${r.autopilot.sentOnNonAnswer}` : '—'));
  console.log(`  autopilot: ${KNOWLEDGE.map((k, i) => `${k.name}: ${auto[i]}`).join(' · ')}`);
}
