/**
 * The one typed contract between the renderer and main.
 *
 * Every renderer→main call is a channel with a zod input and output schema; every main→renderer
 * push is an event with a zod payload. Both shells (Electron IPC and the headless HTTP shell)
 * serve exactly this map, and the preload exposes exactly its channel names.
 */
import { z } from 'zod';
import {
  ExportedKnowledge,
  ImportFiles,
  ImportPreview,
  InspectResult,
  ProductList,
  ProductListInput,
  ProfileInput,
  SaveFaqInput,
  SaveProductInput,
  SetActiveInput,
  SkuList,
} from './knowledge-schemas';
import {
  AppInfo,
  AuditEntry,
  BusinessProfile,
  Conversation,
  FaqEntry,
  KnowledgeSummary,
  Language,
  Message,
  Product,
  QueueItem,
  ReviewReason,
  Settings,
} from './schemas';
import { ConnectionTest, CostSummary, ModelConfig, SaveModelConfigInput } from './model-schemas';
import { SaveSuiteCaseInput, SuiteCase, SuiteImportResult, SuiteRun, SuiteRunProgress, SuiteRunView } from './suite-schemas';
import { RestartResult, UpdateStatus } from './update-schemas';
import { ConnectWhatsAppInput, WhatsAppStatus } from './whatsapp-schemas';
import { AwayPatch, AwaySettings } from './away-schemas';
import { CallbackSettings } from './callback-schemas';
import { AutoSendRecord, AutopilotMode, AutopilotSettings, AutopilotState } from './autopilot-schemas';
import { CHANNEL_NAMES, EVENT_NAMES } from './channel-names';
import {
  AddStaffInput,
  SaveSetupInput,
  SetupProgress,
  StaffList,
  StaffMember,
  SwitchOperatorInput,
  UpdateStaffInput,
} from './staff-schemas';
import { InboxCounts, InboxPage, InboxQuery, InboxRow } from './console-schemas';
import { AttentionNotice, Label, SaveLabelInput, StatusChange } from './states-schemas';
import { TEXT_LIMITS, safeText } from './text-rules';
import { ActivityFilter, ActivityPage, ActivityQuery } from './activity-schemas';
import { Insights, InsightsPeriod, InsightsTable } from './insights-schemas';
import { QuickReply, SaveQuickReplyInput } from './quick-reply-schemas';
import { AddPurchaseInput, CustomerCard, CustomerRef, ForgetResult, ItemRef, SaveFactInput, SaveNoteInput, ShopNameInput } from './customer-schemas';

const Empty = z.object({}).strict();
const Id = z.number().int().positive();

