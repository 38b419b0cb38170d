/**
 * SQLite through `node:sqlite`: one connection, WAL, FULL sync, foreign keys, migrations.
 *
 * The core owns exactly one writer connection per data folder; everything that grows lives here.
 */
import { chmodSync, closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { MIGRATIONS } from './migrations';

/** The database handle services receive. */
export type Database = DatabaseSync;

/** Options for `openDatabase`. */
export type OpenOptions = {
  /**
   * Called before migrations change the schema of an existing database (version ≥ 1 and older
   * than this build's): the moment to back it up. Throwing stops the open, nothing migrated.
   */
  beforeMigrate?: (db: Database, from: number, to: number) => void;
};

/** Opens (creating if needed) the database file and brings its schema up to date. */
export function openDatabase(file: string, options: OpenOptions = {}): Database {
  // A first start builds the schema beside the file, then puts it in place (see buildFresh).
  if (file !== ':memory:' && !existsSync(file) && !existsSync(`${file}-wal`)) buildFresh(file);
  if (file !== ':memory:') {
    // Created 0600 before SQLite opens it: SQLite gives the -wal and -shm files the database
    // file's mode, so customer data never sits in a file other users can read.
    closeSync(openSync(file, 'a', 0o600));
    chmodSync(file, 0o600);
  }
  const db = new DatabaseSync(file);
  // WAL lets readers proceed during writes; FULL sync so an approved reply survives power loss.
  db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA synchronous = FULL');
  db.exec('PRAGMA foreign_keys = ON');
  db.exec('PRAGMA busy_timeout = 5000');
  try {
    const from = currentVersion(db);
    const to = MIGRATIONS.at(-1)?.version ?? 0;
    if (from >= 1 && from < to) options.beforeMigrate?.(db, from, to);
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

/**
 * A new database, built as `<file>.new` and renamed into place once complete. Every migration is
 * still its own transaction, but without a sync at each commit (about twenty on a first start,
 * most of its wall time on a slow disk): nobody else sees that file, and it is synced once
 * (checkpoint, then the folder after the rename). A start that dies half-way leaves only the
 * `.new` files, which the next start discards and builds again.
 */
function buildFresh(file: string): void {
  const building = `${file}.new`;
  for (const leftover of [building, `${building}-wal`, `${building}-shm`]) rmSync(leftover, { force: true });
  closeSync(openSync(building, 'w', 0o600));
  chmodSync(building, 0o600);
  const db = new DatabaseSync(building);
  try {
    db.exec('PRAGMA journal_mode = WAL');
    db.exec('PRAGMA synchronous = OFF');
    db.exec('PRAGMA foreign_keys = ON');
    migrate(db);
    // Synced once: the checkpoint writes the WAL into the file and, at FULL, syncs it.
    db.exec('PRAGMA synchronous = FULL');
    db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
  renameSync(building, file);
  syncFolder(dirname(file));
}

/** Makes a rename in `dir` durable; a platform that cannot open a folder (Windows) skips it. */
function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Nothing to do: the rename is still atomic, only its durability is the OS's.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Applies every migration newer than `user_version`, each in its own transaction. */
export function migrate(db: Database): number {
  const current = currentVersion(db);
  for (const migration of MIGRATIONS) {
    if (migration.version <= current) continue;
    // SQLite's table-rebuild procedure: foreign keys off (a no-op inside a transaction), the
    // references checked before commit, then on again.
    if (migration.rebuildsTables) db.exec('PRAGMA foreign_keys = OFF');
    try {
      transaction(db, () => {
        db.exec(migration.sql);
        if (migration.rebuildsTables && db.prepare('PRAGMA foreign_key_check').all().length > 0) {
          throw new Error(`migration ${migration.version} broke a foreign key`);
        }
        db.exec(`PRAGMA user_version = ${migration.version}`);
      });
    } finally {
      if (migration.rebuildsTables) db.exec('PRAGMA foreign_keys = ON');
    }
  }
  return currentVersion(db);
}

/** The schema version recorded in the file. */
export function currentVersion(db: Database): number {
  const row = db.prepare('PRAGMA user_version').get() as { user_version: number } | undefined;
  return row?.user_version ?? 0;
}

/**
 * Runs `work` in a transaction: commit on return, rollback on throw. Nested calls join the
 * outer transaction through a savepoint so helpers can be composed freely.
 */
export function transaction<T>(db: Database, work: () => T): T {
  const nested = db.isTransaction;
  const savepoint = `sp_${Math.random().toString(36).slice(2)}`;
  db.exec(nested ? `SAVEPOINT ${savepoint}` : 'BEGIN IMMEDIATE');
  try {
    const result = work();
    db.exec(nested ? `RELEASE ${savepoint}` : 'COMMIT');
    return result;
  } catch (error) {
    db.exec(nested ? `ROLLBACK TO ${savepoint}; RELEASE ${savepoint}` : 'ROLLBACK');
    throw error;
  }
}
