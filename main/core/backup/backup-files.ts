/**
 * Backup files of the shop's database: taking one while the app runs, naming, listing, pruning.
 *
 * One SQLite file holds the shop's chats, knowledge, audit and (encrypted) WhatsApp keys, so a
 * backup is one consistent copy of it. The copy is read through a connection of its own (never
 * the core's writer): SQLite's backup API reads the source connection's own transaction, so
 * from the writer it would fail (or see uncommitted rows) while a write is open, whereas a
 * second connection in WAL mode reads the last committed snapshot. The whole copy is one backup
 * step, one read transaction: writers carry on meanwhile and the copy never restarts.
 */
import { chmodSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { backup, DatabaseSync } from 'node:sqlite';
import { AppError } from '../platform/errors';

/** The database file in the data folder. */
export const DATABASE_FILE = 'counterpart.db';
/** The backups folder in the data folder. */
export const BACKUPS_DIR = 'backups';
/** Backups kept in the data folder when the settings say nothing. */
export const DEFAULT_BACKUPS_KEPT = 7;

/** Every page in one step: one read snapshot, no restart when the app writes meanwhile. */
const ALL_PAGES = 0x7fffffff;
/** `counterpart-20261207-143000.db`, optionally `-2` or `-before-v9` before `.db`. */
const BACKUP_NAME = /^counterpart-(\d{8})-(\d{6})(?:-[a-z0-9-]+)?\.db$/;

/** A backup file in a folder, newest last when listed. */
export type BackupFile = { file: string; name: string; takenAt: number; bytes: number };

/** The data folder's database file. */
export function databaseFile(dataDir: string): string {
  return join(dataDir, DATABASE_FILE);
}

/** The data folder's backups folder. */
export function backupsDir(dataDir: string): string {
  return join(dataDir, BACKUPS_DIR);
}

/** Creates the folder if needed and makes it private (0700), also when it already existed. */
export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  // mkdir's mode is filtered by the umask and ignored for an existing folder.
  chmodSync(dir, 0o700);
}

/** `20261207-143000` in UTC: sortable, and the same on every machine. */
export function stampOf(ms: number): string {
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 19).replaceAll(':', '')}`;
}

/** A name for a new backup taken at `now` that does not exist in `dir` yet. */
export function freshBackupName(dir: string, now: number, label?: string): string {
  const base = `counterpart-${stampOf(now)}${label ? `-${label}` : ''}`;
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${base}.db` : `${base}-${n}.db`;
    if (!existsSync(join(dir, name))) return name;
  }
}

/**
 * Copies the database at `source` into `dir` as a new file (0600), consistent while the app
 * runs. A missing folder is created 0700; an existing one keeps its mode (it may be the owner's
 * own, a USB drive's root — the data folder's `backups/` is made private by its callers). The
 * copy is written beside its final name and renamed into place, so a crash never leaves a half
 * backup that looks whole.
 */
export async function backupDatabase(source: string, dir: string, now: number, label?: string): Promise<BackupFile> {
  if (!existsSync(source)) throw new AppError('not_found', `No Counterpart database at ${source}`);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const name = freshBackupName(dir, now, label);
  const partial = join(dir, `.${name}.partial`);
  // Created empty and private first: SQLite keeps an existing file's mode (its journal copies it).
  writeFileSync(partial, '', { mode: 0o600 });
  try {
    // Read-write open only so that, when the app is not running, closing the last connection
    // removes the -wal/-shm files it made; nothing is written through it.
    const reader = new DatabaseSync(source, { timeout: 5000 });
    try {
      await backup(reader, partial, { rate: ALL_PAGES });
    } finally {
      reader.close();
    }
    selfContained(partial);
  } catch (error) {
    removeDatabaseFiles(partial);
    throw error;
  }
  return placeBackup(partial, dir, name, now);
}

/**
 * Copies the database through an open connection with `VACUUM INTO` — synchronous, for the
 * moment before a migration, when the core holds the folder and nothing else writes.
 */
export function backupDatabaseSync(db: DatabaseSync, dir: string, now: number, label: string): BackupFile {
  ensurePrivateDir(dir);
  const name = freshBackupName(dir, now, label);
  const partial = join(dir, `.${name}.partial`);
  // VACUUM INTO accepts an empty existing file; creating it first makes it private.
  writeFileSync(partial, '', { mode: 0o600 });
  try {
    db.prepare('VACUUM INTO ?').run(partial);
  } catch (error) {
    removeDatabaseFiles(partial);
    throw error;
  }
  return placeBackup(partial, dir, name, now);
}

/** Gives a finished copy its private mode and its name (a rename: never seen half-written). */
function placeBackup(partial: string, dir: string, name: string, now: number): BackupFile {
  try {
    chmodSync(partial, 0o600);
    renameSync(partial, join(dir, name));
  } catch (error) {
    removeDatabaseFiles(partial);
    throw error;
  }
  const file = join(dir, name);
  return { file, name, takenAt: now, bytes: statSync(file).size };
}

/** The backups in `dir` (only files named as this module names them), oldest first. */
export function listBackups(dir: string): BackupFile[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const found: BackupFile[] = [];
  for (const name of names) {
    const match = BACKUP_NAME.exec(name);
    if (!match) continue;
    const [, day, time] = match as unknown as [string, string, string];
    const takenAt = Date.UTC(+day.slice(0, 4), +day.slice(4, 6) - 1, +day.slice(6, 8), +time.slice(0, 2), +time.slice(2, 4), +time.slice(4, 6));
    const file = join(dir, name);
    found.push({ file, name, takenAt, bytes: statSync(file).size });
  }
  return found.sort((a, b) => a.takenAt - b.takenAt || a.name.localeCompare(b.name));
}

/** Deletes the oldest backups in `dir` beyond `keep`; returns what it deleted. */
export function pruneBackups(dir: string, keep: number): BackupFile[] {
  const all = listBackups(dir);
  const doomed = all.slice(0, Math.max(0, all.length - Math.max(1, keep)));
  for (const backupFile of doomed) removeDatabaseFiles(backupFile.file);
  return doomed;
}

/** Removes a database file and any journal beside it. */
export function removeDatabaseFiles(file: string): void {
  for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
}

/**
 * The copy inherits WAL mode from the source's header; switch it to a rollback journal so the
 * backup is one file that opens (even read-only) without -wal/-shm companions.
 */
function selfContained(file: string): void {
  const db = new DatabaseSync(file);
  try {
    db.exec('PRAGMA journal_mode = DELETE');
  } finally {
    db.close();
  }
}