/** Channel → input/output schemas. Keys must equal `CHANNEL_NAMES` (a test checks it). */
export const contract = {
  getAppInfo: { input: Empty, output: AppInfo },
  getSettings: { input: Empty, output: Settings },
  updateSettings: {
    // The operator's name goes into the audit log and replies' authorship: the text rules apply.
    input: Settings.extend({ operatorName: safeText(60, 'name').min(1) }).partial().strict(),
    output: Settings,
  },
  loadDemoShop: { input: Empty, output: KnowledgeSummary },
  getKnowledgeSummary: { input: Empty, output: KnowledgeSummary },
  listProducts: { input: ProductListInput, output: ProductList },
  saveProduct: { input: SaveProductInput, output: Product },
  deleteProducts: { input: SkuList, output: z.object({ deleted: z.number().int() }) },
  setProductsActive: { input: SetActiveInput, output: z.object({ updated: z.number().int() }) },
  listFaqs: { input: Empty, output: z.object({ items: z.array(FaqEntry) }) },
  saveFaq: { input: SaveFaqInput, output: FaqEntry },
  deleteFaq: { input: z.object({ id: z.string().min(1) }).strict(), output: z.object({ deleted: z.number().int() }) },
  saveProfile: { input: ProfileInput, output: BusinessProfile },
  previewImport: { input: ImportFiles, output: ImportPreview },
  applyImport: { input: z.object({ previewId: z.string().min(1) }).strict(), output: KnowledgeSummary },
  exportKnowledge: { input: Empty, output: ExportedKnowledge },
  inspectRetrieval: { input: z.object({ message: z.string().trim().min(1).max(4000) }).strict(), output: InspectResult },
  sendPracticeMessage: {
    input: z
      .object({
        customerName: z.string().trim().min(1).max(60),
        language: Language,
        text: z.string().trim().min(1).max(4000),
      })
      .strict(),
    output: z.object({ conversationId: Id, messageId: Id }),
  },
  listConversations: {
    input: z.object({ channel: z.enum(['practice', 'whatsapp', 'all']).default('all') }).strict(),
    output: z.object({ items: z.array(Conversation) }),
  },
  getConversation: {
    input: z.object({ conversationId: Id }).strict(),
    output: z.object({ conversation: Conversation, messages: z.array(Message) }),
  },
  /** One page of a chat's history (newest first page; `before` walks back), for long chats. */
  getConversationPage: {
    input: z
      .object({
        conversationId: Id,
        before: z.object({ at: z.number().int(), id: Id }).strict().nullable().default(null),
        limit: z.number().int().min(1).max(500).default(80),
      })
      .strict(),
    output: z.object({
      conversation: Conversation,
      messages: z.array(Message),
      older: z.object({ at: z.number().int(), id: Id }).nullable(),
    }),
  },
  resumeAssistant: { input: z.object({ conversationId: Id }).strict(), output: Conversation },
  listQueue: { input: Empty, output: z.object({ items: z.array(QueueItem) }) },
  approveDraft: {
    input: z.object({ draftId: Id, text: safeText(TEXT_LIMITS.reply, 'the reply').trim().min(1) }).strict(),
    output: QueueItem,
  },
  /** What the guards find in a person's edit of a draft (shown on the card; sending stays allowed). */
  checkDraftEdit: {
    input: z.object({ draftId: Id, text: z.string().max(4000) }).strict(),
    output: z.object({ reasons: z.array(ReviewReason) }),
  },
  rejectDraft: {
    input: z.object({ draftId: Id, reason: z.string().max(500).default('') }).strict(),
    output: QueueItem,
  },
  resolveHandoff: {
    input: z.object({ draftId: Id, note: z.string().max(500).default('') }).strict(),
    output: QueueItem,
  },
  /** The console's inbox: a page of conversations, newest first, filtered and searched. */
  listInbox: { input: InboxQuery, output: InboxPage },
  getInboxCounts: { input: Empty, output: InboxCounts },
  /** A person opened the chat: its customer messages so far are read. */
  markConversationRead: { input: z.object({ conversationId: Id }).strict(), output: InboxRow },
  /** The chat's pending draft (answer or handoff), shown in place in the conversation view. */
  getPendingDraft: { input: z.object({ conversationId: Id }).strict(), output: z.object({ item: QueueItem.nullable() }) },
  /**
   * A person's own reply in any chat (paused or not), sent through the outbox like an approval;
   * it supersedes the chat's pending drafts. `conflict` when the customer opted out.
   */
  sendReply: {
    input: z.object({ conversationId: Id, text: z.string().trim().min(1).max(4000) }).strict(),
    output: z.object({ messageId: Id, superseded: z.array(Id) }),
  },
  /** One chat's inbox row (what it needs, status, labels) for the conversation view. */
  getInboxRow: { input: z.object({ conversationId: Id }).strict(), output: InboxRow },
  /** Open / pending / resolved (closes pending drafts) / snoozed until a time; a customer message reopens. */
  setConversationStatus: { input: StatusChange, output: InboxRow },
  /** A person takes the chat over: the assistant stops drafting there until `resumeAssistant`. */
  takeOverConversation: { input: z.object({ conversationId: Id }).strict(), output: Conversation },
  /** Owner-defined labels with colours, set on chats (`conflict` on a duplicate name). */
  listLabels: { input: Empty, output: z.object({ items: z.array(Label) }) },
  saveLabel: { input: SaveLabelInput, output: Label },
  deleteLabel: { input: z.object({ id: Id }).strict(), output: z.object({ deleted: z.number().int() }) },
  /** Gives the chat to a staff member to look after (`staffId` null: to nobody). */
  assignConversation: {
    input: z.object({ conversationId: Id, staffId: Id.nullable() }).strict(),
    output: InboxRow,
  },
  setConversationLabels: {
    input: z.object({ conversationId: Id, labelIds: z.array(Id).max(20) }).strict(),
    output: z.object({ labelIds: z.array(Id) }),
  },
  /**
   * "Sent · Undo": takes back an approved draft's reply (`draftId`) or a person's reply
   * (`messageId`) still in the outbox's undo window; the draft is pending again and the text comes
   * back for the editor. `conflict` when it already left, `not_found` when there is no such send.
   */
  undoSend: {
    input: z.union([z.object({ draftId: Id }).strict(), z.object({ messageId: Id }).strict()]),
    output: z.object({ conversationId: Id, draftId: Id.nullable(), text: z.string(), reopened: z.array(Id) }),
  },
  /** The owner's quick replies (`/shortcut` → text per language), by shortcut. */
  listQuickReplies: { input: Empty, output: z.object({ items: z.array(QuickReply) }) },
  /** Creates (no id) or replaces a quick reply; `conflict` when the shortcut is taken. */
  saveQuickReply: { input: SaveQuickReplyInput, output: QuickReply },
  deleteQuickReply: { input: z.object({ id: Id }).strict(), output: z.object({ deleted: z.number().int() }) },
  getModelConfig: { input: Empty, output: ModelConfig },
  saveModelConfig: { input: SaveModelConfigInput, output: ModelConfig },
  testModelConnection: { input: Empty, output: ConnectionTest },
  getCostSummary: { input: z.object({ days: z.number().int().min(1).max(366).default(30) }).strict(), output: CostSummary },
  getWhatsAppStatus: { input: Empty, output: WhatsAppStatus },
  connectWhatsApp: { input: ConnectWhatsAppInput, output: WhatsAppStatus },
  disconnectWhatsApp: { input: Empty, output: WhatsAppStatus },
  listAudit: {
    input: z.object({ limit: z.number().int().min(1).max(1000).default(200) }).strict(),
    output: z.object({ items: z.array(AuditEntry) }),
  },
  /** Activity for people: a keyset page of audit entries with customer names, filtered. */
  listActivity: { input: ActivityQuery, output: ActivityPage },
  /** The names that appear as "who" in the log, for the person filter. */
  getActivityActors: { input: Empty, output: z.object({ actors: z.array(z.string()) }) },
  /** Every entry the filter matches as CSV text (the renderer saves it as a file). */
  exportActivity: { input: ActivityFilter, output: z.object({ fileName: z.string(), text: z.string(), rows: z.number().int() }) },
  /** Insights for a period in the shop's time zone: sources, funnel, response times, drafts, callbacks, cost. */
  getInsights: { input: z.object({ period: InsightsPeriod }).strict(), output: Insights },
  /** One insights table of a period as CSV text (the renderer saves it as a file). */
  exportInsights: {
    input: z.object({ period: InsightsPeriod, table: InsightsTable }).strict(),
    output: z.object({ fileName: z.string(), text: z.string(), rows: z.number().int() }),
  },
  listSuiteCases: { input: Empty, output: z.object({ items: z.array(SuiteCase) }) },
  saveSuiteCase: { input: SaveSuiteCaseInput, output: SuiteCase },
  deleteSuiteCase: { input: z.object({ id: Id }).strict(), output: z.object({ deleted: z.number().int() }) },
  /** A FORMAT.md JSONL suite; all or nothing. `replace` drops cases the file does not name. */
  importSuite: {
    input: z.object({ text: z.string().max(5_000_000), replace: z.boolean().default(false) }).strict(),
    output: SuiteImportResult,
  },
  exportSuite: { input: Empty, output: z.object({ fileName: z.string(), text: z.string(), cases: z.number().int() }) },
  /** A new case prefilled from a draft (its message, route and first source); nothing is saved. */
  suiteCaseFromDraft: { input: z.object({ draftId: Id }).strict(), output: SaveSuiteCaseInput },
  /** Runs every case in the background; `conflict` while a run is going. */
  startSuiteRun: { input: Empty, output: SuiteRun },
  /** Stops the running run after the case in progress; `not_found` when none runs. */
  cancelSuiteRun: { input: Empty, output: SuiteRun },
  getSuiteRun: { input: Empty, output: SuiteRunView },
  getUpdateStatus: { input: Empty, output: UpdateStatus },
  /** Looks for a new version now (and downloads it); resolves with the status after. */
  checkForUpdates: { input: Empty, output: UpdateStatus },
  /** Installs a downloaded update; held back (not an error) while a reply is being sent. */
  restartToUpdate: { input: Empty, output: RestartResult },
  /** `counterpart doctor`'s text, for "Copy diagnostics" (no keys, tokens or customer text). */
  getDiagnostics: { input: Empty, output: z.object({ text: z.string() }) },
  /** Everyone who uses the app and who is at the desk (PINs never leave the core). */
  listStaff: { input: Empty, output: StaffList },
  /** Owner only. `conflict` when the name is taken. */
  addStaffMember: { input: AddStaffInput, output: StaffMember },
  /** Own name and PIN: anyone; someone else or a role: an owner. The last owner stays one. */
  updateStaffMember: { input: UpdateStaffInput, output: StaffMember },
  /** Owner only; never the last owner nor the person at the desk. */
  removeStaffMember: { input: z.object({ id: Id }).strict(), output: z.object({ removed: z.number().int() }) },
  /** Who is at the desk; `wrong_pin`, then `rate_limited` after 5 wrong PINs. */
  switchOperator: { input: SwitchOperatorInput, output: StaffList },
  /** The first-run setup's progress (where the wizard resumes). */
  getSetup: { input: Empty, output: SetupProgress },
  saveSetup: { input: SaveSetupInput, output: SetupProgress },
  /** "Run setup again" (owner only). */
  restartSetup: { input: Empty, output: SetupProgress },
  /** The autopilot's settings and each topic's mode, state and streak. */
  getAutopilot: { input: Empty, output: AutopilotState },
  /** Changes the autopilot's global settings (owner only). */
  updateAutopilot: { input: AutopilotSettings.partial().strict(), output: AutopilotState },
  /** Sets one topic's mode; null follows the global mode (owner only). */
  setAutopilotTopic: { input: z.object({ topic: z.string().min(1).max(200), mode: AutopilotMode.nullable() }).strict(), output: AutopilotState },
  /** The kill switch: no more automatic sending; queued automatic replies not yet with WhatsApp are taken back. */
  stopAutopilot: { input: Empty, output: z.object({ cancelled: z.number().int() }) },
  /** A conversation's automatic replies with the rule and evidence that sent each. */
  listAutoSends: { input: z.object({ conversationId: Id }).strict(), output: z.object({ sends: z.array(AutoSendRecord) }) },
  /** The owner's greeting, away and holding messages and the AI disclosure line. */
  getAwayMessages: { input: Empty, output: AwaySettings },
  /** Changes them (owner only). */
  updateAwayMessages: { input: AwayPatch, output: AwaySettings },
  /** The customer card beside a conversation: names, ids, languages, labels, notes, first contact, purchases, facts. */
  getCustomerCard: { input: CustomerRef, output: CustomerCard },
  /** What the shop calls the customer (null: the name they gave). */
  setCustomerShopName: { input: ShopNameInput, output: CustomerCard },
  /** Adds (no id) or edits a staff note. */
  saveCustomerNote: { input: SaveNoteInput, output: CustomerCard },
  deleteCustomerNote: { input: ItemRef, output: CustomerCard },
  /** Adds (no id; approved, by the person at the desk) or edits a fact; `messageId`: the message it came from. */
  saveCustomerFact: { input: SaveFactInput, output: CustomerCard },
  /** A proposed fact becomes usable by the assistant. */
  approveCustomerFact: { input: ItemRef, output: CustomerCard },
  /** Deletes a fact (also how a proposed one is dismissed). */
  deleteCustomerFact: { input: ItemRef, output: CustomerCard },
  /** Asks the model for facts from the chat, stored as proposed; `unavailable` without a model. */
  suggestCustomerFacts: { input: CustomerRef, output: z.object({ proposed: z.number().int(), card: CustomerCard }) },
  /** Records a purchase of a catalog product (amount defaults to the catalog price × quantity). */
  addCustomerPurchase: { input: AddPurchaseInput, output: CustomerCard },
  deleteCustomerPurchase: { input: ItemRef, output: CustomerCard },
  /** Owner only. Deletes everything about the customer in one transaction; the audit keeps counts only. */
  forgetCustomer: { input: CustomerRef, output: ForgetResult },
  /** One customer's data as a readable JSON file (a data-access request); the renderer saves it. */
  exportCustomer: { input: CustomerRef, output: z.object({ fileName: z.string(), text: z.string() }) },
  /** Warm callbacks: on or off, and how long after the shop's answer the follow-up is drafted. */
  getCallbackSettings: { input: Empty, output: CallbackSettings },
  /** Changes them (owner only). */
  updateCallbackSettings: { input: CallbackSettings.partial().strict(), output: CallbackSettings },
} as const satisfies Record<(typeof CHANNEL_NAMES)[number], { input: z.ZodType; output: z.ZodType }>;

