import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../core/composition';
import { silentLogger } from '../core/platform/logger';
import { acquireDataFolderLock, DataFolderLockedError } from '../core/storage/data-folder-lock';
import { startChild, type Child } from '../testing/child-process';
import { WorkerDrafter } from '../core/assistant/worker/worker-drafter';
import { clockOffsetFromEnv, createNodeCore, draftWorkersWanted } from './node-core';

describe('createNodeCore on a data folder', () => {
  const dirs: string[] = [];
  const cores: Core[] = [];
  const children: Child[] = [];
  afterEach(async () => {
    for (const child of children.splice(0)) await child.kill();
    cores.splice(0).forEach((c) => c.close());
    dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
  });
  const folder = () => {
    const dir = mkdtempSync(join(tmpdir(), 'counterpart-node-core-'));
    dirs.push(dir);
    return dir;
  };
  const open = (dataDir: string, command = 'knowledge import') => {
    const core = createNodeCore({ owner: { kind: 'command', command }, dataDir, logger: silentLogger() });
    cores.push(core);
    return core;
  };
  const refusal = (run: () => unknown): DataFolderLockedError => {
    try {
      run();
    } catch (error) {
      if (error instanceof DataFolderLockedError) return error;
      throw error;
    }
    throw new Error('not refused');
  };

  it('refuses a second core in the same process and opens once the first is closed', async () => {
    const dir = folder();
    const first = open(dir, 'eval');
    const refused = refusal(() => open(dir));
    expect(refused.message).toMatch(new RegExp(`^Counterpart is already running on ${dir} \\(counterpart eval, pid ${process.pid}, since `));
    // The first core keeps working beside the refusal.
    expect(first.knowledge.summary().products).toBe(0);

    first.close();
    cores.splice(cores.indexOf(first), 1);
    expect(open(dir).lock.holder()).toMatchObject({ kind: 'command', command: 'knowledge import', pid: process.pid });
  });

  it('takes the lock before it opens the database: a refused core creates no database file', () => {
    const dir = folder();
    const held = acquireDataFolderLock(dir, { kind: 'desktop' }, Date.now());
    try {
      expect(refusal(() => open(dir)).holder).toMatchObject({ kind: 'desktop', pid: process.pid });
      expect(existsSync(join(dir, 'counterpart.db'))).toBe(false);
    } finally {
      held.release();
    }
  });

  it('is refused while a core in another process runs on the folder, and opens its data after that process is killed', async () => {
    const dir = folder();
    const child = await startChild(['main/testing/hold-data-folder.ts', dir], /^holding \d+$/);
    children.push(child);
    expect(refusal(() => open(dir)).holder).toMatchObject({ kind: 'command', command: 'hold-data-folder', pid: child.pid });

    await child.kill('SIGKILL');
    // What the killed process committed (the demo shop) is there; nobody had to clean up.
    expect(open(dir).knowledge.summary().products).toBe(30);
  });

  it('drafts in worker threads when the command asks (serve), inline otherwise', () => {
    const env = process.env.COUNTERPART_DRAFT_WORKERS;
    delete process.env.COUNTERPART_DRAFT_WORKERS;
    try {
      const served = createNodeCore({ owner: { kind: 'headless' }, dataDir: folder(), logger: silentLogger(), draftWorkers: true });
      cores.push(served);
      expect(served.liveDrafter).toBeInstanceOf(WorkerDrafter);
      // A one-shot command (eval, knowledge import) drafts nothing live: no workers.
      const oneShot = open(folder());
      expect(oneShot.liveDrafter).toBe(oneShot.drafter);
    } finally {
      if (env === undefined) delete process.env.COUNTERPART_DRAFT_WORKERS;
      else process.env.COUNTERPART_DRAFT_WORKERS = env;
    }
  });

  it('reads COUNTERPART_DRAFT_WORKERS: 0 turns the workers off, 1 on, anything else keeps the command’s default', () => {
    expect(draftWorkersWanted(undefined, true)).toBe(true);
    expect(draftWorkersWanted('0', true)).toBe(false);
    expect(draftWorkersWanted(' 0 ', true)).toBe(false);
    expect(draftWorkersWanted('1', false)).toBe(true);
    expect(draftWorkersWanted(undefined, false)).toBe(false);
    expect(draftWorkersWanted('yes', false)).toBe(false);
  });

  it('runs the core on a shifted clock when asked: what it writes is stamped that far ahead', async () => {
    const offset = 5 * 60 * 60_000;
    const before = Date.now();
    const core = createNodeCore({ owner: { kind: 'command', command: 'eval' }, dataDir: folder(), logger: silentLogger(), clockOffsetMs: offset });
    cores.push(core);
    expect(core.clock.now()).toBeGreaterThanOrEqual(before + offset);
    expect(core.lock.holder().startedAt).toBeGreaterThanOrEqual(before + offset);
    core.audit.record('test', 'test.shifted', 'clock', {});
    const row = core.db.prepare("SELECT at FROM audit WHERE action = 'test.shifted'").get() as { at: number };
    expect(row.at).toBeGreaterThanOrEqual(before + offset);
    expect(row.at).toBeLessThanOrEqual(Date.now() + offset);
  });

  it('reads COUNTERPART_CLOCK_OFFSET_MS: whole milliseconds within a year, refusing anything else', () => {
    expect(clockOffsetFromEnv(undefined)).toBe(0);
    expect(clockOffsetFromEnv(' ')).toBe(0);
    expect(clockOffsetFromEnv('11400000')).toBe(11_400_000);
    expect(clockOffsetFromEnv(' -7200000 ')).toBe(-7_200_000);
    for (const bad of ['3h', '1e6', '1.5', '+5', String(367 * 24 * 60 * 60_000)]) expect(() => clockOffsetFromEnv(bad)).toThrow(/COUNTERPART_CLOCK_OFFSET_MS/);
  });
});
