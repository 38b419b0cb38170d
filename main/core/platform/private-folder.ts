/**
 * The data folder holds every conversation, customer name and phone number, the knowledge and
 * the secrets: it is made private to the user (folder 0700, our files 0600) before anything —
 * the settings library, SQLite, the lock — creates a file in it, and re-tightened on every start
 * so an install made before this rule (folder 0755, database 0644) is fixed too.
 */
import { chmodSync, lstatSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Mode of the data folder and of the folders Counterpart makes in it. */
export const PRIVATE_DIR_MODE = 0o700;
/** Mode of every file Counterpart writes in the data folder. */
export const PRIVATE_FILE_MODE = 0o600;

/**
 * Our files in the data folder. Only these are touched: in Electron the folder is also
 * Chromium's `userData`, whose own files are not ours to change.
 */
const OWN_FILE = /^(counterpart\.(db|db-wal|db-shm|db-journal|lock|lock\.json)|settings\.json|model\.json|secrets(\.enc)?\.json|serve-token)(\.tmp|\.unreadable-.*)?$/;
/** Our folders in the data folder (their whole content is ours). */
const OWN_DIRS = new Set(['backups']);

/**
 * Creates the data folder 0700 (missing parents too: Node gives them the same mode) and
 * tightens the folder and our files in it. Call before anything writes there.
 */
export function makeDataFolderPrivate(dataDir: string): void {
  mkdirSync(dataDir, { recursive: true, mode: PRIVATE_DIR_MODE });
  // mkdir's mode is cut by the umask and ignored for a folder that exists already.
  chmodSync(dataDir, PRIVATE_DIR_MODE);
  for (const entry of readdirSync(dataDir, { withFileTypes: true })) {
    if (entry.isFile() && OWN_FILE.test(entry.name)) chmodSync(join(dataDir, entry.name), PRIVATE_FILE_MODE);
    else if (entry.isDirectory() && OWN_DIRS.has(entry.name)) tightenTree(join(dataDir, entry.name));
  }
}

/** A folder of ours: folders 0700, files 0600; symbolic links are left alone (never followed). */
function tightenTree(dir: string): void {
  chmodSync(dir, PRIVATE_DIR_MODE);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) tightenTree(path);
    else if (entry.isFile() && !lstatSync(path).isSymbolicLink()) chmodSync(path, PRIVATE_FILE_MODE);
  }
}
