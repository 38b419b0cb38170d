/**
 * The drafting worker's side: its own SQLite connection on the shop's database (WAL: it reads
 * while the main thread writes) and its own offline `DraftPipeline` (triage, lexical search,
 * gate, offline composition, guards), answering one request at a time.
 *
 * Who writes what: the main thread stores every message, draft, state and audit entry, and it
 * alone writes the search index: before each request it brings the derived indexes (search index,
 * customer-name index) up to date and sends its index generation, so the worker's caches over the
 * index follow every knowledge change (they are keyed by a generation that only a sync in this
 * connection would move, and the worker never syncs). A knowledge edit landing between the main
 * thread's sync and the worker's read is seen by the next draft. A new customer's name landing in
 * between is folded by the worker's guard, a small `BEGIN IMMEDIATE` write on `busy_timeout`.
 *
 * The worker says `ready` once its warm-up (rule tables, language detector, small-talk phrases,
 * catalog words) is done; until then the main thread drafts inline, so no draft waits for a cold
 * worker.
 */
import { DatabaseSync } from 'node:sqlite';
import type { MessagePort } from 'node:worker_threads';
import { CustomersRepo } from '../../customers/customers-repo';
import { KnowledgeRepo } from '../../knowledge/knowledge-repo';
import { Retriever } from '../../knowledge/retrieval';
import { noteIndexChanged } from '../../knowledge/search/index-sync';
import { shiftedClock, systemClock } from '../../platform/ports';
import { DraftPipeline } from '../draft-pipeline';
import { catalogTerms } from '../../knowledge/search/catalog-words';
import { warmSmallTalk } from '../small-talk';
import { loadLanguageDetector } from '../triage/language';
import { triageWarmUpSteps } from '../triage/rules';
import type { DraftReadyMessage, DraftReplyMessage, DraftRequestMessage, DraftSettings, DraftWorkerData } from './draft-worker-protocol';

/** Opens the worker's connection: no migrations (the main thread ran them), same pragmas. */
export function openWorkerConnection(file: string): DatabaseSync {
  const db = new DatabaseSync(file);
  db.exec('PRAGMA foreign_keys = ON');
  db.exec('PRAGMA busy_timeout = 5000');
  db.exec('PRAGMA synchronous = FULL');
  return db;
}

/** Serves draft requests arriving on `port` until the port closes; returns the connection to close. */
export function serveDrafts(port: Pick<MessagePort, 'on' | 'postMessage'>, data: DraftWorkerData): DatabaseSync {
  const db = openWorkerConnection(data.dbFile);
  // The main thread's clock, shifted alike (a development and testing knob; 0 otherwise).
  const knowledge = new KnowledgeRepo(db, shiftedClock(systemClock, data.clockOffsetMs ?? 0));
  // Reads the index the main thread keeps: a sync here would leave the main thread's caches stale.
  const retriever = new Retriever(db, { syncIndex: false });
  const facts = new CustomersRepo(db);
  let settings: DraftSettings | undefined;
  const pipeline = new DraftPipeline({
    knowledge,
    // Lexical only: a shop with an embedding model drafts on the main thread (see WorkerDrafter).
    search: { search: async (message, options) => ({ hits: retriever.search(message, options), semantic: { state: 'off' } }) },
    db,
    settings: () => settings ?? {},
    facts: (conversationId) => facts.approvedFacts(conversationId),
  });
  // The worker's own warm-up (its rule tables and detector are its own; seconds of CPU on a busy
  // machine), then `ready`. One step per turn: a request sent anyway waits for one step at most.
  const steps = [...triageWarmUpSteps(), () => void loadLanguageDetector(), () => warmSmallTalk(), () => void catalogTerms()];
  const step = (i: number) => {
    if (i >= steps.length) {
      port.postMessage({ ready: true } satisfies DraftReadyMessage);
      return;
    }
    steps[i]!();
    setImmediate(() => step(i + 1));
  };
  setImmediate(() => step(0));
  let generation: number | null = null;
  port.on('message', (request: DraftRequestMessage) => {
    settings = request.settings;
    if (request.indexGeneration !== generation) {
      // The main thread re-indexed knowledge since the last request (or this is the first).
      if (generation !== null) noteIndexChanged(db);
      generation = request.indexGeneration;
    }
    pipeline.draft(request.input).then(
      (outcome) => port.postMessage({ id: request.id, ok: true, outcome } satisfies DraftReplyMessage),
      (error: unknown) => port.postMessage({ id: request.id, ok: false, message: (error as Error)?.message ?? String(error) } satisfies DraftReplyMessage),
    );
  });
  return db;
}
