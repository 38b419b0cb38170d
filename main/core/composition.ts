/**
 * The composition root: builds every core service once, from injected collaborators.
 * Nothing here imports Electron; both shells call `createCore`.
 */
import { join } from 'node:path';
import type { ChannelKind, SecretStorage } from '../contract/schemas';
import { DraftPipeline } from './assistant/draft-pipeline';
import { ModelComposer } from './assistant/model-composer';
import { MODEL_KEY_SECRET, createJsonModelConfigStore, isEmbeddingEnabled, isModelEnabled, type ModelConfigStore, type StoredModelConfig } from './assistant/model/model-config';
import { WorkerDrafter, type DraftWorkerOptions } from './assistant/worker/worker-drafter';
import { serverBoundSecrets } from './assistant/model/model-key';
import { AuditLog } from './audit/audit-log';
import { SetupService } from './setup/setup-service';
import { StaffService } from './staff/staff-service';
import { AutopilotRepo } from './autopilot/autopilot-repo';
import { AutopilotService } from './autopilot/autopilot-service';
import { InsightsService } from './insights/insights-service';
import { AwayService } from './away/away-service';
import { backupDatabaseSync, backupsDir, type BackupFile } from './backup/backup-files';
import { BackupService } from './backup/backup-service';
import { CallbackRepo } from './callbacks/callback-repo';
import { CallbackService } from './callbacks/callback-service';
import type { ChannelAdapter } from './channels/channel-adapter';
import { createPracticeChannel } from './channels/practice-channel';
import { SuiteRepo } from './eval/suite-repo';
import { SuiteService } from './eval/suite-service';
import { ConsoleRepo } from './console/console-repo';
import { ReplyService } from './console/reply-service';
import { AttentionService } from './console/attention';
import { LabelsRepo } from './console/labels-repo';
import { StatusService } from './console/status-service';
import { ConversationsRepo } from './inbox/conversations-repo';
import { CustomerService } from './customers/customer-service';
import { CustomersRepo } from './customers/customers-repo';
import { FactAutoProposer } from './customers/fact-autoproposer';
import { FactProposer } from './customers/fact-proposer';
import { syncCustomerNames } from './inbox/customer-names';
import { InboxService } from './inbox/inbox-service';
import { createOpenAiEmbedder, type Embedder } from './knowledge/embeddings/embedder';
import { EmbeddingIndex } from './knowledge/embeddings/embedding-index';
import { KnowledgeImporter } from './knowledge/knowledge-import';
import { KnowledgeRepo } from './knowledge/knowledge-repo';
import { KnowledgeSearch } from './knowledge/knowledge-search';
import { Retriever } from './knowledge/retrieval';
import { indexGeneration } from './knowledge/search/index-sync';
import { Outbox } from './outbox/outbox';
import { UndoSendService } from './outbox/undo-send';
import { QuickRepliesRepo } from './quick-replies/quick-replies-repo';
import { EventBus } from './platform/events';
import { systemTimers, type Clock, type Logger, type Notifier, type Paths, type SecretStore, type SettingsStore, type Timers } from './platform/ports';
import { makeDataFolderPrivate } from './platform/private-folder';
import { DraftsRepo } from './review/drafts-repo';
import { checkEditedReply } from './review/edit-check';
import { ReviewService } from './review/review-service';
import { acquireDataFolderLock, type DataFolderLock, type LockOwner } from './storage/data-folder-lock';
import { openDatabase, type Database } from './storage/database';
import { UpdateService } from './update/update-service';
import type { Updater } from './update/updater';
import { WhatsAppService, type WhatsAppOptions } from './whatsapp/whatsapp-service';
import { warmUpLater } from './warm-up';

