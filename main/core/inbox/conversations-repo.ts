/**
 * Customers, conversations and messages.
 */
import type { AdReferral, ChannelKind, Conversation, ConversationState, Language, MediaKind, Message } from '../../contract/schemas';
import type { Database } from '../storage/database';

type ConversationRow = {
  id: number;
  channel: ChannelKind;
  customer_name: string;
  language: Language;
  state: ConversationState;
  last_message_at: number;
  last_message_text: string | null;
  referral: string | null;
};

const CONVERSATION_SELECT = `
  SELECT c.id, c.channel, cu.name AS customer_name, cu.language, c.state, c.last_message_at, c.referral,
    (SELECT text FROM messages m WHERE m.conversation_id = c.id ORDER BY m.at DESC, m.id DESC LIMIT 1) AS last_message_text
  FROM conversations c JOIN customers cu ON cu.id = c.customer_id`;

/** Reads and writes conversations and their messages. */
export class ConversationsRepo {
  constructor(private readonly db: Database) {}

  /** Finds or creates the customer and their conversation (one per customer and channel). */
  ensureConversation(args: {
    channel: ChannelKind;
    externalId: string;
    name: string;
    language: Language;
    at: number;
    /** Who wrote first when the conversation is new (default the customer). */
    startedBy?: 'customer' | 'shop';
  }): number {
    // Insert, then a plain UPDATE — never an upsert's DO UPDATE: SQLite lets the outer statement's
    // conflict policy override the name-index trigger's INSERT OR IGNORE, so renaming a customer
    // still queued in customer_names_dirty (say a LID chat re-keyed to its phone number, writing
    // under another name) failed on that table's UNIQUE key.
    this.db
      .prepare(
        `INSERT INTO customers (channel, external_id, name, language, created_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (channel, external_id) DO NOTHING`,
      )
      .run(args.channel, args.externalId, args.name, args.language, args.at);
    const customer = this.db
      .prepare('SELECT id FROM customers WHERE channel = ? AND external_id = ?')
      .get(args.channel, args.externalId) as { id: number };
    this.db
      .prepare('UPDATE customers SET name = ?, language = ? WHERE id = ? AND (name IS NOT ? OR language IS NOT ?)')
      .run(args.name, args.language, customer.id, args.name, args.language);
    this.db
      .prepare(
        `INSERT INTO conversations (customer_id, channel, started_by, created_at, last_message_at)
         VALUES (?, ?, ?, ?, ?) ON CONFLICT (customer_id) DO NOTHING`,
      )
      .run(customer.id, args.channel, args.startedBy ?? 'customer', args.at, args.at);
    return (this.db.prepare('SELECT id FROM conversations WHERE customer_id = ?').get(customer.id) as { id: number }).id;
  }

  /** Inserts a message unless (conversation, external id) exists; returns its id or null. */
  insertMessage(args: {
    conversationId: number;
    externalId: string;
    direction: 'in' | 'out';
    author: string;
    text: string;
    status: Message['status'];
    at: number;
    media?: MediaKind | null;
  }): number | null {
    // Customer messages carry the channel's (server) time, the shop's replies this computer's
    // clock. A reply must never sort above the message it answers because the clock is behind,
    // so an outbound message is stamped no earlier than the conversation's latest message.
    const at =
      args.direction === 'out'
        ? Math.max(args.at, (this.db.prepare('SELECT MAX(at) AS at FROM messages WHERE conversation_id = ?').get(args.conversationId) as { at: number | null }).at ?? 0)
        : args.at;
    const result = this.db
      .prepare(
        `INSERT INTO messages (conversation_id, external_id, direction, author, text, status, at, media)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (conversation_id, external_id) DO NOTHING`,
      )
      .run(args.conversationId, args.externalId, args.direction, args.author, args.text, args.status, at, args.media ?? null);
    if (result.changes === 0) return null;
    this.db
      .prepare('UPDATE conversations SET last_message_at = MAX(last_message_at, ?) WHERE id = ?')
      .run(at, args.conversationId);
    return Number(result.lastInsertRowid);
  }

