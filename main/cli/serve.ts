/**
 * `counterpart serve`: core + headless shell, until SIGINT/SIGTERM.
 */
import { join } from 'node:path';
import type { Core } from '../core/composition';
import { createDispatch } from '../core/handlers';
import { resolveDataDir } from '../core/platform/data-dir';
import { createLogger } from '../core/platform/logger';
import { appRoot, clockOffsetFromEnv, createNodeCore, undoSendMsFromEnv } from '../node/node-core';
import type { Logger } from '../core/platform/ports';
import { DataFolderLockedError } from '../core/storage/data-folder-lock';
import { startHttpShell, type HttpShell } from '../server/http-shell';
import { newToken, writeToken } from '../server/token';

export type ServeOptions = { port: number; host?: string; dataDir?: string; logger?: Logger };

/** Starts the headless shell and prints the ready-to-open URL once. */
export async function runServe(options: ServeOptions): Promise<number> {
  const logger = options.logger ?? createLogger();
  const dataDir = options.dataDir ?? resolveDataDir();
  let clockOffsetMs: number;
  try {
    clockOffsetMs = clockOffsetFromEnv(process.env.COUNTERPART_CLOCK_OFFSET_MS);
  } catch (error) {
    console.error((error as Error).message);
    return 1;
  }
  if (clockOffsetMs !== 0) {
    // Said once, loudly: every timestamp this process writes to the shop's data is shifted.
    logger.warn(
      { clockOffsetMs, shiftedNow: new Date(Date.now() + clockOffsetMs).toISOString() },
      'COUNTERPART_CLOCK_OFFSET_MS is set: this shell and its drafting workers run on a shifted clock (development and testing only; never on a shop’s real data)',
    );
  }
  let core: Core;
  try {
    core = createNodeCore({
      owner: { kind: 'headless' },
      dataDir,
      logger,
      clockOffsetMs,
      undoSendMs: undoSendMsFromEnv(process.env.COUNTERPART_UNDO_SEND_MS),
      // Storing and acknowledging a message never waits behind a draft (COUNTERPART_DRAFT_WORKERS=0: inline).
      draftWorkers: true,
    });
  } catch (error) {
    // Another core runs on this folder: say who, in one line, and leave its token file alone.
    if (!(error instanceof DataFolderLockedError)) throw error;
    console.error(error.message);
    return 1;
  }
  const token = newToken();
  let shell: HttpShell;
  try {
    shell = await startHttpShell({
      dispatch: createDispatch(core, 'browser'),
      bus: core.bus,
      logger,
      token,
      rendererDir: join(appRoot(), 'out', 'renderer'),
      host: options.host,
      port: options.port,
      // Each printed link opens the app once (the browser keeps a session token instead, so a
      // link left in its history is dead); the next window needs the next link.
      onLinkUsed: (link) => console.log(`A browser opened Counterpart; that link now works no more. For another window: ${link}`),
    });
  } catch (error) {
    core.close();
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    console.error(`Port ${options.port} is already in use (is Counterpart already running?); choose another with --port.`);
    return 1;
  }
  // Written only once this shell listens: a second start that fails must not replace the
  // running shell's token in the file.
  writeToken(dataDir, token);
  core.lock.describe({ kind: 'headless', url: shell.url });
  console.log(`Counterpart is ready: ${shell.link()}`);
  console.log(`Data folder: ${dataDir}`);
  // The headless shell never updates itself (no Updater): whoever installed it updates it.
  console.log(`Version ${core.version}; updates come through the package manager that installed it (npm, apt…).`);
  // Reconnecting WhatsApp and draining the outbox may take a while; the console is usable meanwhile.
  void core.start().catch((error: unknown) => logger.error({ err: error }, 'start failed'));
  const stop = async () => {
    await shell.close();
    core.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  return 0;
}
