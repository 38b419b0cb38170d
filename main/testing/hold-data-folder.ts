/**
 * Test script: opens a plain-Node core on the data folder given as argument, loads the demo
 * shop, prints `holding <pid>` and then waits to be killed — a second process on that folder.
 * When the folder is taken it prints `refused: <the refusal>` and exits 1.
 */
import { createDispatch } from '../core/handlers';
import { silentLogger } from '../core/platform/logger';
import { DataFolderLockedError } from '../core/storage/data-folder-lock';
import { createNodeCore } from '../node/node-core';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: hold-data-folder.ts DATA_DIR');
try {
  const core = createNodeCore({ owner: { kind: 'command', command: 'hold-data-folder' }, dataDir, logger: silentLogger() });
  const loaded = await createDispatch(core, 'browser')('loadDemoShop', {});
  if (!loaded.ok) throw new Error(loaded.error.message);
  console.log(`holding ${process.pid}`);
  // Kept alive until a signal ends the process; the core is never closed on purpose. The timer
  // also keeps the core reachable: a core only this block named could be garbage-collected, and
  // collecting the lock's SQLite connection closes it and lets the lock go (under load, when GC
  // runs, a second core was then let in).
  setInterval(() => core, 60_000);
} catch (error) {
  if (!(error instanceof DataFolderLockedError)) throw error;
  console.log(`refused: ${error.message}`);
  process.exitCode = 1;
}
