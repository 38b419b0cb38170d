/**
 * `counterpart backup [DIR]` and `counterpart restore FILE`, both with `[--data-dir D]`; each
 * prints one line.
 *
 * A backup may run beside the app: it reads the database through its own connection, a
 * consistent snapshot, and writes nothing in the data folder but the backup (into
 * `<data>/backups/` by default, pruned to the kept count like the daily ones; a folder of your
 * own is never pruned). A restore replaces the database, so it takes the data folder's lock and
 * refuses while the app runs.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { backupDatabase, backupsDir, databaseFile, DEFAULT_BACKUPS_KEPT, ensurePrivateDir, pruneBackups } from '../core/backup/backup-files';
import { restoreDatabase } from '../core/backup/restore';
import { createConfSettings } from '../core/platform/conf-settings';
import { resolveDataDir } from '../core/platform/data-dir';
import { AppError } from '../core/platform/errors';
import { DataFolderLockedError } from '../core/storage/data-folder-lock';

/** Where the commands write and what time it is; tests pass their own. */
export type BackupIo = {
  out: (line: string) => void;
  err: (line: string) => void;
  now: () => number;
};

const consoleIo: BackupIo = { out: (line) => console.log(line), err: (line) => console.error(line), now: () => Date.now() };

const BACKUP_USAGE = 'Usage: counterpart backup [DIR] [--data-dir D]';
const RESTORE_USAGE = 'Usage: counterpart restore FILE [--data-dir D]';

/** Runs `counterpart backup`; returns the exit code (0 done, 1 failed, 2 usage). */
export async function runBackup(args: string[], io: BackupIo = consoleIo): Promise<number> {
  const parsed = parse(args, BACKUP_USAGE, io);
  if (!parsed || parsed.positionals.length > 1) {
    if (parsed) io.err(BACKUP_USAGE);
    return 2;
  }
  const dataDir = parsed.dataDir;
  const source = databaseFile(dataDir);
  if (!existsSync(source)) {
    io.err(`No Counterpart database in ${dataDir}.`);
    return 1;
  }
  const own = parsed.positionals[0];
  const dir = own ? resolve(own) : backupsDir(dataDir);
  try {
    const inDataFolder = dir === backupsDir(dataDir);
    if (inDataFolder) ensurePrivateDir(dir);
    const taken = await backupDatabase(source, dir, io.now());
    let pruned = '';
    if (inDataFolder) {
      const removed = pruneBackups(dir, createConfSettings(dataDir).get().backupsKept ?? DEFAULT_BACKUPS_KEPT);
      if (removed.length > 0) pruned = `; ${removed.length} older removed`;
    }
    io.out(`Backed up ${source} to ${taken.file} (${kilobytes(taken.bytes)}${pruned}).`);
    return 0;
  } catch (error) {
    io.err(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

/** Runs `counterpart restore`; returns the exit code (0 done, 1 refused or failed, 2 usage). */
export async function runRestore(args: string[], io: BackupIo = consoleIo): Promise<number> {
  const parsed = parse(args, RESTORE_USAGE, io);
  if (!parsed || parsed.positionals.length !== 1) {
    if (parsed) io.err(RESTORE_USAGE);
    return 2;
  }
  const file = resolve(parsed.positionals[0] as string);
  const { dataDir } = parsed;
  try {
    const result = await restoreDatabase({ dataDir, file, now: io.now() });
    const kept = result.replaced ? `; the replaced database is kept as ${result.replaced}` : '';
    io.out(`Restored ${file} (schema ${result.version}) into ${dataDir}${kept}.`);
    return 0;
  } catch (error) {
    if (error instanceof DataFolderLockedError) {
      io.err(`Not restored: ${error.message}; quit it first.`);
      return 1;
    }
    if (error instanceof AppError) {
      io.err(`Not restored: ${error.message}.`);
      return 1;
    }
    throw error;
  }
}

function parse(args: string[], usage: string, io: BackupIo): { positionals: string[]; dataDir: string } | null {
  try {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { 'data-dir': { type: 'string' } } });
    return { positionals, dataDir: resolve(values['data-dir'] ?? resolveDataDir()) };
  } catch (error) {
    io.err(`${(error as Error).message}\n${usage}`);
    return null;
  }
}

function kilobytes(bytes: number): string {
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