  setMessageStatus(messageId: number, status: Message['status']): void {
    this.db.prepare('UPDATE messages SET status = ? WHERE id = ?').run(status, messageId);
  }

  setState(conversationId: number, state: ConversationState): void {
    this.db.prepare('UPDATE conversations SET state = ? WHERE id = ?').run(state, conversationId);
  }

  get(conversationId: number): Conversation | null {
    const row = this.db.prepare(`${CONVERSATION_SELECT} WHERE c.id = ?`).get(conversationId) as ConversationRow | undefined;
    return row ? toConversation(row) : null;
  }

  list(channel: ChannelKind | 'all'): Conversation[] {
    const where = channel === 'all' ? '' : 'WHERE c.channel = ?';
    const rows = this.db
      .prepare(`${CONVERSATION_SELECT} ${where} ORDER BY c.last_message_at DESC LIMIT 500`)
      .all(...(channel === 'all' ? [] : [channel])) as ConversationRow[];
    return rows.map(toConversation);
  }

  messages(conversationId: number): Message[] {
    const rows = this.db
      .prepare(
        `SELECT id, conversation_id AS conversationId, direction, text, at, status, author, reaction,
           edited_at AS editedAt, deleted_at AS deletedAt, media
         FROM messages WHERE conversation_id = ? ORDER BY at, id`,
      )
      .all(conversationId) as Message[];
    return rows.map((r) => ({ ...r }));
  }

  /**
   * One page of a chat, by keyset: the `limit` messages just before `before` (or the newest when
   * absent), returned oldest first. The order (at, id) is total, so pages neither repeat nor skip
   * messages that share a timestamp; `messages_by_conversation (conversation_id, at)` carries the
   * rowid, so the walk is one index range however long the chat is.
   */
  messagePage(conversationId: number, before: { at: number; id: number } | null, limit: number): { messages: Message[]; older: { at: number; id: number } | null } {
    const keyset = before ? 'AND (at < ? OR (at = ? AND id < ?))' : '';
    const rows = this.db
      .prepare(
        `SELECT id, conversation_id AS conversationId, direction, text, at, status, author, reaction,
           edited_at AS editedAt, deleted_at AS deletedAt, media
         FROM messages WHERE conversation_id = ? ${keyset} ORDER BY at DESC, id DESC LIMIT ?`,
      )
      .all(conversationId, ...(before ? [before.at, before.at, before.id] : []), limit + 1) as Message[];
    const hasOlder = rows.length > limit;
    const page = rows.slice(0, limit).reverse().map((r) => ({ ...r }));
    const oldest = page[0];
    return { messages: page, older: hasOlder && oldest ? { at: oldest.at, id: oldest.id } : null };
  }

  /** The last turns before a message, oldest first, for drafting context. */
  history(conversationId: number, beforeMessageId: number, turns: number): Array<{ from: 'customer' | 'shop'; text: string }> {
    const rows = this.db
      .prepare('SELECT direction, text FROM messages WHERE conversation_id = ? AND id < ? ORDER BY at DESC, id DESC LIMIT ?')
      .all(conversationId, beforeMessageId, turns) as Array<{ direction: 'in' | 'out'; text: string }>;
    return rows.reverse().map((r) => ({ from: r.direction === 'in' ? 'customer' : 'shop', text: r.text }));
  }

  // --- Channel changes to stored conversations and messages (WhatsApp) ---

  /** The conversation of a customer on a channel, if any. */
  findConversation(channel: ChannelKind, externalId: string): number | null {
    const row = this.db
      .prepare('SELECT c.id FROM conversations c JOIN customers cu ON cu.id = c.customer_id WHERE cu.channel = ? AND cu.external_id = ?')
      .get(channel, externalId) as { id: number } | undefined;
    return row?.id ?? null;
  }

