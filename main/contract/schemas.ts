/**
 * Domain value schemas shared by main, preload and renderer.
 *
 * Pure zod, no Node or Electron imports: the renderer bundles this file too.
 */
import { z } from 'zod';
import { ReasonParams } from './reason-schemas';

/** Languages the product speaks to customers in (issue scope: six). */
export const LANGUAGES = ['en', 'es', 'pt', 'vi', 'hi', 'id'] as const;
export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;

/** Where a conversation lives. */
export const ChannelKind = z.enum(['practice', 'whatsapp']);
export type ChannelKind = z.infer<typeof ChannelKind>;

/** What triage decided for a customer message. */
export const Route = z.enum(['answer', 'handoff', 'optout']);
export type Route = z.infer<typeof Route>;

/** A source id: `faq:<id>`, `product:<sku>`, or `fact:<id>` (an approved fact about this customer). */
export const SourceId = z.string().regex(/^(faq|product|fact):.+$/);

/** A cited source, resolved to something a person can read on the review card. */
export const SourceRef = z.object({
  id: SourceId,
  kind: z.enum(['faq', 'product', 'fact']),
  title: z.string(),
  snippet: z.string(),
  policy: z.boolean(),
  score: z.number(),
});
export type SourceRef = z.infer<typeof SourceRef>;

/**
 * One option combination of a product whose price or stock differs (size L costs more): its own
 * SKU, the option values that pick it (`{size: 'L'}`), its price and stock.
 */
export const ProductVariant = z.object({
  sku: z.string().min(1),
  options: z.record(z.string(), z.string()),
  price: z.string().regex(/^\d+(\.\d+)?$/),
  stock: z.number().int().nullable(),
});
export type ProductVariant = z.infer<typeof ProductVariant>;

/** A product's name and description as the owner wrote them in another language. */
export const ProductTranslation = z.object({ name: z.string(), description: z.string() });
export type ProductTranslation = z.infer<typeof ProductTranslation>;

/** An FAQ entry's question and answer as the owner wrote them in another language. */
export const FaqTranslation = z.object({ question: z.string(), answer: z.string() });
export type FaqTranslation = z.infer<typeof FaqTranslation>;

/** A stock level: a number, or null when unknown. */
export const Product = z.object({
  sku: z.string().min(1),
  name: z.string().min(1),
  description: z.string(),
  price: z.string().regex(/^\d+(\.\d+)?$/),
  currency: z.string().length(3),
  stock: z.number().int().nullable(),
  options: z.record(z.string(), z.array(z.string())),
  tags: z.array(z.string()),
  active: z.boolean(),
  /** Absent or empty: one price and stock for every option. */
  variants: z.array(ProductVariant).optional(),
  /** By language code (`es`); absent: the product is written in one language only. */
  translations: z.partialRecord(Language, ProductTranslation).optional(),
});
export type Product = z.infer<typeof Product>;

export const FaqKind = z.enum(['policy', 'info']);
export type FaqKind = z.infer<typeof FaqKind>;

export const FaqEntry = z.object({
  id: z.string().min(1),
  question: z.string().min(1),
  answer: z.string().min(1),
  kind: FaqKind,
  alternatives: z.array(z.string()),
  /** By language code (`es`): the owner's own translation, quoted to customers writing in it. */
  translations: z.partialRecord(Language, FaqTranslation).optional(),
});
export type FaqEntry = z.infer<typeof FaqEntry>;

export const BusinessProfile = z.object({
  name: z.string(),
  about: z.string(),
  currency: z.string(),
  languages: z.array(z.string()),
  timezone: z.string(),
  hours: z.string(),
  location: z.string(),
  tone: z.string(),
});
export type BusinessProfile = z.infer<typeof BusinessProfile>;

export const KnowledgeSummary = z.object({
  profile: BusinessProfile.nullable(),
  products: z.number().int(),
  faqs: z.number().int(),
});
export type KnowledgeSummary = z.infer<typeof KnowledgeSummary>;