/** What a shell hands the core. */
export type CoreDeps = {
  paths: Paths;
  clock: Clock;
  logger: Logger;
  settings: SettingsStore;
  secrets: SecretStore;
  notifier: Notifier;
  version: string;
  /** Who runs this core, recorded in the data folder's lock so a refused second start can say. */
  owner: LockOwner;
  /** How the shell's secret store protects secrets at rest (desktop: from safeStorage), shown in settings. */
  secretStorage?: SecretStorage;
  /** Timers for scheduled work (the daily backup); real ones by default. */
  timers?: Timers;
  /** Extra channel adapters (WhatsApp); practice is always present. */
  adapters?: ChannelAdapter[];
  /** WhatsApp socket factory, timers and pacing (tests, the local fake server). */
  whatsapp?: WhatsAppOptions;
  /** Replaces the configured server's embedder (tests, bench); called only when an embedding model is set. */
  embedder?: (config: StoredModelConfig) => Embedder | null;
  /** Finds and installs new versions (desktop: electron-updater); absent where a package manager updates. */
  updater?: Updater;
  /**
   * Live drafts computed in worker threads (`WorkerDrafter`): the headless shell and bench pass
   * the built worker; absent, drafts are computed on the main thread (tests choose either).
   */
  draftWorker?: DraftWorkerOptions;
  /** How long a person's send waits in the outbox so it can be undone; 5 s by default. */
  undoSendMs?: number;
};

/** A person's send can be undone this long before it leaves. */
export const DEFAULT_UNDO_SEND_MS = 5000;

/** The running core. */
export type Core = {
  version: string;
  paths: Paths;
  clock: Clock;
  logger: Logger;
  settings: SettingsStore;
  secrets: SecretStore;
  /** How the secrets are protected at rest, when the shell knows (desktop). */
  secretStorage?: SecretStorage;
  /** The data folder's lock, held until `close()`: one core per folder. */
  lock: DataFolderLock;
  db: Database;
  bus: EventBus;
  audit: AuditLog;
  knowledge: KnowledgeRepo;
  importer: KnowledgeImporter;
  retriever: Retriever;
  /** Retrieval as drafting uses it: lexical, fused with embeddings when configured and ready. */
  search: KnowledgeSearch;
  /** The embedding cache and its background sync. */
  embeddings: EmbeddingIndex;
  /** Drafting: triage, search, gate, compose, guards — one pipeline for chats, eval and test runs. */
  drafter: DraftPipeline;
  /** Where live chat drafts are computed: `drafter` inline, or worker threads (`draftWorker`). */
  liveDrafter: DraftPipeline | WorkerDrafter;
  /** The model endpoint settings (`model.json`); the API key is in `secrets`. */
  modelConfig: ModelConfigStore;
  conversations: ConversationsRepo;
  drafts: DraftsRepo;
  inbox: InboxService;
  outbox: Outbox;
  autopilot: AutopilotService;
  away: AwayService;
  /** The Insights screen's figures (read-only aggregates). */
  insights: InsightsService;
  /** How long a person's send can be undone (the outbox's wait). */
  undoSendMs: number;
  /** "Sent · Undo". */
  undoSend: UndoSendService;
  /** The owner's quick replies. */
  quickReplies: QuickRepliesRepo;
  review: ReviewService;
  /** The console's inbox (conversations by what they need). */
  console: ConsoleRepo;
  /** A person's own replies from the console. */
  reply: ReplyService;
  /** Chat statuses (open / pending / resolved / snoozed), take over and resume. */
  status: StatusService;
  /** Owner-defined labels on chats. */
  labels: LabelsRepo;
  /** Notifications and the waiting count (title, badge) as chats change. */
  attention: AttentionService;
  whatsapp: WhatsAppService;
  /** "Test my assistant": the owner's test cases and their background runs. */
  suite: SuiteService;
  /** The daily database backup into `<data>/backups/` (scheduled by `start()`). */
  backups: BackupService;
  /** Warm callbacks: one follow-up for a customer who went quiet after the shop's answer. */
  callbacks: CallbackService;
  /** New versions: checked on start and daily, offered as "Restart to update". */
  updates: UpdateService;
  /** People who use the app, their roles and PINs, and who is at the desk. */
  staff: StaffService;
  /** The customer card: names, notes, facts, purchases; export and forget. */
  customers: CustomerService;
  /** Customer facts proposed in the background once a chat's answer has gone quiet. */
  factProposals: FactAutoProposer;
  /** The first-run setup wizard's progress. */
  setup: SetupService;
  /** Reconnects a linked WhatsApp and delivers anything left in the outbox by a previous run. */
  start(): Promise<void>;
  close(): void;
};

