/**
 * Transactional outbox: a reply is written (message row + outbox row) in the same transaction
 * as the approval, then delivered by a single worker. A crash after approval loses nothing;
 * each approval has exactly one outbox row (UNIQUE draft_id), so it is never queued twice.
 */
import { randomBytes } from 'node:crypto';
import type { ChannelKind } from '../../contract/schemas';
import type { AuditLog } from '../audit/audit-log';
import type { ChannelAdapter } from '../channels/channel-adapter';
import type { ConversationsRepo } from '../inbox/conversations-repo';
import type { EventBus } from '../platform/events';
import type { Clock, Logger } from '../platform/ports';
import type { DraftsRepo } from '../review/drafts-repo';
import { transaction, type Database } from '../storage/database';

type OutboxRow = {
  id: number;
  conversation_id: number;
  draft_id: number | null;
  message_id: number;
  send_id: string;
  text: string;
  author: string;
  channel: ChannelKind;
};

export type OutboxDeps = {
  db: Database;
  clock: Clock;
  logger: Logger;
  audit: AuditLog;
  conversations: ConversationsRepo;
  drafts: DraftsRepo;
  bus: EventBus;
  adapters: ReadonlyMap<ChannelKind, ChannelAdapter>;
};

/** A WhatsApp-style message id: upper-case hex, generated before sending and stored. */
export function newSendId(): string {
  return `3EB0${randomBytes(8).toString('hex').toUpperCase()}`;
}

/** Queues and delivers outbound replies. */
export class Outbox {
  private draining: Promise<void> | null = null;
  private again = false;

  constructor(private readonly deps: OutboxDeps) {}

  /** Writes the reply to send; call inside the caller's transaction. */
  enqueue(args: { conversationId: number; draftId: number | null; text: string; author: string }): { messageId: number; sendId: string; outboxId: number } {
    const { db, clock, conversations } = this.deps;
    const sendId = newSendId();
    const at = clock.now();
    const messageId = conversations.insertMessage({
      conversationId: args.conversationId,
      externalId: sendId,
      direction: 'out',
      author: args.author,
      text: args.text,
      status: 'queued',
      at,
    });
    if (messageId === null) throw new Error('send id collision');
    const row = db
      .prepare(
        `INSERT INTO outbox (conversation_id, draft_id, message_id, send_id, text, author, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(args.conversationId, args.draftId, messageId, sendId, args.text, args.author, at);
    return { messageId, sendId, outboxId: Number(row.lastInsertRowid) };
  }

  /**
   * Takes back a reply still pending (call inside the caller's transaction): it fails with
   * `error` and lets go of its draft, so a person can approve that draft again. A reply being
   * handed to its channel right now is stopped by the channel's `stillWanted` check.
   */
  cancel(outboxId: number, error: string): boolean {
    const result = this.deps.db.prepare("UPDATE outbox SET status = 'failed', error = ?, draft_id = NULL WHERE id = ? AND status = 'pending'").run(error, outboxId);
    return result.changes === 1;
  }

  /** Starts (or re-runs) delivery of everything pending; resolves when the queue is empty. */
  kick(): Promise<void> {
    if (this.draining) {
      this.again = true;
      return this.draining;
    }
    this.draining = this.drain().finally(() => {
      this.draining = null;
    });
    return this.draining;
  }

  /** True while a reply waits to be delivered or is being handed to its channel (updates wait for it). */
  sending(): boolean {
    return this.draining !== null || this.pendingCount() > 0;
  }

  pendingCount(): number {
    return (this.deps.db.prepare("SELECT COUNT(*) AS n FROM outbox WHERE status = 'pending'").get() as { n: number }).n;
  }

  private async drain(): Promise<void> {
    do {
      this.again = false;
      for (;;) {
        const row = this.nextPending();
        if (!row) break;
        await this.deliver(row);
      }
    } while (this.again);
  }

  private isPending(outboxId: number): boolean {
    return this.deps.db.prepare("SELECT 1 FROM outbox WHERE id = ? AND status = 'pending'").get(outboxId) !== undefined;
  }

  private nextPending(): OutboxRow | undefined {
    return this.deps.db
      .prepare(
        `SELECT o.id, o.conversation_id, o.draft_id, o.message_id, o.send_id, o.text, o.author, c.channel
         FROM outbox o JOIN conversations c ON c.id = o.conversation_id
         WHERE o.status = 'pending' ORDER BY o.id LIMIT 1`,
      )
      .get() as OutboxRow | undefined;
  }

  private async deliver(row: OutboxRow): Promise<void> {
    const { db, clock, logger, audit, conversations, drafts, bus, adapters } = this.deps;
    const adapter = adapters.get(row.channel);
    const result = adapter
      ? await adapter.send({ conversationId: row.conversation_id, sendId: row.send_id, text: row.text, stillWanted: () => this.isPending(row.id) }).catch(
          (error: unknown) => ({ ok: false as const, error: (error as Error).message }),
        )
      : { ok: false as const, error: `no ${row.channel} connection` };
    transaction(db, () => {
      // Cancelled while its channel waited (the kill switch): the canceller recorded everything.
      if (!this.isPending(row.id)) return;
      if (result.ok) {
        db.prepare("UPDATE outbox SET status = 'sent', sent_at = ? WHERE id = ?").run(clock.now(), row.id);
        conversations.setMessageStatus(row.message_id, 'sent');
        if (row.draft_id !== null) drafts.setStatus(row.draft_id, 'sent');
        audit.record('assistant', 'message.sent', `conversation:${row.conversation_id}`, { sendId: row.send_id, draftId: row.draft_id });
      } else {
        // Never retried blindly: a failed send is surfaced and waits for a person.
        db.prepare("UPDATE outbox SET status = 'failed', error = ? WHERE id = ?").run(result.error, row.id);
        conversations.setMessageStatus(row.message_id, 'failed');
        audit.record('assistant', 'message.failed', `conversation:${row.conversation_id}`, { sendId: row.send_id, error: result.error });
      }
    });
    if (!result.ok) logger.warn({ sendId: row.send_id, error: result.error }, 'send failed');
    bus.emit('conversationChanged', { conversationId: row.conversation_id });
  }
}