export const MessageDirection = z.enum(['in', 'out']);

/** Delivery state of an outbound message; inbound messages are always `received`. */
export const MessageStatus = z.enum(['received', 'queued', 'sent', 'delivered', 'read', 'failed']);

/** What a non-text message carried; its text is then a placeholder (plus any caption). */
export const MediaKind = z.enum([
  'photo',
  'video',
  'gif',
  'video_note',
  'voice',
  'audio',
  'document',
  'sticker',
  'location',
  'live_location',
  'contact',
  'contacts',
  'poll',
  'product',
  'order',
]);
export type MediaKind = z.infer<typeof MediaKind>;

export const Message = z.object({
  id: z.number().int(),
  conversationId: z.number().int(),
  direction: MessageDirection,
  text: z.string(),
  at: z.number(),
  status: MessageStatus,
  author: z.string(),
  /** The customer's reaction emoji on this message (WhatsApp), if any. */
  reaction: z.string().nullable(),
  /** When the sender edited it; `text` is the edited text. */
  editedAt: z.number().nullable(),
  /** When the sender deleted it for everyone; the content is gone. */
  deletedAt: z.number().nullable(),
  media: MediaKind.nullable(),
});
export type Message = z.infer<typeof Message>;

export const ConversationState = z.enum(['assistant', 'needs_person', 'paused']);
export type ConversationState = z.infer<typeof ConversationState>;

/** The ad (click-to-chat) the customer came from, as WhatsApp reported it. */
export const AdReferral = z.object({
  source: z.string().nullable(),
  app: z.string().nullable(),
  title: z.string().nullable(),
  body: z.string().nullable(),
  url: z.string().nullable(),
  sourceId: z.string().nullable(),
  sourceType: z.string().nullable(),
  ctwaClid: z.string().nullable(),
});
export type AdReferral = z.infer<typeof AdReferral>;

export const Conversation = z.object({
  id: z.number().int(),
  channel: ChannelKind,
  customerName: z.string(),
  language: Language,
  state: ConversationState,
  lastMessageAt: z.number(),
  lastMessageText: z.string(),
  /** The ad that started the conversation, if one did. */
  referral: AdReferral.nullable(),
});
export type Conversation = z.infer<typeof Conversation>;

/** Why a queue item waits for a person; each is shown on the review card. */
export const ReviewReason = z.object({
  code: z.enum([
    'approval_required',
    'no_knowledge',
    'asked_for_person',
    'policy_quoted',
    'optout',
    'waiting_for_person',
    'complaint',
    'refund_or_return',
    'legal_threat',
    'order_status',
    'injection',
    'backlog',
    'unsupported_amount',
    'unsupported_policy',
    'unknown_source',
    'private_data',
    'prompt_leak',
    'unknown_link',
    'wrong_language',
    'too_long',
    'model_error',
    'part_not_answered',
    'callback',
  ]),
  /** The sentence in English, for logs, the audit trail, the CLI and rows stored before `params`. */
  message: z.string(),
  /**
   * The values the card's translated sentence (`queue.reasonDetail.<code>`) needs: figures,
   * verbatim words, language codes, never English prose. `context` picks a variant of the
   * sentence and `count` its plural; `quote` (with `via`) is the customer's or the model's own
   * words, shown after it. Optional: drafts stored before it existed carry only `message`.
   */
  params: ReasonParams.optional(),
  /** A blocking reason stops the draft from going out until a person edits it. */
  blocking: z.boolean().optional(),
});
export type ReviewReason = z.infer<typeof ReviewReason>;

export const DraftStatus = z.enum(['pending', 'approved', 'rejected', 'sent', 'resolved']);
export type DraftStatus = z.infer<typeof DraftStatus>;