  /** The message with a channel id in a conversation, if stored. */
  findMessage(conversationId: number, externalId: string): { id: number; direction: 'in' | 'out' } | null {
    const row = this.db
      .prepare('SELECT id, direction FROM messages WHERE conversation_id = ? AND external_id = ?')
      .get(conversationId, externalId) as { id: number; direction: 'in' | 'out' } | undefined;
    return row ?? null;
  }

  /** Who started the conversation and whether the customer has written in it. */
  origin(conversationId: number): { startedBy: 'customer' | 'shop'; customerWrote: boolean } | null {
    const row = this.db
      .prepare(
        `SELECT started_by AS startedBy,
           EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = c.id AND m.direction = 'in') AS customerWrote
         FROM conversations c WHERE c.id = ?`,
      )
      .get(conversationId) as { startedBy: 'customer' | 'shop'; customerWrote: number } | undefined;
    return row ? { startedBy: row.startedBy, customerWrote: row.customerWrote === 1 } : null;
  }

  /** Sets (or with '' removes) the reaction on a stored message. */
  setReaction(messageId: number, emoji: string): void {
    this.db.prepare('UPDATE messages SET reaction = ? WHERE id = ?').run(emoji || null, messageId);
  }

  /** Replaces a message's text after the sender edited it. */
  applyEdit(messageId: number, text: string, at: number): void {
    this.db.prepare('UPDATE messages SET text = ?, edited_at = ? WHERE id = ? AND deleted_at IS NULL').run(text, at, messageId);
  }

  /** The sender deleted the message for everyone: its content is dropped, the row stays. */
  applyDeletion(messageId: number, at: number): void {
    this.db.prepare("UPDATE messages SET text = '[Message deleted]', reaction = NULL, media = NULL, deleted_at = ? WHERE id = ?").run(at, messageId);
  }

  /** Moves an outbound message's delivery status forward (never back: read stays read). */
  advanceOutboundStatus(messageId: number, status: 'sent' | 'delivered' | 'read' | 'failed'): boolean {
    const rank = "CASE status WHEN 'queued' THEN 0 WHEN 'sent' THEN 1 WHEN 'delivered' THEN 2 WHEN 'read' THEN 3 ELSE 4 END";
    const next = { sent: 1, delivered: 2, read: 3, failed: 4 }[status];
    const result = this.db
      .prepare(`UPDATE messages SET status = ? WHERE id = ? AND direction = 'out' AND status <> 'failed' AND ${rank} < ?`)
      .run(status, messageId, next);
    return result.changes === 1;
  }

  /** Stores the ad (click-to-chat referral) that started a conversation, as JSON. */
  setReferral(conversationId: number, referral: AdReferral): void {
    this.db.prepare('UPDATE conversations SET referral = ? WHERE id = ?').run(JSON.stringify(referral), conversationId);
  }

  referral(conversationId: number): AdReferral | null {
    const row = this.db.prepare('SELECT referral FROM conversations WHERE id = ?').get(conversationId) as { referral: string | null } | undefined;
    return row?.referral ? (JSON.parse(row.referral) as AdReferral) : null;
  }

