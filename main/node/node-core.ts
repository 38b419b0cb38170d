/**
 * Composition for plain Node (CLI, headless shell, benchmarks): conf settings, file secrets,
 * log notifications.
 */
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DraftWorkerOptions } from '../core/assistant/worker/worker-drafter';
import { createCore, type Core, type CoreDeps } from '../core/composition';
import { createConfSettings } from '../core/platform/conf-settings';
import { resolveDataDir } from '../core/platform/data-dir';
import { createLogger } from '../core/platform/logger';
import { makeDataFolderPrivate } from '../core/platform/private-folder';
import type { LockOwner } from '../core/storage/data-folder-lock';
import { shiftedClock, systemClock, type Clock, type Logger } from '../core/platform/ports';
import { createFileSecretStore } from './file-secret-store';
import { createLogNotifier } from './log-notifier';

/**
 * The checkout or install root: the nearest folder above this file with a package.json — two
 * levels up in source and in `out/main`, three when the bundler puts this file in
 * `out/main/chunks` (commands load their code on demand).
 */
export function appRoot(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (let dir = here, i = 0; i < 4; i++, dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
  }
  return resolve(here, '..', '..');
}

/** The app version from package.json. */
export function appVersion(root = appRoot()): string {
  try {
    return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

/**
 * The drafting worker of this install: the built `out/main/draft-worker.js`, or the TypeScript
 * entry under tsx when this code itself runs from source; null when neither is there (drafts
 * are then computed inline). One worker per core beyond the first, at most two: the main thread
 * keeps a core for the API.
 */
export function draftWorkerOptions(root = appRoot()): DraftWorkerOptions | null {
  const size = Math.max(1, Math.min(2, availableParallelism() - 1));
  if (import.meta.url.endsWith('.ts')) {
    const file = join(root, 'main', 'core', 'assistant', 'worker', 'draft-worker.ts');
    return existsSync(file) ? { file, execArgv: ['--import', 'tsx'], size } : null;
  }
  const file = join(root, 'out', 'main', 'draft-worker.js');
  return existsSync(file) ? { file, size } : null;
}

/**
 * Builds a core for plain Node; `owner` says which command runs it (recorded in the data
 * folder's lock). Throws `DataFolderLockedError` when the folder is already in use.
 */
export function createNodeCore(options: {
  owner: LockOwner;
  dataDir?: string;
  logger?: Logger;
  clock?: Clock;
  embedder?: CoreDeps['embedder'];
  undoSendMs?: number;
  /** Forces drafting on the main thread (benches comparing the two), whatever the environment. */
  inlineDrafting?: boolean;
  /** Live drafts in worker threads unless `COUNTERPART_DRAFT_WORKERS=0` (`serve`); default off. */
  draftWorkers?: boolean;
  /**
   * Runs the core and its drafting workers this far ahead of the real time (development and
   * testing only: `COUNTERPART_CLOCK_OFFSET_MS`, read by `serve`); 0 or absent: real time.
   */
  clockOffsetMs?: number;
}): Core {
  const root = appRoot();
  const dataDir = options.dataDir ?? resolveDataDir();
  const logger = options.logger ?? createLogger();
  // First: `conf` would otherwise create the folder with the default mode (0755).
  makeDataFolderPrivate(dataDir);
  const clockOffsetMs = options.clockOffsetMs ?? 0;
  const worker = !options.inlineDrafting && draftWorkersWanted(process.env.COUNTERPART_DRAFT_WORKERS, options.draftWorkers ?? false) ? draftWorkerOptions(root) : null;
  return createCore({
    paths: { dataDir, assetsDir: join(root, 'assets') },
    clock: shiftedClock(options.clock ?? systemClock, clockOffsetMs),
    logger,
    settings: createConfSettings(dataDir),
    secrets: createFileSecretStore(dataDir, { onSetAside: (copy) => logger.warn({ copy }, 'the secrets file was unreadable; a copy was kept before writing a new one') }),
    notifier: createLogNotifier(logger),
    version: appVersion(root),
    owner: options.owner,
    embedder: options.embedder,
    draftWorker: worker ? { ...worker, clockOffsetMs } : undefined,
    undoSendMs: options.undoSendMs,
  });
}

/**
 * Whether live drafts go to worker threads: `COUNTERPART_DRAFT_WORKERS=0` turns them off and `=1`
 * on, whatever the command; otherwise the command's default (`serve`: on; one-shot commands such
 * as `eval` or `knowledge` draft nothing live and leave them off).
 */
export function draftWorkersWanted(value: string | undefined, byDefault: boolean): boolean {
  const v = value?.trim();
  if (v === '0') return false;
  if (v === '1') return true;
  return byDefault;
}

/**
 * The undo window from `COUNTERPART_UNDO_SEND_MS` (0–600000 ms), for the headless shell: browser
 * tests on a loaded machine use a long window so "Sent · Undo" cannot run out under them.
 */
export function undoSendMsFromEnv(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d{1,6}$/.test(value.trim())) return undefined;
  const ms = Number(value.trim());
  return ms <= 600_000 ? ms : undefined;
}

/** The largest clock shift `COUNTERPART_CLOCK_OFFSET_MS` accepts: a year either way. */
const MAX_CLOCK_OFFSET_MS = 366 * 24 * 60 * 60_000;

/**
 * The clock shift from `COUNTERPART_CLOCK_OFFSET_MS` (whole milliseconds, may be negative, at
 * most a year either way), for the headless shell in development and testing: 0 when unset or
 * empty. Throws on anything else, so a mistyped value cannot pass for the real time.
 */
export function clockOffsetFromEnv(value: string | undefined): number {
  const v = value?.trim() ?? '';
  if (v === '') return 0;
  const ms = /^-?\d{1,12}$/.test(v) ? Number(v) : Number.NaN;
  if (!Number.isSafeInteger(ms) || Math.abs(ms) > MAX_CLOCK_OFFSET_MS) {
    throw new Error(`COUNTERPART_CLOCK_OFFSET_MS must be whole milliseconds within a year either way (got "${v}").`);
  }
  return ms;
}
