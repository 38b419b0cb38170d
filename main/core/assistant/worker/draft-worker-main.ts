/**
 * The drafting worker's side: its own SQLite connection on the shop's database (WAL: it reads
 * while the main thread writes) and its own offline `DraftPipeline` (triage, lexical search,
 * gate, offline composition, guards), answering one request at a time.
 *
 * Who writes what: the main thread stores every message, draft, state and audit entry. Before
 * each request it brings the derived indexes (search index, customer-name index) up to date, so
 * the worker normally only reads; when a knowledge edit or a new customer lands in between, the
 * worker's pipeline refreshes that index itself, in a `BEGIN IMMEDIATE` transaction that waits
 * on `busy_timeout` like every other writer.
 */
import { DatabaseSync } from 'node:sqlite';
import type { MessagePort } from 'node:worker_threads';
import { CustomersRepo } from '../../customers/customers-repo';
import { KnowledgeRepo } from '../../knowledge/knowledge-repo';
import { Retriever } from '../../knowledge/retrieval';
import { systemClock } from '../../platform/ports';
import { DraftPipeline } from '../draft-pipeline';
import { loadLanguageDetector } from '../triage/language';
import { triageWarmUpSteps } from '../triage/rules';
import type { DraftReplyMessage, DraftRequestMessage, DraftSettings, DraftWorkerData } from './draft-worker-protocol';

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
  const knowledge = new KnowledgeRepo(db, systemClock);
  const retriever = new Retriever(db);
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
  // The worker's own warm-up (its rule tables and detector are its own): one step per turn, so a
  // request arriving meanwhile waits for one step at most.
  const steps = [...triageWarmUpSteps(), () => void loadLanguageDetector()];
  const step = (i: number) => {
    if (i >= steps.length) return;
    steps[i]!();
    setImmediate(() => step(i + 1));
  };
  setImmediate(() => step(0));
  port.on('message', (request: DraftRequestMessage) => {
    settings = request.settings;
    pipeline.draft(request.input).then(
      (outcome) => port.postMessage({ id: request.id, ok: true, outcome } satisfies DraftReplyMessage),
      (error: unknown) => port.postMessage({ id: request.id, ok: false, message: (error as Error)?.message ?? String(error) } satisfies DraftReplyMessage),
    );
  });
  return db;
}
