/**
 * Entry of a drafting worker thread (built as `out/main/draft-worker.js`; run from source under
 * tsx in tests). Everything it does is in `draft-worker-main.ts`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { DraftWorkerData } from './draft-worker-protocol';
import { serveDrafts } from './draft-worker-main';

if (parentPort) serveDrafts(parentPort, workerData as DraftWorkerData);
