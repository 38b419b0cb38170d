/**
 * The one typed contract between the renderer and main.
 *
 * Every renderer→main call is a channel with a zod input and output schema; every main→renderer
 * push is an event with a zod payload. Both shells (Electron IPC and the headless HTTP shell)
 * serve exactly this map, and the preload exposes exactly its channel names.
 */
import { z } from 'zod';
import {
  AppInfo,
  AuditEntry,
  Conversation,
  FaqEntry,
  KnowledgeSummary,
  Language,
  Message,
  Product,
  QueueItem,
  Settings,
} from './schemas';
import { CHANNEL_NAMES, EVENT_NAMES } from './channel-names';

const Empty = z.object({}).strict();
const Id = z.number().int().positive();

/** Channel → input/output schemas. Keys must equal `CHANNEL_NAMES` (a test checks it). */
export const contract = {
  getAppInfo: { input: Empty, output: AppInfo },
  getSettings: { input: Empty, output: Settings },
  updateSettings: { input: Settings.partial().strict(), output: Settings },
  loadDemoShop: { input: Empty, output: KnowledgeSummary },
  getKnowledgeSummary: { input: Empty, output: KnowledgeSummary },
  listProducts: {
    input: z.object({ query: z.string().max(200).default(''), limit: z.number().int().min(1).max(500).default(100) }).strict(),
    output: z.object({ items: z.array(Product), total: z.number().int() }),
  },
  listFaqs: { input: Empty, output: z.object({ items: z.array(FaqEntry) }) },
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
  resumeAssistant: { input: z.object({ conversationId: Id }).strict(), output: Conversation },
  listQueue: { input: Empty, output: z.object({ items: z.array(QueueItem) }) },
  approveDraft: {
    input: z.object({ draftId: Id, text: z.string().trim().min(1).max(4000) }).strict(),
    output: QueueItem,
  },
  rejectDraft: {
    input: z.object({ draftId: Id, reason: z.string().max(500).default('') }).strict(),
    output: QueueItem,
  },
  resolveHandoff: {
    input: z.object({ draftId: Id, note: z.string().max(500).default('') }).strict(),
    output: QueueItem,
  },
  listAudit: {
    input: z.object({ limit: z.number().int().min(1).max(1000).default(200) }).strict(),
    output: z.object({ items: z.array(AuditEntry) }),
  },
} as const satisfies Record<(typeof CHANNEL_NAMES)[number], { input: z.ZodType; output: z.ZodType }>;

/** Event → payload schema. Keys must equal `EVENT_NAMES`. */
export const events = {
  queueChanged: z.object({ pending: z.number().int() }),
  conversationChanged: z.object({ conversationId: Id }),
  knowledgeChanged: KnowledgeSummary,
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
export const ErrorCode = z.enum(['bad_input', 'not_found', 'conflict', 'forbidden', 'unavailable', 'internal']);
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
