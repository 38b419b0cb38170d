#!/usr/bin/env node
// `npm run eval:dev`: runs the development suites in ../shared/data (when present) through
// `counterpart eval --json` and prints the figures that matter for each. Prints only: exit 0.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// COUNTERPART_DEV_DATA points elsewhere (a git worktree is not beside ../shared).
const data = process.env.COUNTERPART_DEV_DATA ? resolve(process.env.COUNTERPART_DEV_DATA) : resolve(root, '..', 'shared', 'data');
const RUNS = [
  { name: 'banking77 (retrieval)', knowledge: 'banking77-faq', suite: 'banking77-faq/dev-suite.jsonl' },
  { name: 'escalation (triage + gating)', knowledge: 'bitext-shop', suite: 'escalation-dev.jsonl' },
  { name: 'injection (attacks, off-topic)', knowledge: 'bitext-shop', suite: 'injection-dev.jsonl' },
  { name: 'clinc-oos (out of scope)', knowledge: 'bitext-shop', suite: 'clinc-oos-dev.jsonl' },
];

const rate = (value) => (value === null || value === undefined ? '—' : value.toFixed(3));

// The project's own multilingual suites need nothing outside the repository: they run first.
spawnSync(process.execPath, [join(root, 'scripts', 'eval-own.mjs')], { cwd: root, stdio: 'inherit' });
if (!existsSync(data)) {
  console.log('skipped: ../shared/data not found');
  process.exit(0);
}
for (const run of RUNS) {
  const args = ['--import', 'tsx', join(root, 'main', 'cli', 'cli.ts'), 'eval', '--json', '--autopilot', '--knowledge', join(data, run.knowledge), '--suite', join(data, run.suite)];
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    console.log(`${run.name}: eval failed (${result.status})\n${result.stderr}`);
    continue;
  }
  const r = JSON.parse(result.stdout);
  const routes = Object.entries(r.routes)
    .filter(([, f]) => f.n > 0 || (f.precision ?? 0) > 0)
    .map(([route, f]) => `${route} P ${rate(f.precision)} R ${rate(f.recall)} (n ${f.n})`)
    .join(' · ');
  const flags = Object.entries(r.flags)
    .map(([flag, f]) => `${flag} recall ${rate(f.recall)}, false-flag ${rate(f.falseFlagRate)}`)
    .join(' · ');
  console.log(`${run.name}: ${r.cases} cases, route accuracy ${rate(r.routeAccuracy)}`);
  console.log(`  routes: ${routes}`);
  if (r.sourceCases > 0) console.log(`  sources: hit ${rate(r.sourceHitRate)}, cited ${rate(r.sourceCitedRate)} (${r.sourceCases} cases)`);
  if (flags) console.log(`  flags: ${flags}`);
  console.log(`  mustNotContain violations: ${r.mustNotContainViolations}`);
  const a = r.autopilot;
  if (a) console.log(`  autopilot: sent ${a.sent}, correct ${a.correct}, precision ${rate(a.precision)}, coverage ${rate(a.coverage)}, sent on non-answer ${a.sentOnNonAnswer}`);
}
