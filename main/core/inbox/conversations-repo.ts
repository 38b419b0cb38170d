/**
 * Customers, conversations and messages.
 */
import type { ChannelKind, Conversation, ConversationState, Language, Message } from '../../contract/schemas';
import type { Database } from '../storage/database';

type ConversationRow = {
  id: number;
  channel: ChannelKind;
  customer_name: string;
  language: Language;
  state: ConversationState;
  last_message_at: number;
  last_message_text: string | null;
};

const CONVERSATION_SELECT = `
  SELECT c.id, c.channel, cu.name AS customer_name, cu.language, c.state, c.last_message_at,
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
  }): number {
    this.db
      .prepare(
        `INSERT INTO customers (channel, external_id, name, language, created_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (channel, external_id) DO UPDATE SET name = excluded.name, language = excluded.language`,
      )
      .run(args.channel, args.externalId, args.name, args.language, args.at);
    const customer = this.db
      .prepare('SELECT id FROM customers WHERE channel = ? AND external_id = ?')
      .get(args.channel, args.externalId) as { id: number };
    this.db
      .prepare(
        `INSERT INTO conversations (customer_id, channel, started_by, created_at, last_message_at)
         VALUES (?, ?, 'customer', ?, ?) ON CONFLICT (customer_id) DO NOTHING`,
      )
      .run(customer.id, args.channel, args.at, args.at);
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
  }): number | null {
    const result = this.db
      .prepare(
        `INSERT INTO messages (conversation_id, external_id, direction, author, text, status, at)
         VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (conversation_id, external_id) DO NOTHING`,
      )
      .run(args.conversationId, args.externalId, args.direction, args.author, args.text, args.status, args.at);
    if (result.changes === 0) return null;
    this.db
      .prepare('UPDATE conversations SET last_message_at = MAX(last_message_at, ?) WHERE id = ?')
      .run(args.at, args.conversationId);
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
        `SELECT id, conversation_id AS conversationId, direction, text, at, status, author
         FROM messages WHERE conversation_id = ? ORDER BY at, id`,
      )
      .all(conversationId) as Message[];
    return rows.map((r) => ({ ...r }));
  }

  /** The last turns before a message, oldest first, for drafting context. */
  history(conversationId: number, beforeMessageId: number, turns: number): Array<{ from: 'customer' | 'shop'; text: string }> {
    const rows = this.db
      .prepare('SELECT direction, text FROM messages WHERE conversation_id = ? AND id < ? ORDER BY at DESC, id DESC LIMIT ?')
      .all(conversationId, beforeMessageId, turns) as Array<{ direction: 'in' | 'out'; text: string }>;
    return rows.reverse().map((r) => ({ from: r.direction === 'in' ? 'customer' : 'shop', text: r.text }));
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
  };
}
