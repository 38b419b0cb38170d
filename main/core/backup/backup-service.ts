/**
 * The daily backup: a copy of the database in `<data>/backups/` once a day while a shell runs,
 * the newest N kept (settings `backupsKept`, default 7), each one recorded in the audit log.
 *
 * Driven by the injected clock and timers: a first look shortly after start, then one an hour.
 * Each look compares the clock with the newest backup's time, so a laptop that slept through
 * the night (timers paused) or an app restarted every morning still gets its daily copy.
 */
import type { AuditLog } from '../audit/audit-log';
import type { Clock, Logger, SettingsStore, Timers } from '../platform/ports';
import { backupDatabase, backupsDir, databaseFile, DEFAULT_BACKUPS_KEPT, ensurePrivateDir, listBackups, pruneBackups, type BackupFile } from './backup-files';

/** A day: the backup interval. */
export const BACKUP_INTERVAL_MS = 24 * 60 * 60 * 1000;
/** The first look after start: after the start-up work, not competing with it. */
export const FIRST_CHECK_MS = 5 * 60 * 1000;
/** How often a running app looks whether a day has passed. */
export const CHECK_EVERY_MS = 60 * 60 * 1000;

/** Audit actor for backups the app takes on its own. */
const ACTOR = 'system';

export type BackupDeps = {
  dataDir: string;
  clock: Clock;
  timers: Timers;
  logger: Logger;
  audit: AuditLog;
  settings: SettingsStore;
};

/** Backups in the data folder: when the last was taken and how many are kept. */
export type BackupStatus = { lastAt: number | null; count: number; dir: string };

/** Why a backup was taken. */
export type BackupReason = 'daily' | 'manual';

/** Takes and schedules the data folder's backups. */
export class BackupService {
  private timer: unknown = null;
  private running: Promise<void> | null = null;
  private closed = false;
  private failedLast = false;

  constructor(private readonly deps: BackupDeps) {}

  /** The folder the daily backups go to. */
  get dir(): string {
    return backupsDir(this.deps.dataDir);
  }

  /** Starts the daily schedule (the first look after `FIRST_CHECK_MS`). */
  start(): void {
    if (this.closed || this.timer !== null) return;
    this.arm(FIRST_CHECK_MS);
  }

  /** Takes a backup now into the backups folder, prunes to the kept count, audits it. */
  async backupNow(reason: BackupReason = 'manual'): Promise<BackupFile> {
    ensurePrivateDir(this.dir);
    const taken = await backupDatabase(databaseFile(this.deps.dataDir), this.dir, this.deps.clock.now());
    const kept = this.deps.settings.get().backupsKept ?? DEFAULT_BACKUPS_KEPT;
    const pruned = pruneBackups(this.dir, kept);
    if (!this.closed) {
      this.deps.audit.record(ACTOR, 'backup.created', taken.name, { reason, bytes: taken.bytes, kept, pruned: pruned.length });
    }
    this.deps.logger.info({ file: taken.file, bytes: taken.bytes, pruned: pruned.length }, 'backup taken');
    return taken;
  }

  /** The newest backup's time and how many there are. */
  status(): BackupStatus {
    const all = listBackups(this.dir);
    return { lastAt: all.at(-1)?.takenAt ?? null, count: all.length, dir: this.dir };
  }

  /** Resolves when the backup the schedule started (if any) has finished. */
  async settled(): Promise<void> {
    await this.running;
  }

  /** Stops the schedule; a backup already copying finishes on its own connection. */
  close(): void {
    this.closed = true;
    if (this.timer !== null) this.deps.timers.clearTimeout(this.timer);
    this.timer = null;
  }

  private arm(ms: number): void {
    this.timer = this.deps.timers.setTimeout(() => {
      this.timer = null;
      this.running = this.check().finally(() => {
        this.running = null;
        if (!this.closed) this.arm(CHECK_EVERY_MS);
      });
    }, ms);
  }

  private async check(): Promise<void> {
    if (this.closed) return;
    const now = this.deps.clock.now();
    // One taken within the last day is enough. One "from the future" (the clock was wrong when
    // it was taken, or was set back since) does not count, or it would hold the schedule off
    // until that day comes.
    if (listBackups(this.dir).some((b) => b.takenAt <= now && now - b.takenAt < BACKUP_INTERVAL_MS)) return;
    try {
      await this.backupNow('daily');
      this.failedLast = false;
    } catch (error) {
      this.deps.logger.error({ err: error }, 'daily backup failed');
      // Retried at the next hourly look; recorded once per failing streak, not every hour.
      if (!this.failedLast && !this.closed) {
        this.deps.audit.record(ACTOR, 'backup.failed', 'daily', { message: error instanceof Error ? error.message : String(error) });
      }
      this.failedLast = true;
    }
  }
}
