/**
 * What the drafting thread and its workers say to each other (structured-cloned messages).
 */
import type { Settings } from '../../../contract/schemas';
import type { DraftInput, DraftOutcome } from '../drafter';

/** The owner's settings an offline draft follows, read on the main thread at each request. */
export type DraftSettings = Pick<Settings, 'stockDisplay' | 'lowStockThreshold'>;

/** What a worker is started with. */
export type DraftWorkerData = { dbFile: string };

/** One draft to write; `input` has no `signal` (a cancellable draft stays on the main thread). */
export type DraftRequestMessage = { id: number; input: Omit<DraftInput, 'signal'>; settings: DraftSettings };

/** The worker's answer to one request. */
export type DraftReplyMessage = { id: number; ok: true; outcome: DraftOutcome } | { id: number; ok: false; message: string };
