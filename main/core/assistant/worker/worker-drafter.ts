/**
 * Drafting off the main thread: a `Drafter` that hands each live draft to a small pool of
 * `worker_threads` workers (each with its own SQLite connection, see `draft-worker-main.ts`), so
 * storing and acknowledging messages never waits behind triage, search and composition, and a
 * burst is drafted on every core.
 *
 * It changes where a draft is computed, nothing else: the inbox still runs each chat's drafts one
 * at a time in its `ChatQueue` and stores them on the main thread through the durable
 * `draft_jobs`, so per-chat order and exactly-once drafting are the inbox's, whichever drafter.
 * A draft the worker cannot take (a model or embeddings are configured, the caller can cancel it)
 * is drafted inline; so is one whose worker failed or exited (a new worker starts for the next),
 * and so is every draft while no worker has finished its warm-up: a fresh worker compiles its own
 * triage rule tables and loads its own language detector (2–7 s of CPU under load), and a draft
 * sent to it then waited for all of that — on a loaded CI machine, past the 15–20 s a browser
 * test gives a message to be drafted. The main thread has warmed up already or does it lazily.
 */
import { Worker } from 'node:worker_threads';
import type { Logger } from '../../platform/ports';
import type { DraftInput, DraftOutcome, Drafter } from '../drafter';
import type { DraftRequestMessage, DraftSettings, DraftWorkerData, DraftWorkerMessage } from './draft-worker-protocol';

/** How to start a worker: the entry file (built JS, or TypeScript with `execArgv: ['--import', 'tsx']`). */
export type DraftWorkerOptions = {
  file: string;
  execArgv?: string[];
  size?: number;
  /** The process clock's shift (`shiftedClock`), passed on so each worker keeps the same time. */
  clockOffsetMs?: number;
};

/** What the worker drafter is built from. */
export type WorkerDrafterDeps = {
  /** The same pipeline on the main connection: drafts the worker cannot take. */
  inline: Drafter;
  dbFile: string;
  worker: DraftWorkerOptions;
  /** Whether a draft may go to a worker now: offline composition and lexical search only. */
  offloadable: () => boolean;
  /** Brings the derived indexes up to date on the main (writer) connection before a worker reads. */
  prepare: () => void;
  /** The main connection's search-index generation (after `prepare`): the worker's caches follow it. */
  indexGeneration: () => number;
  settings: () => DraftSettings;
  logger: Logger;
};

type Pending = { resolve: (outcome: DraftOutcome) => void; reject: (error: Error) => void };
type Slot = { worker: Worker; pending: Map<number, Pending>; ready: boolean; settled: Promise<void>; settle: () => void };

/** After this many workers failed, drafting stays inline (something is wrong with the install). */
const MAX_FAILURES = 3;

/** A `Drafter` that drafts in worker threads, inline when it must. */
export class WorkerDrafter implements Drafter {
  private readonly slots: Slot[] = [];
  private nextId = 1;
  private failures = 0;
  private closed = false;
  /** Drafts written by a worker (tests and the bench read it). */
  offloaded = 0;

  constructor(private readonly deps: WorkerDrafterDeps) {}

  async draft(input: DraftInput): Promise<DraftOutcome> {
    if (this.closed || input.signal || this.failures >= MAX_FAILURES || !this.deps.offloadable()) return this.deps.inline.draft(input);
    const slot = this.pick();
    // No worker is warm yet: drafting inline now beats waiting for a worker's warm-up.
    if (!slot) return this.deps.inline.draft(input);
    try {
      const outcome = await this.inWorker(slot, input);
      this.offloaded += 1;
      return outcome;
    } catch (error) {
      this.deps.logger.warn({ err: error }, 'a drafting worker failed; drafting inline');
      return this.deps.inline.draft(input);
    }
  }

  /**
   * Starts the pool ahead of the first draft (with the core's own warm-up): each worker loads its
   * code and warms its rule tables while drafts are written inline, then takes them.
   */
  prestart(): void {
    if (this.closed || this.failures >= MAX_FAILURES || !this.deps.offloadable()) return;
    while (this.slots.length < Math.max(1, this.deps.worker.size ?? 1)) this.start();
  }

  /**
   * Starts the pool and resolves once every worker finished its warm-up (or failed): from then on
   * drafts go to the workers (tests and the bench wait for it; the app never needs to).
   */
  async warm(): Promise<void> {
    this.prestart();
    await Promise.all(this.slots.map((slot) => slot.settled));
  }

  /** Stops the workers; drafts after this run inline. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.splice(0).map((slot) => slot.worker.terminate()));
  }

  private inWorker(slot: Slot, input: DraftInput): Promise<DraftOutcome> {
    this.deps.prepare();
    const id = this.nextId++;
    const { signal: _signal, ...plain } = input;
    return new Promise<DraftOutcome>((resolve, reject) => {
      slot.pending.set(id, { resolve, reject });
      // A draft under way keeps the process alive, like the inline one would.
      slot.worker.ref();
      slot.worker.postMessage({ id, input: plain, settings: this.deps.settings(), indexGeneration: this.deps.indexGeneration() } satisfies DraftRequestMessage);
    });
  }

  /**
   * An idle warm worker, else the least busy warm one; null while none is warm. A busy pool that
   * is not full starts another worker for the drafts after this one.
   */
  private pick(): Slot | null {
    const size = Math.max(1, this.deps.worker.size ?? 1);
    const warm = this.slots.filter((slot) => slot.ready);
    const idle = warm.find((slot) => slot.pending.size === 0);
    if (idle) return idle;
    if (this.slots.length < size) this.start();
    return warm.length === 0 ? null : warm.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
  }

  private start(): Slot {
    const worker = new Worker(this.deps.worker.file, {
      workerData: { dbFile: this.deps.dbFile, clockOffsetMs: this.deps.worker.clockOffsetMs ?? 0 } satisfies DraftWorkerData,
      execArgv: this.deps.worker.execArgv,
    });
    let settle = () => {};
    const settled = new Promise<void>((resolve) => (settle = resolve));
    const slot: Slot = { worker, pending: new Map(), ready: false, settled, settle };
    this.slots.push(slot);
    // An idle worker must not keep the process alive.
    worker.unref();
    worker.on('message', (reply: DraftWorkerMessage) => {
      if ('ready' in reply) {
        slot.ready = true;
        slot.settle();
        return;
      }
      const pending = slot.pending.get(reply.id);
      if (!pending) return;
      slot.pending.delete(reply.id);
      if (slot.pending.size === 0) worker.unref();
      if (reply.ok) pending.resolve(reply.outcome);
      else pending.reject(new Error(reply.message));
    });
    const fail = (error: Error) => {
      const index = this.slots.indexOf(slot);
      if (index < 0) return;
      // 'error' is followed by 'exit': one failure, counted once.
      this.slots.splice(index, 1);
      if (!this.closed) this.failures += 1;
      for (const pending of slot.pending.values()) pending.reject(error);
      slot.pending.clear();
      slot.settle();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`drafting worker exited (${code})`)));
    return slot;
  }
}
