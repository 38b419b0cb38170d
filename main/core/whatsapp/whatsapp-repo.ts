/**
 * WhatsApp's own rows: where each conversation is answered (`wa_chats`), which send ids were
 * handed to WhatsApp (`wa_sends`), and the lookups the socket needs from the shared tables.
 */
import { IS_BACKLOG_DRAFT } from '../inbox/backlog-triage';
import type { Database } from '../storage/database';

/** Where a conversation is answered on WhatsApp. */
export type ChatRow = { conversationId: number; replyJid: string; pnJid: string | null; lidJid: string | null };

/** Reads and writes WhatsApp rows. */
export class WhatsAppRepo {
  constructor(private readonly db: Database) {}

  /** Remembers the address a message arrived from; later replies go there. */
  upsertChat(chat: ChatRow, at: number): void {
    this.db
      .prepare(
        `INSERT INTO wa_chats (conversation_id, reply_jid, pn_jid, lid_jid, updated_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (conversation_id) DO UPDATE SET reply_jid = excluded.reply_jid,
           pn_jid = COALESCE(excluded.pn_jid, pn_jid), lid_jid = COALESCE(excluded.lid_jid, lid_jid), updated_at = excluded.updated_at`,
      )
      .run(chat.conversationId, chat.replyJid, chat.pnJid, chat.lidJid, at);
  }

  chat(conversationId: number): ChatRow | null {
    const row = this.db
      .prepare('SELECT conversation_id AS conversationId, reply_jid AS replyJid, pn_jid AS pnJid, lid_jid AS lidJid FROM wa_chats WHERE conversation_id = ?')
      .get(conversationId) as ChatRow | undefined;
    return row ? { ...row } : null;
  }

  /** Drops a chat row before its conversation is merged into another (the survivor keeps its own). */
  dropChat(conversationId: number): ChatRow | null {
    const row = this.chat(conversationId);
    this.db.prepare('DELETE FROM wa_chats WHERE conversation_id = ?').run(conversationId);
    return row;
  }

  /** Records that a send id is about to go out; false if it was already attempted once. */
  markAttempt(sendId: string, jid: string, at: number): boolean {
    const result = this.db.prepare('INSERT INTO wa_sends (send_id, jid, attempted_at) VALUES (?, ?, ?) ON CONFLICT (send_id) DO NOTHING').run(sendId, jid, at);
    return result.changes === 1;
  }

  /** Send attempts after a time, oldest first: the rate limiter's memory, kept across restarts. */
  sendsSince(after: number): Array<{ jid: string; at: number }> {
    const rows = this.db
      .prepare('SELECT jid, attempted_at AS at FROM wa_sends WHERE attempted_at > ? ORDER BY attempted_at, rowid')
      .all(after) as Array<{ jid: string; at: number }>;
    return rows.map((r) => ({ ...r }));
  }

  attempted(sendId: string): boolean {
    return this.db.prepare('SELECT 1 FROM wa_sends WHERE send_id = ?').get(sendId) !== undefined;
  }

  recordSendError(sendId: string, error: string): void {
    this.db.prepare('UPDATE wa_sends SET error = ? WHERE send_id = ?').run(error, sendId);
  }

  /** Whether a message id is one this app sent (its outbox holds every send id before sending). */
  isOwnSend(messageId: string): boolean {
    return (
      this.db.prepare('SELECT 1 FROM outbox WHERE send_id = ?').get(messageId) !== undefined ||
      this.db.prepare('SELECT 1 FROM wa_sends WHERE send_id = ?').get(messageId) !== undefined
    );
  }

  /** An outbound WhatsApp message by its WhatsApp id (the send id). */
  outboundMessage(externalId: string): { id: number; conversationId: number; text: string } | null {
    const row = this.db
      .prepare(
        `SELECT m.id, m.conversation_id AS conversationId, m.text FROM messages m JOIN conversations c ON c.id = m.conversation_id
         WHERE m.external_id = ? AND m.direction = 'out' AND c.channel = 'whatsapp' LIMIT 1`,
      )
      .get(externalId) as { id: number; conversationId: number; text: string } | undefined;
    return row ? { ...row } : null;
  }

  /** A failure reported after sending (e.g. 463) is written to the outbox row as well. */
  markOutboxFailed(sendId: string, error: string): void {
    this.db.prepare("UPDATE outbox SET status = 'failed', error = ? WHERE send_id = ?").run(error, sendId);
  }

  /** Drafts still waiting that came from the offline backlog. */
  backlogPending(): number {
    const row = this.db
      .prepare(
        `SELECT COUNT(*) AS n FROM drafts d JOIN conversations c ON c.id = d.conversation_id
         WHERE d.status = 'pending' AND c.channel = 'whatsapp'
           AND ${IS_BACKLOG_DRAFT}`,
      )
      .get() as { n: number };
    return row.n;
  }
}
