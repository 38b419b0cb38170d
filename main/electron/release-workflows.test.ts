import { readdirSync, readFileSync } from 'node:fs';
import { join, matchesGlob } from 'node:path';
import { getConfig } from 'app-builder-lib/out/util/config/config';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { manifestName } from '../core/update/update-feed';
import { REPO_ROOT } from '../testing/test-core';

type Step = { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string> };
type Job = { 'runs-on'?: unknown; steps?: Step[]; needs?: unknown; strategy?: { matrix?: { os?: string[]; include?: Array<Record<string, string>> } } };
type Workflow = { name?: string; on?: Record<string, unknown>; jobs?: Record<string, Job> };

const DIR = join(REPO_ROOT, '.github', 'workflows');
const read = (name: string) => load(readFileSync(join(DIR, name), 'utf8')) as Workflow;
const runs = (job: Job) => (job.steps ?? []).map((s) => s.run ?? '').join('\n');
/** The runners a job lands on (a matrix expands `${{ matrix.os }}`). */
const runners = (job: Job): string[] => {
  const runsOn = String(job['runs-on']);
  if (!runsOn.includes('matrix.os')) return [runsOn];
  return job.strategy?.matrix?.os ?? (job.strategy?.matrix?.include ?? []).map((entry) => entry.os ?? '');
};

/** Whether a file would be picked up by an upload step's path lines (simple `dir/*` globs). */
const uploaded = (paths: string[], file: string) => paths.some((p) => matchesGlob(file, p));

describe('GitHub Actions workflows', () => {
  it('every workflow parses and every job names its runner and has steps', () => {
    const files = readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f));
    expect(files.sort()).toEqual(['ci.yml', 'release.yml']);
    for (const file of files) {
      const workflow = read(file);
      expect(workflow.name, file).toBeTruthy();
      expect(Object.keys(workflow.jobs ?? {}).length, file).toBeGreaterThan(0);
      for (const [id, job] of Object.entries(workflow.jobs ?? {})) {
        expect(job['runs-on'], `${file} ${id}`).toBeTruthy();
        for (const runner of runners(job)) expect(runner, `${file} ${id}`).toMatch(/^(ubuntu|windows|macos)-/);
        expect(job.steps?.length, `${file} ${id}`).toBeGreaterThan(0);
      }
    }
  });

  it('on push: lint, typecheck, unit and browser tests on Linux; unit tests on Windows and macOS', () => {
    const ci = read('ci.yml');
    expect(ci.on).toHaveProperty('push');
    const jobs = Object.values(ci.jobs ?? {});
    const linux = jobs.find((job) => runners(job).every((r) => r.startsWith('ubuntu')))!;
    for (const command of ['npm ci', 'npm run lint', 'npm run typecheck', 'npx vitest run', 'npx playwright test']) expect(runs(linux)).toContain(command);
    const others = jobs.filter((job) => job !== linux);
    const covered = others.filter((job) => runs(job).includes('npx vitest run')).flatMap(runners);
    expect(covered.some((r) => r.startsWith('windows'))).toBe(true);
    expect(covered.some((r) => r.startsWith('macos'))).toBe(true);
  });

  it('on a version tag: builds, signs and publishes every platform to the draft release, with the files the updater reads', async () => {
    const release = read('release.yml');
    expect((release.on?.push as { tags: string[] }).tags).toEqual(['v*']);
    const installers = Object.values(release.jobs ?? {}).find((job) => /npx electron-builder /.test(runs(job)))!;
    const os = runners(installers);
    expect(os.map((r) => r.split('-')[0]).sort()).toEqual(['macos', 'ubuntu', 'windows']);
    expect(runs(installers)).toMatch(/electron-builder .*--publish always/);
    const publishStep = installers.steps!.find((s) => /npx electron-builder /.test(s.run ?? ''))!;
    // Signing and publishing come from secrets, never from the repository.
    for (const name of ['GH_TOKEN', 'CSC_LINK', 'CSC_KEY_PASSWORD', 'APPLE_API_KEY_ID', 'APPLE_API_ISSUER']) expect(publishStep.env?.[name], name).toMatch(/\$\{\{.*secrets\./);

    // The uploads hold, for each platform, the manifests electron-updater asks for on each
    // channel (the same names UpdateService's feed reader uses) and an installer per target.
    const upload = installers.steps!.find((s) => s.uses?.startsWith('actions/upload-artifact'))!;
    const paths = String(upload.with?.path).split('\n').map((p) => p.trim()).filter(Boolean);
    const config = await getConfig(REPO_ROOT, null, null);
    const version = '1.2.3';
    const expected: string[] = [];
    for (const platform of ['win32', 'darwin', 'linux'] as const) for (const channel of ['stable', 'beta'] as const) expected.push(manifestName(channel, platform));
    const targets = [config.win, config.mac, config.linux].flatMap((p) => (p as { target: Array<{ target: string }> }).target.map((t) => t.target));
    const extension: Record<string, string> = { nsis: 'exe', dmg: 'dmg', zip: 'zip', AppImage: 'AppImage', deb: 'deb' };
    for (const target of targets) {
      expect(extension[target], `no installer extension known for ${target}`).toBeDefined();
      expected.push(`Counterpart-${version}.${extension[target]}`, `Counterpart-${version}.${extension[target]}.blockmap`);
    }
    for (const file of expected.filter((f) => !f.endsWith('.deb.blockmap') && !f.endsWith('.AppImage.blockmap'))) expect(uploaded(paths, `dist/${file}`), file).toBe(true);
  });
});