/** Event → payload schema. Keys must equal `EVENT_NAMES`. */
export const events = {
  queueChanged: z.object({ pending: z.number().int() }),
  conversationChanged: z.object({ conversationId: Id }),
  knowledgeChanged: KnowledgeSummary,
  whatsappStatusChanged: WhatsAppStatus,
  /** Partial text while a model streams a draft for an inbound message. */
  draftProgress: z.object({ conversationId: Id, messageId: Id, text: z.string() }),
  /** A test run moved on (a case finished, or the run ended). */
  suiteRunProgress: SuiteRunProgress,
  /** Checking, downloading, ready to restart… */
  updateStatusChanged: UpdateStatus,
  /** A chat newly waiting for a person (once until seen, not in quiet hours). */
  attention: AttentionNotice,
} as const satisfies Record<(typeof EVENT_NAMES)[number], z.ZodType>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
/** What a caller passes: defaults may be omitted. */
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
/** What a handler receives after parsing: defaults filled in. */
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

/** Error codes every shell understands; HTTP maps them to statuses. */
export const ErrorCode = z.enum([
  'bad_input',
  'not_found',
  'conflict',
  'forbidden',
  'too_large',
  'unavailable',
  'internal',
  /** The person at the desk is staff and the action is an owner's (`main/core/staff/owner-only.ts`). */
  'owner_only',
  /** Switching to a person: the PIN did not match. */
  'wrong_pin',
  /** Too many wrong PINs for that person: wait before trying again. */
  'rate_limited',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export type AppErrorValue = { code: ErrorCode; message: string };

/** Errors are values: a call never throws across the boundary. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorValue };

/** The API the renderer sees, identical in both shells. */
export type CounterpartApi = {
  [C in Channel]: (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;
} & {
  /** Listen to one push event; returns the unsubscribe function. */
  subscribe: <E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) => () => void;
};

export { CHANNEL_NAMES, EVENT_NAMES };
