/**
 * One core per data folder: an exclusive OS file lock on `counterpart.lock`, held for the life
 * of the core and released by the OS when the process ends, however it ends.
 *
 * Two cores on one folder would mean two WhatsApp sockets for one linked account (WhatsApp
 * drops one as "replaced"), two outbox workers that could send one reply twice, and two
 * writers. The lock is SQLite's own file lock (fcntl on POSIX, LockFileEx on Windows) on an
 * empty database file, taken by `BEGIN EXCLUSIVE` and kept by never ending that transaction.
 * The OS drops such locks when the process dies — a crash or SIGKILL leaves nothing to clean
 * up — and within one process SQLite refuses a second connection's lock as well, so a second
 * core in the same process is refused too. Nothing is ever written to the lock file (its journal
 * is in memory): no fsync at start, nothing a power cut could damage.
 *
 * Who holds it (kind, pid, URL, start time) is written beside it in `counterpart.lock.json`,
 * only by the holder and only to describe it: the lock is the OS lock, never that file, so a
 * stale record left by a crash or a reused pid cannot keep anyone out.
 *
 * Caution for code in the holding process: on POSIX, closing *any* descriptor of the lock file
 * drops the process's fcntl locks on it, so never open `counterpart.lock` with `node:fs` there.
 * SQLite's own connections know this and keep the lock.
 */
import { chmodSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { AppError, assertNever } from '../platform/errors';

/** File name of the lock in the data folder. */
export const LOCK_FILE = 'counterpart.lock';
/** File name of the holder's description beside it. */
export const HOLDER_FILE = 'counterpart.lock.json';

/** SQLite's "database is locked" result code. */
const SQLITE_BUSY = 5;

/** What kind of process holds the folder. */
export type LockOwner =
  | { kind: 'desktop' }
  | { kind: 'headless'; url?: string }
  | { kind: 'command'; command: string };

/** The holder as it describes itself beside the lock: who, which process, since when. */
export type LockHolder = LockOwner & { pid: number; startedAt: number };

/** A second core on a folder another process (or core) already runs on. */
export class DataFolderLockedError extends AppError {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder | null,
  ) {
    super('conflict', `Counterpart is already running on ${dataDir} (${holder ? describeHolder(holder) : 'another Counterpart process'})`);
    this.name = 'DataFolderLockedError';
  }
}

/** The held lock. */
export type DataFolderLock = {
  readonly file: string;
  holder(): LockHolder;
  /** Records more about the holder once it is known (the headless shell's URL after it listens). */
  describe(owner: LockOwner): void;
  /** Releases the lock; safe to call twice. */
  release(): void;
};

/**
 * Takes the data folder's lock or throws `DataFolderLockedError` naming the holder. The folder
 * must exist. `now` is the start time recorded for the holder. Keep the returned lock (or the
 * core holding it) reachable for as long as it must hold: a garbage-collected SQLite connection
 * is closed, and the OS lock goes with it.
 */
export function acquireDataFolderLock(dataDir: string, owner: LockOwner, now: number): DataFolderLock {
  const file = join(dataDir, LOCK_FILE);
  // timeout 0: fail at once rather than wait for the other process to quit.
  const db = new DatabaseSync(file, { timeout: 0 });
  try {
    db.exec('PRAGMA journal_mode = MEMORY');
    db.exec('BEGIN EXCLUSIVE');
  } catch (error) {
    db.close();
    if (isBusy(error)) throw new DataFolderLockedError(dataDir, readLockHolder(dataDir));
    throw unusable(file, error);
  }
  // By path, never through a descriptor of our own (see the caution above): SQLite created it 0644.
  chmodSync(file, 0o600);
  let current: LockHolder = { ...owner, pid: process.pid, startedAt: now };
  writeHolder(dataDir, current);
  let released = false;
  return {
    file,
    holder: () => current,
    describe(next) {
      if (released) return;
      current = { ...next, pid: current.pid, startedAt: current.startedAt };
      writeHolder(dataDir, current);
    },
    release() {
      if (released) return;
      released = true;
      // The description first: once the lock is free, the file may already be the next holder's.
      rmSync(join(dataDir, HOLDER_FILE), { force: true });
      db.close();
    },
  };
}

/**
 * Who holds the folder, as its holder described itself; null when nothing readable is recorded
 * or the recorded process is gone (a record left by a crash, read in the instant before the new
 * holder replaced it).
 */
export function readLockHolder(dataDir: string): LockHolder | null {
  let text: string;
  try {
    text = readFileSync(join(dataDir, HOLDER_FILE), 'utf8');
  } catch {
    return null;
  }
  const holder = parseHolder(text);
  return holder && isAlive(holder.pid) ? holder : null;
}

/** The holder in words: "headless shell, pid 1234, http://127.0.0.1:4319, since 2026-11-25 10:23". */
export function describeHolder(holder: LockHolder): string {
  const parts = [ownerLabel(holder), `pid ${holder.pid}`];
  if (holder.kind === 'headless' && holder.url) parts.push(holder.url);
  parts.push(`since ${localMinute(holder.startedAt)}`);
  return parts.join(', ');
}

function ownerLabel(owner: LockOwner): string {
  switch (owner.kind) {
    case 'desktop':
      return 'desktop app';
    case 'headless':
      return 'headless shell';
    case 'command':
      return `counterpart ${owner.command}`;
    default:
      return assertNever(owner);
  }
}

function localMinute(ms: number): string {
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** Best effort: the record only describes the holder, so a failure to write it must not stop a start. */
function writeHolder(dataDir: string, holder: LockHolder): void {
  const file = join(dataDir, HOLDER_FILE);
  try {
    // Whole or not at all: a reader never sees half a record.
    writeFileSync(`${file}.tmp`, JSON.stringify(holder), { mode: 0o600 });
    renameSync(`${file}.tmp`, file);
  } catch {
    // The refusal then says "another Counterpart process" instead of naming it.
  }
}

function parseHolder(json: string): LockHolder | null {
  let value: Partial<LockHolder> & Record<string, unknown>;
  try {
    value = JSON.parse(json) as Partial<LockHolder> & Record<string, unknown>;
  } catch {
    return null;
  }
  if (typeof value?.pid !== 'number' || typeof value.startedAt !== 'number') return null;
  switch (value.kind) {
    case 'desktop':
      return { kind: 'desktop', pid: value.pid, startedAt: value.startedAt };
    case 'headless':
      return { kind: 'headless', pid: value.pid, startedAt: value.startedAt, ...(typeof value.url === 'string' ? { url: value.url } : {}) };
    case 'command':
      return typeof value.command === 'string' ? { kind: 'command', command: value.command, pid: value.pid, startedAt: value.startedAt } : null;
    default:
      return null;
  }
}

/** A lock file SQLite cannot use (not a database, a read-only folder): say which file. */
function unusable(file: string, error: unknown): Error {
  const reason = error instanceof Error ? error.message : String(error);
  return new Error(`Cannot lock the data folder through ${file}: ${reason}`, { cause: error });
}

/** Whether a process with this pid exists (EPERM: it does, under another user). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isBusy(error: unknown): boolean {
  return (error as { errcode?: number } | null)?.errcode === SQLITE_BUSY;
}
