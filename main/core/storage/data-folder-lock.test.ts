import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startChild, type Child } from '../../testing/child-process';
import { acquireDataFolderLock, DataFolderLockedError, describeHolder, HOLDER_FILE, LOCK_FILE, readLockHolder, type DataFolderLock } from './data-folder-lock';

const STARTED = new Date(2026, 10, 25, 9, 5).getTime();

describe('the data-folder lock', () => {
  const dirs: string[] = [];
  const locks: DataFolderLock[] = [];
  const children: Child[] = [];
  afterEach(async () => {
    for (const child of children.splice(0)) await child.kill();
    locks.splice(0).forEach((l) => l.release());
    dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
  });
  const folder = () => {
    const dir = mkdtempSync(join(tmpdir(), 'counterpart-lock-'));
    dirs.push(dir);
    return dir;
  };
  const acquire: typeof acquireDataFolderLock = (...args) => {
    const lock = acquireDataFolderLock(...args);
    locks.push(lock);
    return lock;
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

  it('refuses a second holder in the same process, naming the folder and the holder, until the first lets go', () => {
    const dir = folder();
    const first = acquire(dir, { kind: 'headless' }, STARTED);
    // The lock file stays empty (nothing to fsync or damage); the description is beside it.
    expect(statSync(join(dir, LOCK_FILE)).size).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, HOLDER_FILE), 'utf8'))).toEqual({ kind: 'headless', pid: process.pid, startedAt: STARTED });
    first.describe({ kind: 'headless', url: 'http://127.0.0.1:4319/' });

    const refused = refusal(() => acquire(dir, { kind: 'command', command: 'knowledge import' }, STARTED));
    expect(refused.code).toBe('conflict');
    expect(refused.dataDir).toBe(dir);
    expect(refused.holder).toEqual({ kind: 'headless', url: 'http://127.0.0.1:4319/', pid: process.pid, startedAt: STARTED });
    expect(refused.message).toBe(`Counterpart is already running on ${dir} (headless shell, pid ${process.pid}, http://127.0.0.1:4319/, since 2026-11-25 09:05)`);

    first.release();
    first.release();
    expect(existsSync(join(dir, HOLDER_FILE))).toBe(false);
    const second = acquire(dir, { kind: 'command', command: 'knowledge import' }, STARTED + 1);
    expect(second.holder()).toEqual({ kind: 'command', command: 'knowledge import', pid: process.pid, startedAt: STARTED + 1 });
    expect(readLockHolder(dir)).toEqual(second.holder());
  });

  it('says who holds it in words for each kind of holder, and nothing when nothing readable is recorded', () => {
    expect(describeHolder({ kind: 'desktop', pid: 7, startedAt: STARTED })).toBe('desktop app, pid 7, since 2026-11-25 09:05');
    expect(describeHolder({ kind: 'headless', pid: 7, startedAt: STARTED })).toBe('headless shell, pid 7, since 2026-11-25 09:05');
    expect(describeHolder({ kind: 'command', command: 'eval', pid: 7, startedAt: STARTED })).toBe('counterpart eval, pid 7, since 2026-11-25 09:05');
    const dir = folder();
    expect(readLockHolder(dir)).toBeNull();
    writeFileSync(join(dir, HOLDER_FILE), '{"kind":"headless","pid":');
    expect(readLockHolder(dir)).toBeNull();
    writeFileSync(join(dir, HOLDER_FILE), JSON.stringify({ kind: 'robot', pid: process.pid, startedAt: STARTED }));
    expect(readLockHolder(dir)).toBeNull();
    expect(new DataFolderLockedError('/data', null).message).toBe('Counterpart is already running on /data (another Counterpart process)');
  });

  it('is held by another process until that process is killed, and the OS releases it then', async () => {
    const dir = folder();
    const child = await startChild(['main/testing/hold-data-folder.ts', dir], /^holding \d+$/);
    children.push(child);
    expect(child.line).toBe(`holding ${child.pid}`);

    const refused = refusal(() => acquire(dir, { kind: 'headless' }, STARTED));
    expect(refused.holder).toMatchObject({ kind: 'command', command: 'hold-data-folder', pid: child.pid });
    expect(refused.message).toMatch(new RegExp(`^Counterpart is already running on ${dir} \\(counterpart hold-data-folder, pid ${child.pid}, since `));

    // SIGKILL: no handler runs, nothing is cleaned up; the lock goes with the process. Its
    // description stays behind, names a process that is gone, and keeps nobody out.
    await child.kill('SIGKILL');
    expect(JSON.parse(readFileSync(join(dir, HOLDER_FILE), 'utf8'))).toMatchObject({ pid: child.pid });
    expect(readLockHolder(dir)).toBeNull();
    const lock = acquire(dir, { kind: 'headless' }, STARTED);
    expect(lock.holder().pid).toBe(process.pid);
    expect(readLockHolder(dir)).toMatchObject({ kind: 'headless', pid: process.pid });
  });

  it('still holds against other processes after this process was refused and read the record', async () => {
    // On POSIX, closing any descriptor of a file drops the process's fcntl locks on it: the
    // refusal's own connections must not let go of the lock this process holds.
    const dir = folder();
    acquire(dir, { kind: 'headless', url: 'http://127.0.0.1:4319/' }, STARTED);
    expect(refusal(() => acquire(dir, { kind: 'desktop' }, STARTED)).holder?.pid).toBe(process.pid);
    expect(readLockHolder(dir)?.pid).toBe(process.pid);

    const child = await startChild(['main/testing/hold-data-folder.ts', dir], /^(holding|refused)/);
    children.push(child);
    expect(child.line).toBe(`refused: Counterpart is already running on ${dir} (headless shell, pid ${process.pid}, http://127.0.0.1:4319/, since 2026-11-25 09:05)`);
  });

  it('says which file it could not use when the lock file is not a lock', () => {
    const dir = folder();
    writeFileSync(join(dir, LOCK_FILE), 'not a database, just text that is long enough to have a header '.repeat(4));
    expect(() => acquire(dir, { kind: 'headless' }, STARTED)).toThrow(`Cannot lock the data folder through ${join(dir, LOCK_FILE)}: file is not a database`);
  });
});