/** One item of the review queue: a customer message and what the assistant proposes. */
export const QueueItem = z.object({
  draftId: z.number().int(),
  conversationId: z.number().int(),
  channel: ChannelKind,
  customerName: z.string(),
  language: Language,
  /** The customer's text as stored: for media, a placeholder such as `[Photo]` and any caption. */
  customerMessage: z.string(),
  /** What the customer's message carried when it was not plain text. */
  customerMedia: MediaKind.nullable(),
  /** When the customer edited the message; `customerMessage` is the edited text. */
  customerEditedAt: z.number().nullable(),
  receivedAt: z.number(),
  route: Route,
  draft: z.string(),
  sources: z.array(SourceRef),
  reasons: z.array(ReviewReason),
  status: DraftStatus,
  /** Which drafter wrote it: `offline`, `model:<name>`, or `none`. */
  drafter: z.string(),
  /** Tokens and estimated cost when a model drafted it. */
  cost: z
    .object({ promptTokens: z.number().int(), completionTokens: z.number().int(), usd: z.number().nullable() })
    .nullable(),
});
export type QueueItem = z.infer<typeof QueueItem>;

export const AuditEntry = z.object({
  id: z.number().int(),
  at: z.number(),
  actor: z.string(),
  action: z.string(),
  subject: z.string(),
  detail: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

/** When notifications stay silent, "HH:MM" 24-hour in the shop's time zone; from > to spans midnight. */
export const QuietHours = z
  .object({ from: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/), to: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/) })
  .strict();
export type QuietHours = z.infer<typeof QuietHours>;

/** The app's own UI languages (i18next codes; Brazilian Portuguese is `pt-BR`). */
export const UI_LANGUAGES = ['en', 'es', 'pt-BR', 'id', 'vi', 'hi'] as const;
/** One of the app's UI languages. */
export const UiLanguage = z.enum(UI_LANGUAGES);
export type UiLanguage = z.infer<typeof UiLanguage>;

export const Settings = z.object({
  operatorName: z.string().min(1).max(60),
  /** Unset until the owner picks one: the UI then follows the browser's (or the OS's) language. */
  uiLanguage: UiLanguage.optional(),
  /** Light or dark theme; unset (or `auto`) follows the system's. */
  colorScheme: z.enum(['auto', 'light', 'dark']).optional(),
  /** How many daily backups to keep in `<data>/backups/`; unset means the default (7). */
  backupsKept: z.number().int().min(1).max(365).optional(),
  /** Which releases the desktop app installs; unset means stable. */
  updateChannel: z.enum(['stable', 'beta']).optional(),
  /**
   * What offline drafts say about stock: the exact count, only "in stock", "low stock" at or
   * below `lowStockThreshold`, or nothing. Unset means "in stock" (many shops keep counts private).
   */
  stockDisplay: z.enum(['exact', 'in_stock', 'low_stock', 'hidden']).optional(),
  /** Units at or below which `low_stock` says the product is running low; unset means 3. */
  lowStockThreshold: z.number().int().min(1).max(1000).optional(),
  /** Notifications stay silent in these hours; null or unset: never quiet. */
  quietHours: QuietHours.nullable().optional(),
  /** With a model, the assistant proposes customer facts in the background; unset means on. */
  autoProposeFacts: z.boolean().optional(),
});
export type Settings = z.infer<typeof Settings>;

/**
 * How the desktop app's secrets are protected at rest: the OS keychain, a weak fallback (Linux
 * without a keyring: a key built into Chromium), or not at all (secrets cannot be saved).
 */
export const SecretStorage = z.enum(['os', 'weak', 'unavailable']);
export type SecretStorage = z.infer<typeof SecretStorage>;

export const AppInfo = z.object({
  version: z.string(),
  shell: z.enum(['electron', 'browser']),
  dataDir: z.string(),
  /** Desktop only (the headless shell keeps its secrets in a 0600 file, as documented). */
  secretStorage: SecretStorage.optional(),
  /** How long "Sent · Undo" can take a reply back before it leaves (ms). */
  undoSendMs: z.number().int().nonnegative(),
});
export type AppInfo = z.infer<typeof AppInfo>;
