/**
 * When to look for updates, what to show, and when installing is safe. Checks on start and
 * once a day on the injected timers, downloads in the background, then offers "Restart to
 * update" with the release notes. Never installs while the outbox has a reply to deliver: a
 * restart mid-send could leave the shop unsure whether the customer got it.
 */
import type { RestartResult, UpdateChannel, UpdateStatus } from '../../contract/update-schemas';
import type { Clock, Logger, Timers } from '../platform/ports';
import type { Updater } from './updater';

/** A day between checks. */
export const UPDATE_CHECK_INTERVAL_MS = 24 * 60 * 60 * 1000;

export type UpdateServiceDeps = {
  /** Absent: this shell is updated by its package manager, not by the app. */
  updater: Updater | null;
  currentVersion: string;
  clock: Clock;
  timers: Timers;
  logger: Logger;
  /** The channel the owner chose (settings), read at each check. */
  channel: () => UpdateChannel;
  /** True while a reply is queued or being handed to a channel (the outbox). */
  sending: () => boolean;
  /** Told of every status change (the event bus). */
  onStatus: (status: UpdateStatus) => void;
};

/** The update schedule and the "Restart to update" decision. */
export class UpdateService {
  private status: UpdateStatus;
  private timer: unknown = null;
  private running: Promise<UpdateStatus> | null = null;
  private closed = false;

  constructor(private readonly deps: UpdateServiceDeps) {
    this.status = { currentVersion: deps.currentVersion, channel: deps.channel(), state: deps.updater ? 'idle' : 'managed' };
  }

  /** Checks now and every day after; does nothing where the package manager updates. */
  start(): void {
    if (!this.deps.updater || this.closed) return;
    void this.check();
    this.schedule();
  }

  getStatus(): UpdateStatus {
    return this.status;
  }

  /** Looks for a release and downloads it in the background; one check at a time. */
  check(): Promise<UpdateStatus> {
    this.running ??= this.run().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Installs the downloaded release, unless a reply is being sent. */
  restart(): RestartResult {
    const { updater } = this.deps;
    if (!updater || this.status.state !== 'ready') return { restarting: false, reason: 'not_ready' };
    if (this.deps.sending()) {
      this.deps.logger.info({ version: this.status.version }, 'update held back: a reply is being sent');
      return { restarting: false, reason: 'sending' };
    }
    this.deps.logger.info({ from: this.deps.currentVersion, to: this.status.version }, 'restarting to update');
    updater.install();
    return { restarting: true };
  }

  close(): void {
    this.closed = true;
    if (this.timer !== null) this.deps.timers.clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(): void {
    this.timer = this.deps.timers.setTimeout(() => {
      if (this.closed) return;
      void this.check();
      this.schedule();
    }, UPDATE_CHECK_INTERVAL_MS);
  }

  private async run(): Promise<UpdateStatus> {
    const { updater, clock, logger, currentVersion } = this.deps;
    if (!updater) return this.status;
    const channel = this.deps.channel();
    // A release already downloaded stays offered; a newer one found later replaces it.
    const previous = this.status.state === 'ready' ? this.status : null;
    this.set({ currentVersion, channel, state: 'checking', checkedAt: clock.now() });
    try {
      const release = await updater.check(channel, currentVersion);
      if (!release) return this.set(previous ?? { currentVersion, channel, state: 'idle', checkedAt: clock.now() });
      if (previous && previous.version === release.version) return this.set({ ...previous, checkedAt: clock.now() });
      this.set({ currentVersion, channel, state: 'downloading', version: release.version, notes: release.notes, checkedAt: clock.now() });
      await updater.download(release);
      logger.info({ version: release.version, channel }, 'update downloaded');
      return this.set({ currentVersion, channel, state: 'ready', version: release.version, notes: release.notes, checkedAt: clock.now() });
    } catch (error) {
      const message = (error as Error).message;
      logger.warn({ err: error, channel }, 'update check failed');
      return this.set(previous ?? { currentVersion, channel, state: 'error', error: message, checkedAt: clock.now() });
    }
  }

  private set(status: UpdateStatus): UpdateStatus {
    this.status = status;
    if (!this.closed) this.deps.onStatus(status);
    return status;
  }
}