  /**
   * Re-keys a customer (e.g. a WhatsApp LID once its phone number is known). When the new key
   * already has a conversation the two are merged into it; returns the surviving conversation.
   * Call inside a transaction.
   */
  rekeyCustomer(channel: ChannelKind, fromExternalId: string, toExternalId: string): number | null {
    const from = this.findConversation(channel, fromExternalId);
    if (from === null || fromExternalId === toExternalId) return from;
    const into = this.findConversation(channel, toExternalId);
    if (into === null) {
      this.db.prepare('UPDATE customers SET external_id = ? WHERE channel = ? AND external_id = ?').run(toExternalId, channel, fromExternalId);
      return from;
    }
    // Both exist: move everything to the phone-keyed conversation. A message stored under both
    // keys keeps both rows, the moved one renamed so (conversation, external id) stays unique.
    // Both chats' first-response turns are rebuilt once, when the hold goes (migration 22).
    this.db.prepare('INSERT OR IGNORE INTO response_turns_hold (conversation_id) VALUES (?), (?)').run(from, into);
    this.db
      .prepare(
        `UPDATE messages SET external_id = external_id || '~' || id
         WHERE conversation_id = ? AND external_id IN (SELECT external_id FROM messages WHERE conversation_id = ?)`,
      )
      .run(from, into);
    for (const table of ['messages', 'drafts', 'outbox']) {
      this.db.prepare(`UPDATE ${table} SET conversation_id = ? WHERE conversation_id = ?`).run(into, from);
    }
    this.db.prepare('DELETE FROM response_turns_hold WHERE conversation_id IN (?, ?)').run(from, into);
    // A warm callback follows the customer: one per conversation, ever, merged ones included. When
    // both chats have one, a callback that already wrote (or waits in the queue) wins over one
    // only planned or drafted in the other chat; otherwise the phone-keyed chat's stays.
    const wrote = this.db.prepare("SELECT 1 FROM callbacks WHERE conversation_id = ? AND (sent_at IS NOT NULL OR state = 'drafted')").get(from) !== undefined;
    if (wrote) {
      this.db
        .prepare(
          `UPDATE drafts SET status = 'resolved', decided_by = 'Merged chat' WHERE status = 'pending'
           AND id IN (SELECT draft_id FROM callbacks WHERE conversation_id = ? AND state = 'drafted')`,
        )
        .run(into);
      this.db.prepare("DELETE FROM callbacks WHERE conversation_id = ? AND state IN ('planned', 'drafted')").run(into);
    }
    this.db.prepare('UPDATE OR IGNORE callbacks SET conversation_id = ? WHERE conversation_id = ?').run(into, from);
    const states = this.db.prepare('SELECT id, state, last_message_at, referral FROM conversations WHERE id IN (?, ?)').all(from, into) as Array<{
      id: number;
      state: ConversationState;
      last_message_at: number;
      referral: string | null;
    }>;
    // The more careful state wins: a paused chat or one waiting for a person stays that way.
    const weight = { assistant: 0, needs_person: 1, paused: 2 } as const;
    const state = states.reduce<ConversationState>((a, r) => (weight[r.state] > weight[a] ? r.state : a), 'assistant');
    const last = Math.max(...states.map((r) => r.last_message_at));
    const referral = states.find((r) => r.id === into)?.referral ?? states.find((r) => r.id === from)?.referral ?? null;
    this.db.prepare('UPDATE conversations SET state = ?, last_message_at = ?, referral = ? WHERE id = ?').run(state, last, referral, into);
    // The person's labels follow the customer (the old chat's rows go with it).
    this.db.prepare('INSERT OR IGNORE INTO conversation_labels (conversation_id, label_id) SELECT ?, label_id FROM conversation_labels WHERE conversation_id = ?').run(into, from);
    const customer = this.db.prepare('SELECT customer_id FROM conversations WHERE id = ?').get(from) as { customer_id: number };
    // Test cases the owner copied from the old chat follow the customer too (forget finds them there).
    this.db
      .prepare('UPDATE suite_cases SET customer_id = (SELECT customer_id FROM conversations WHERE id = ?) WHERE customer_id = ?')
      .run(into, customer.customer_id);
    this.db.prepare('DELETE FROM conversations WHERE id = ?').run(from);
    this.db.prepare('DELETE FROM customers WHERE id = ?').run(customer.customer_id);
    return into;
  }
}

function toConversation(row: ConversationRow): Conversation {
  return {
    id: row.id,
    channel: row.channel,
    customerName: row.customer_name,
    language: row.language,
    state: row.state,
    lastMessageAt: row.last_message_at,
    lastMessageText: row.last_message_text ?? '',
    referral: row.referral ? (JSON.parse(row.referral) as AdReferral) : null,
  };
}
