/**
 * Restoring the shop's database from a backup file: only while no core runs on the folder,
 * only a file that is whole and a Counterpart database this version can open, and never by
 * throwing the current database away (it is kept, renamed with the time).
 */
import { chmodSync, copyFileSync, existsSync, linkSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { backup, DatabaseSync } from 'node:sqlite';
import { AppError } from '../platform/errors';
import { acquireDataFolderLock } from '../storage/data-folder-lock';
import { MIGRATIONS } from '../storage/migrations';
import { backupsDir, databaseFile, ensurePrivateDir, removeDatabaseFiles, stampOf } from './backup-files';

/** Tables every Counterpart database has had since its first migration. */
const CORE_TABLES = ['profile', 'products', 'faqs', 'customers', 'conversations', 'messages', 'drafts', 'outbox', 'audit'];

/** What a candidate file is: a usable backup at a schema version, or why not. */
export type BackupCheck = { ok: true; version: number } | { ok: false; problem: string };

/** What a restore did. */
export type RestoreResult = {
  /** The schema version of the restored file (the app migrates it forward on its next start). */
  version: number;
  /** Where the database it replaced now is; null when the folder had none. */
  replaced: string | null;
};

/**
 * Whether `file` can be restored: SQLite's integrity check passes, it has Counterpart's tables
 * and a schema version this build knows (1 up to its newest migration).
 */
export function checkBackup(file: string): BackupCheck {
  if (!existsSync(file)) return { ok: false, problem: `${file} does not exist` };
  let db: DatabaseSync;
  try {
    db = new DatabaseSync(file, { readOnly: true });
  } catch (error) {
    return { ok: false, problem: `${file} cannot be opened: ${messageOf(error)}` };
  }
  try {
    const integrity = db.prepare('PRAGMA integrity_check').all() as Array<{ integrity_check: string }>;
    if (integrity.length !== 1 || integrity[0]?.integrity_check !== 'ok') {
      return { ok: false, problem: `${file} is damaged (integrity check: ${integrity[0]?.integrity_check ?? 'no answer'})` };
    }
    const tables = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>).map((t) => t.name));
    const missing = CORE_TABLES.filter((t) => !tables.has(t));
    if (missing.length > 0) return { ok: false, problem: `${file} is not a Counterpart database (no ${missing.join(', ')} table)` };
    const version = (db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version;
    const latest = MIGRATIONS.at(-1)?.version ?? 0;
    if (version < 1) return { ok: false, problem: `${file} has no Counterpart schema version` };
    if (version > latest) return { ok: false, problem: `${file} comes from a newer Counterpart (schema ${version}; this one knows up to ${latest})` };
    return { ok: true, version };
  } catch (error) {
    // A file that is not a database at all fails here ("file is not a database").
    return { ok: false, problem: `${file} is not a usable database: ${messageOf(error)}` };
  } finally {
    db.close();
  }
}

/**
 * Replaces the data folder's database with `file`. Takes the folder's lock for the whole
 * operation (throws `DataFolderLockedError` while the app runs on it), checks the file first
 * (throws `AppError('bad_input')` with the problem), copies the backup in beside the database
 * (0600), keeps the current database as `backups/replaced-<time>.db` and renames the copy into
 * place.
 */
export async function restoreDatabase(options: { dataDir: string; file: string; now: number }): Promise<RestoreResult> {
  const { dataDir, file, now } = options;
  ensurePrivateDir(dataDir);
  const lock = acquireDataFolderLock(dataDir, { kind: 'command', command: 'restore' }, now);
  const target = databaseFile(dataDir);
  // Copied beside the target first, so the folder never holds half a database under its name.
  const incoming = join(dataDir, `.${basename(target)}.restoring`);
  try {
    const check = checkBackup(file);
    if (!check.ok) throw new AppError('bad_input', check.problem);
    removeDatabaseFiles(incoming);
    // Created empty and private first: the copy never exists with a wider mode.
    writeFileSync(incoming, '', { mode: 0o600 });
    const source = new DatabaseSync(file, { readOnly: true });
    try {
      await backup(source, incoming);
    } finally {
      source.close();
    }
    chmodSync(incoming, 0o600);
    const replaced = existsSync(target) ? keepReplaced(dataDir, target, now) : null;
    renameSync(incoming, target);
    return { version: check.version, replaced };
  } catch (error) {
    removeDatabaseFiles(incoming);
    throw error;
  } finally {
    lock.release();
  }
}

/**
 * Keeps the current database as `backups/replaced-<time>.db` without a moment in which the
 * folder has none: its WAL is folded in first (we hold the folder, so ours is the only
 * connection), the kept name is a second link to the same file, and the caller's rename then
 * swaps the restored file in under the database's name. A database too damaged to open keeps
 * its -wal and -shm beside the kept copy — never beside the restored file, where SQLite would
 * replay them into it.
 */
function keepReplaced(dataDir: string, target: string, now: number): string {
  try {
    const db = new DatabaseSync(target);
    try {
      db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    } finally {
      db.close();
    }
  } catch {
    // Kept as it is, companions included.
  }
  const dir = backupsDir(dataDir);
  ensurePrivateDir(dir);
  let kept = join(dir, `replaced-${stampOf(now)}.db`);
  for (let n = 2; existsSync(kept); n++) kept = join(dir, `replaced-${stampOf(now)}-${n}.db`);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(`${target}${suffix}`)) renameSync(`${target}${suffix}`, `${kept}${suffix}`);
  }
  try {
    linkSync(target, kept);
  } catch {
    // A file system without hard links: a copy (the database is closed and ours alone).
    copyFileSync(target, kept);
  }
  chmodSync(kept, 0o600);
  return kept;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
