/**
 * The console's inbox: one row per conversation with what it needs, paged newest first.
 *
 * Pure zod (the renderer bundles it). The core derives `need` in SQLite (migration 11).
 */
import { z } from 'zod';
import { ChannelKind, ConversationState, Language } from './schemas';

/** What a conversation needs from a person now. */
export const INBOX_NEEDS = ['needs_reply', 'draft_ready', 'handed_off', 'paused', 'snoozed', 'resolved', 'optout'] as const;
export const InboxNeed = z.enum(INBOX_NEEDS);
export type InboxNeed = z.infer<typeof InboxNeed>;

/** The needs that wait for a person: the window title, the badge and notifications count these. */
export const WAITING_NEEDS: readonly InboxNeed[] = ['needs_reply', 'draft_ready', 'handed_off'];

/**
 * A person's status for a chat (migration 14): open; pending (waiting for the customer);
 * resolved; snoozed until a time. A customer message reopens any of them.
 */
export const CONVERSATION_STATUSES = ['open', 'pending', 'resolved', 'snoozed'] as const;
export const ConversationStatus = z.enum(CONVERSATION_STATUSES);
export type ConversationStatus = z.infer<typeof ConversationStatus>;

/** Where the chat came from: a click-to-WhatsApp ad, or not. */
export const InboxSource = z.enum(['ad', 'organic']);
export type InboxSource = z.infer<typeof InboxSource>;

/** Where a page ends: the next page starts strictly after it. */
export const InboxCursor = z.object({ lastAt: z.number(), conversationId: z.number().int().positive() }).strict();
export type InboxCursor = z.infer<typeof InboxCursor>;

export const InboxQuery = z
  .object({
    need: z.union([InboxNeed, z.literal('all')]).default('all'),
    channel: z.enum(['practice', 'whatsapp', 'all']).default('all'),
    source: z.union([InboxSource, z.literal('all')]).default('all'),
    /** Only chats carrying this label. */
    labelId: z.number().int().positive().nullable().default(null),
    /** Words matched (by prefix, accents folded) against customer names and message texts. */
    search: z.string().trim().max(200).default(''),
    /** Only chats the autopilot answered alone at least once (sends not withdrawn). */
    autoSent: z.boolean().default(false),
    /** Only chats assigned to this staff member ("assigned to me" passes the current operator). */
    assigneeId: z.number().int().positive().nullable().default(null),
    after: InboxCursor.nullable().default(null),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .strict();
export type InboxQuery = z.output<typeof InboxQuery>;

/** What a list of chats filters by (a query without its paging; source and label optional). */
export type InboxFilter = Pick<InboxQuery, 'need' | 'channel' | 'search'> & Partial<Pick<InboxQuery, 'source' | 'labelId' | 'autoSent' | 'assigneeId'>>;

/** One conversation as the inbox lists it. */
export const InboxRow = z.object({
  conversationId: z.number().int(),
  channel: ChannelKind,
  customerName: z.string(),
  language: Language,
  state: ConversationState,
  need: InboxNeed,
  lastMessageAt: z.number(),
  lastMessageText: z.string(),
  lastMessageFrom: z.enum(['customer', 'shop', 'none']),
  /** Customer messages since a person last opened the chat. */
  unread: z.number().int(),
  /** The pending draft (answer or handoff), if any. */
  pendingDraftId: z.number().int().nullable(),
  status: ConversationStatus,
  /** When a snoozed chat comes back by itself. */
  snoozedUntil: z.number().nullable(),
  source: InboxSource,
  labelIds: z.array(z.number().int()),
  /** The staff member looking after the chat, if any. */
  assignee: z.object({ id: z.number().int(), name: z.string() }).nullable(),
});
export type InboxRow = z.infer<typeof InboxRow>;

export const InboxPage = z.object({ items: z.array(InboxRow), next: InboxCursor.nullable() });
export type InboxPage = z.infer<typeof InboxPage>;

/** How many conversations need each thing, for the filters and the navbar badge. */
export const InboxCounts = z.object({
  needs: z.record(InboxNeed, z.number().int()),
  /** Conversations waiting for a person: needs reply, draft ready, handed off. */
  waiting: z.number().int(),
  /** Pending drafts (what the old queue listed). */
  pendingDrafts: z.number().int(),
  channels: z.record(z.enum(['practice', 'whatsapp']), z.number().int()),
  sources: z.record(InboxSource, z.number().int()),
});
export type InboxCounts = z.infer<typeof InboxCounts>;