/**
 * Locks the data folder, opens its database and wires the services. Throws
 * `DataFolderLockedError` when another core (in this or another process) runs on the folder.
 */
export function createCore(deps: CoreDeps): Core {
  // The shells call this before their settings library touches the folder; again here for tests and tools.
  makeDataFolderPrivate(deps.paths.dataDir);
  // Before the database: a second core must not open it at all (two WhatsApp sockets for one
  // account, two outbox workers, two writers).
  const lock = acquireDataFolderLock(deps.paths.dataDir, deps.owner, deps.clock.now());
  try {
    return wire(deps, lock);
  } catch (error) {
    lock.release();
    throw error;
  }
}

function wire(deps: CoreDeps, lock: DataFolderLock): Core {
  // An upgrade that changes the schema of an existing shop is preceded by a copy of it.
  let beforeMigration: { backup: BackupFile; from: number; to: number } | null = null;
  const db = openDatabase(join(deps.paths.dataDir, 'counterpart.db'), {
    beforeMigrate: (open, from, to) => {
      try {
        beforeMigration = { backup: backupDatabaseSync(open, backupsDir(deps.paths.dataDir), deps.clock.now(), `before-v${to}`), from, to };
      } catch (error) {
        throw new Error(`Could not back up the database before upgrading it (schema ${from} → ${to}): ${(error as Error).message}`, { cause: error });
      }
    },
  });
  let closed = false;
  const bus = new EventBus();
  const audit = new AuditLog(db, deps.clock);
  const backups = new BackupService({ dataDir: deps.paths.dataDir, clock: deps.clock, timers: deps.timers ?? systemTimers, logger: deps.logger, audit, settings: deps.settings });
  if (beforeMigration) {
    const { backup, from, to } = beforeMigration as { backup: BackupFile; from: number; to: number };
    audit.record('system', 'backup.created', backup.name, { reason: 'migration', bytes: backup.bytes, from, to });
    deps.logger.info({ file: backup.file, from, to }, 'backed up before migrating');
  }
  const staff = new StaffService({ db, clock: deps.clock, audit, settings: deps.settings });
  staff.ensureOwner();
  const knowledge = new KnowledgeRepo(db, deps.clock);
  const retriever = new Retriever(db);
  // Read lazily: constructing the store and the drafter touches neither the file nor the network.
  const modelConfig = createJsonModelConfigStore(join(deps.paths.dataDir, 'model.json'));
  // The model key reaches only the server it was saved for, whoever asks for it.
  const modelSecrets = serverBoundSecrets(deps.secrets, modelConfig);
  const embedder = async (): Promise<Embedder | null> => {
    const config = modelConfig.get();
    if (!isEmbeddingEnabled(config)) return null;
    return deps.embedder ? deps.embedder(config) : createOpenAiEmbedder(config, await modelSecrets.get(MODEL_KEY_SECRET));
  };
  const embeddings = new EmbeddingIndex({ db, clock: deps.clock, logger: deps.logger, embedder, syncLexical: () => retriever.sync() });
  const search = new KnowledgeSearch({ retriever, index: embeddings, embedder });
  // Knowledge edits and imports announce themselves; the cache follows in the background.
  bus.onAny((event) => {
    if (event === 'knowledgeChanged') embeddings.schedule();
  });
  // Approved facts of the draft's own customer, read by conversation (never another's).
  const customerFacts = new CustomersRepo(db);
  const drafter = new DraftPipeline({
    knowledge,
    search,
    db,
    facts: (conversationId) => customerFacts.approvedFacts(conversationId),
    settings: () => deps.settings.get(),
    model: new ModelComposer({ knowledge, config: modelConfig, secrets: modelSecrets, logger: deps.logger, bus }),
  });
  const workerDrafter = deps.draftWorker
    ? new WorkerDrafter({
        inline: drafter,
        dbFile: join(deps.paths.dataDir, 'counterpart.db'),
        worker: deps.draftWorker,
        // The worker composes offline from lexical search; a model or embeddings keep the draft here.
        offloadable: () => {
          const config = modelConfig.get();
          return !isModelEnabled(config) && !isEmbeddingEnabled(config);
        },
        prepare: () => {
          retriever.sync();
          syncCustomerNames(db);
        },
        indexGeneration: () => indexGeneration(db),
        settings: () => {
          const { stockDisplay, lowStockThreshold } = deps.settings.get();
          return { stockDisplay, lowStockThreshold };
        },
        logger: deps.logger,
      })
    : null;
  const conversations = new ConversationsRepo(db);
  const drafts = new DraftsRepo(db);
  const adapters = new Map<ChannelKind, ChannelAdapter>([['practice', createPracticeChannel()]]);
  for (const adapter of deps.adapters ?? []) adapters.set(adapter.kind, adapter);
  const undoSendMs = deps.undoSendMs ?? DEFAULT_UNDO_SEND_MS;
  // The callbacks service is built after the autopilot it sends through; the outbox asks it late.
  const late: { callbacks?: CallbackService } = {};
  const outbox = new Outbox({
    db,
    clock: deps.clock,
    logger: deps.logger,
    audit,
    conversations,
    drafts,
    bus,
    adapters,
    timers: deps.timers ?? systemTimers,
    undoMs: undoSendMs,
    lastLook: (draftId) => late.callbacks?.lastLook(draftId) ?? null,
  });
  const away = new AwayService({ db, clock: deps.clock, audit, knowledge, conversations, outbox });
  const autopilotRepo = new AutopilotRepo(db);
  const autopilot = new AutopilotService({ db, clock: deps.clock, audit, repo: autopilotRepo, knowledge, conversations, drafts, outbox, bus, away });
  const callbacks = new CallbackService({
    db,
    clock: deps.clock,
    timers: deps.timers ?? systemTimers,
    logger: deps.logger,
    audit,
    bus,
    repo: new CallbackRepo(db),
    conversations,
    drafts,
    knowledge,
    autopilot,
    autopilotRepo,
    settings: () => deps.settings.get(),
  });
  late.callbacks = callbacks;
  const stopCallbacks = callbacks.watch();
  const inbox = new InboxService({
    db,
    clock: deps.clock,
    logger: deps.logger,
    audit,
    conversations,
    drafts,
    drafter: workerDrafter ?? drafter,
    bus,
    autopilot,
  });
  const review = new ReviewService({
    db,
    clock: deps.clock,
    audit,
    drafts,
    conversations,
    outbox,
    bus,
    checkEdit: (item, text) => checkEditedReply({ knowledge, db }, item, text),
    onDecided: (draftId, decision, actor) => autopilot.decided(draftId, decision, actor),
    beforeApprove: (draftId) => callbacks.beforeApprove(draftId),
  });
  const consoleRepo = new ConsoleRepo(db);
  const reply = new ReplyService({ db, clock: deps.clock, audit, conversations, drafts, outbox, inbox: consoleRepo, bus });
  const timers = deps.timers ?? systemTimers;
  const status = new StatusService({ db, clock: deps.clock, timers, logger: deps.logger, audit, conversations, drafts, inbox: consoleRepo, bus });
  const labels = new LabelsRepo({ db, clock: deps.clock, audit, bus });
  const attention = new AttentionService({
    inbox: consoleRepo,
    notifier: deps.notifier,
    bus,
    clock: deps.clock,
    quietHours: () => deps.settings.get().quietHours,
    timeZone: () => knowledge.profile()?.timezone,
  });
  const stopAttention = attention.watch();
  const whatsapp = new WhatsAppService({
    db,
    clock: deps.clock,
    logger: deps.logger,
    secrets: deps.secrets,
    notifier: deps.notifier,
    bus,
    audit,
    inbox,
    conversations,
    options: deps.whatsapp,
  });
  const suite = new SuiteService({
    db,
    repo: new SuiteRepo(db),
    drafter,
    modelConfig,
    conversations,
    drafts,
    clock: deps.clock,
    logger: deps.logger,
    bus,
  });
  const updates = new UpdateService({
    updater: deps.updater ?? null,
    currentVersion: deps.version,
    clock: deps.clock,
    timers: deps.timers ?? systemTimers,
    logger: deps.logger,
    channel: () => deps.settings.get().updateChannel ?? 'stable',
    sending: () => outbox.sending(),
    onStatus: (status) => bus.emit('updateStatusChanged', status),
  });
  const factProposer = new FactProposer({ db, config: modelConfig, secrets: modelSecrets, clock: deps.clock, logger: deps.logger });
  const customers = new CustomerService({
    db,
    clock: deps.clock,
    audit,
    bus,
    knowledge,
    outbox,
    proposer: factProposer,
  });
  const factProposals = new FactAutoProposer({
    db,
    clock: deps.clock,
    timers: deps.timers ?? systemTimers,
    logger: deps.logger,
    bus,
    settings: () => deps.settings.get(),
    modelEnabled: () => factProposer.enabled(),
    suggest: (conversationId, actor) => customers.suggestFacts(conversationId, actor),
  });
  const stopFactProposals = factProposals.watch();
  // The outbox holds this map by reference; a test's own WhatsApp adapter wins.
  if (!adapters.has('whatsapp')) adapters.set('whatsapp', whatsapp.channel);
  return {
    version: deps.version,
    paths: deps.paths,
    clock: deps.clock,
    logger: deps.logger,
    settings: deps.settings,
    secrets: deps.secrets,
    secretStorage: deps.secretStorage,
    lock,
    db,
    bus,
    audit,
    knowledge,
    importer: new KnowledgeImporter(db, knowledge, deps.clock),
    retriever,
    search,
    embeddings,
    drafter,
    liveDrafter: workerDrafter ?? drafter,
    modelConfig,
    conversations,
    drafts,
    inbox,
    outbox,
    autopilot,
    away,
    insights: new InsightsService({ db, clock: deps.clock, knowledge }),
    undoSendMs,
    undoSend: new UndoSendService({ db, audit, outbox, drafts, conversations, bus }),
    quickReplies: new QuickRepliesRepo(db, deps.clock, audit),
    review,
    console: consoleRepo,
    reply,
    status,
    labels,
    attention,
    whatsapp,
    suite,
    backups,
    callbacks,
    updates,
    staff,
    customers,
    factProposals,
    setup: new SetupService(db, deps.clock),
    start: async () => {
      warmUpLater(db, deps.logger, () => closed, { begin: () => workerDrafter?.prestart() });
      backups.start();
      updates.start();
      status.start();
      // Planned callbacks and open callback drafts from before the restart get their timer again.
      callbacks.start();
      factProposals.start();
      // Turns stored but not drafted when the app stopped (a crash mid-draft) are drafted again,
      // in the background and each once.
      void inbox.resume();
      await whatsapp.start().catch((error: unknown) => deps.logger.error({ err: error }, 'WhatsApp did not start'));
      await outbox.kick();
      embeddings.schedule();
    },
    close: () => {
      closed = true;
      backups.close();
      updates.close();
      status.close();
      stopCallbacks();
      callbacks.close();
      stopFactProposals();
      factProposals.close();
      stopAttention();
      suite.close();
      outbox.close();
      whatsapp.close();
      // A draft still in a worker falls back inline and fails on the closed database; its job
      // stays in draft_jobs and is drafted at the next start.
      void workerDrafter?.close();
      db.close();
      // Last: the next core may open the database only once this one has let go of it.
      lock.release();
    },
  };
}
