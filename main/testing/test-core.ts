/**
 * Test support: a real core (real SQLite, real services) in a temp folder, with a fake clock,
 * in-memory settings and secrets, and a notifier that records what it was told.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ChannelAdapter } from '../core/channels/channel-adapter';
import { createCore, type Core, type CoreDeps } from '../core/composition';
import { createDispatch, type Dispatch } from '../core/handlers';
import { memorySettings } from '../core/platform/conf-settings';
import { silentLogger } from '../core/platform/logger';
import type { Clock, SecretStore, SettingsStore, Timers } from '../core/platform/ports';

/** A clock tests move by hand. */
export class FakeClock implements Clock {
  constructor(private current = Date.UTC(2026, 10, 25, 9, 0, 0)) {}
  now(): number {
    return this.current;
  }
  advance(ms: number): void {
    this.current += ms;
  }
}

/**
 * Timers that fire only when a test says so. Like real timers they count their own, monotonic
 * time — not the clock's, which a test may set back — so a test moves both: the clock with
 * `clock.advance`, the timers with `advance`.
 */
export class FakeTimers implements Timers {
  private next = 1;
  private elapsed = 0;
  private readonly pending = new Map<number, { run: () => void; at: number }>();
  setTimeout(run: () => void, ms: number): unknown {
    const id = this.next++;
    this.pending.set(id, { run, at: this.elapsed + ms });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.pending.delete(handle as number);
  }
  /** How many timers wait. */
  get size(): number {
    return this.pending.size;
  }
  /** Lets `ms` pass and runs the timers then due (not those they set meanwhile); returns how many ran. */
  advance(ms: number): number {
    this.elapsed += ms;
    const due = [...this.pending].filter(([, t]) => t.at <= this.elapsed);
    for (const [id, timer] of due) {
      this.pending.delete(id);
      timer.run();
    }
    return due.length;
  }
}

/** Secrets held in memory. */
export function memorySecrets(): SecretStore {
  const values = new Map<string, string>();
  return {
    get: async (name) => values.get(name) ?? null,
    set: async (name, value) => void values.set(name, value),
    delete: async (name) => void values.delete(name),
  };
}

export type TestCore = {
  core: Core;
  dispatch: Dispatch;
  clock: FakeClock;
  /** The core's timers: nothing scheduled runs until the test fires it. */
  timers: FakeTimers;
  dataDir: string;
  notifications: Array<{ title: string; body: string }>;
  /** Calls a channel and returns the value, failing the test on an error result. */
  call<T = unknown>(channel: string, input?: unknown): Promise<T>;
  /** Closes the core (keeps the folder, so a test can reopen it). */
  close(): void;
  /** Closes and deletes the folder. */
  dispose(): void;
};

export const REPO_ROOT = resolve(import.meta.dirname, '..', '..');

/** The drafting worker run from source (tsx), two of them so a test sees drafts in parallel. */
export const TEST_DRAFT_WORKER: NonNullable<CoreDeps['draftWorker']> = {
  file: join(REPO_ROOT, 'main', 'core', 'assistant', 'worker', 'draft-worker.ts'),
  execArgv: ['--import', 'tsx'],
  size: 2,
};

/** Builds a test core; pass `dataDir` to reopen an existing one (close that one first: one core per folder). */
export function createTestCore(
  options: {
    dataDir?: string;
    adapters?: ChannelAdapter[];
    clock?: FakeClock;
    embedder?: CoreDeps['embedder'];
    settings?: SettingsStore;
    secretStorage?: CoreDeps['secretStorage'];
    updater?: CoreDeps['updater'];
    version?: string;
    /** Compute live drafts in worker threads (`TEST_DRAFT_WORKER`), as `counterpart serve` does. */
    draftWorker?: boolean;
    /** The outbox's undo window; 0 (send at once) unless a test is about undo. */
    undoSendMs?: number;
  } = {},
): TestCore {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'counterpart-test-'));
  const clock = options.clock ?? new FakeClock();
  const timers = new FakeTimers();
  const notifications: Array<{ title: string; body: string }> = [];
  const core = createCore({
    paths: { dataDir, assetsDir: join(REPO_ROOT, 'assets') },
    clock,
    logger: silentLogger(),
    settings: options.settings ?? memorySettings(),
    secrets: memorySecrets(),
    secretStorage: options.secretStorage,
    timers,
    notifier: { notify: (title, body) => notifications.push({ title, body }) },
    version: options.version ?? '0.0.0-test',
    owner: { kind: 'command', command: 'test core' },
    adapters: options.adapters,
    embedder: options.embedder,
    updater: options.updater,
    draftWorker: options.draftWorker ? TEST_DRAFT_WORKER : undefined,
    undoSendMs: options.undoSendMs ?? 0,
  });
  const dispatch = createDispatch(core, 'browser');
  let closed = false;
  return {
    core,
    dispatch,
    clock,
    timers,
    dataDir,
    notifications,
    async call<T>(channel: string, input: unknown = {}) {
      const result = await dispatch(channel, input);
      if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
      return result.value as T;
    },
    close() {
      if (!closed) core.close();
      closed = true;
    },
    dispose() {
      if (!closed) core.close();
      closed = true;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
