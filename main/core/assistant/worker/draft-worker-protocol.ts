/**
 * What the drafting thread and its workers say to each other (structured-cloned messages).
 */
import type { Settings } from '../../../contract/schemas';
import type { DraftInput, DraftOutcome } from '../drafter';

/** The owner's settings an offline draft follows, read on the main thread at each request. */
export type DraftSettings = Pick<Settings, 'stockDisplay' | 'lowStockThreshold'>;

/**
 * What a worker is started with: the database, and how far the process's clock is shifted
 * (`shiftedClock`), so the worker's "now" is the main thread's.
 */
export type DraftWorkerData = { dbFile: string; clockOffsetMs?: number };

/**
 * One draft to write; `input` has no `signal` (a cancellable draft stays on the main thread).
 * `indexGeneration` is the main thread's search-index generation after it brought the index up
 * to date: the worker's caches over the index (collection statistics, the FAQ entry model) are
 * rebuilt when it changed, since the worker never writes the index itself.
 */
export type DraftRequestMessage = { id: number; input: Omit<DraftInput, 'signal'>; settings: DraftSettings; indexGeneration: number };

/** The worker's answer to one request. */
export type DraftReplyMessage = { id: number; ok: true; outcome: DraftOutcome } | { id: number; ok: false; message: string };

/** Sent once, when the worker's warm-up is done: from then on a draft costs it no compiling. */
export type DraftReadyMessage = { ready: true };

/** Anything a worker posts. */
export type DraftWorkerMessage = DraftReplyMessage | DraftReadyMessage;
