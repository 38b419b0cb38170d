/**
 * Transactional outbox: a reply is written (message row + outbox row) in the same transaction
 * as the approval, then delivered by a single worker. A crash after approval loses nothing;
 * each approval has exactly one outbox row (UNIQUE draft_id), so it is never queued twice.
 *
 * A person's send waits `undoMs` (its `send_after`) before the worker hands it to the channel,
 * so "Sent · Undo" can take it back (`cancel`); once handed over it is refused. The wait is on
 * the injected timers, and a restart delivers what is due at once.
 */
import { randomBytes } from 'node:crypto';
import type { ChannelKind } from '../../contract/schemas';
import type { AuditLog } from '../audit/audit-log';
import type { ChannelAdapter } from '../channels/channel-adapter';
import type { ConversationsRepo } from '../inbox/conversations-repo';
import type { EventBus } from '../platform/events';
import { AppError } from '../platform/errors';
import type { Clock, Logger, Timers } from '../platform/ports';
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
  timers: Timers;
  /** How long a queued send can be undone before it is handed to its channel (0: at once). */
  undoMs: number;
  /**
   * The last look before a draft's reply is handed to its channel (warm callbacks re-read the
   * window and the product's price and stock): a returned `why` withholds it — its row and message
   * are removed and `record` notes it, in that transaction.
   */
  lastLook?: (draftId: number) => { why: string; record(): void } | null;
};

/** A queued send as `cancel` found and removed it. */
export type CancelledSend = {
  conversationId: number;
  draftId: number | null;
  messageId: number;
  text: string;
  closedDrafts: number[];
  priorState: string | null;
};

/** A WhatsApp-style message id: upper-case hex, generated before sending and stored. */
export function newSendId(): string {
  return `3EB0${randomBytes(8).toString('hex').toUpperCase()}`;
}

/** Queues and delivers outbound replies. */
export class Outbox {
  private draining: Promise<void> | null = null;
  private again = false;
  /** The row being handed to its channel right now: no longer undoable. */
  private delivering: number | null = null;
  /** The conversation of that row (forgetting a customer waits while their reply is in flight). */
  private deliveringChat: number | null = null;
  private wake: { handle: unknown; at: number } | null = null;

  constructor(private readonly deps: OutboxDeps) {}

  /** Writes the reply to send; call inside the caller's transaction. */
  enqueue(args: {
    conversationId: number;
    draftId: number | null;
    text: string;
    author: string;
    /** Drafts this send closed, reopened if it is undone. */
    closedDrafts?: number[];
    /** The chat's state before this send changed it, restored if it is undone. */
    priorState?: string | null;
  }): { messageId: number; sendId: string; sendAfter: number; outboxId: number } {
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
    const sendAfter = at + this.deps.undoMs;
    const row = db.prepare(
      `INSERT INTO outbox (conversation_id, draft_id, message_id, send_id, text, author, created_at, send_after, closed_drafts, prior_state)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(args.conversationId, args.draftId, messageId, sendId, args.text, args.author, at, sendAfter, JSON.stringify(args.closedDrafts ?? []), args.priorState ?? null);
    return { messageId, sendId, sendAfter, outboxId: Number(row.lastInsertRowid) };
  }

  /**
   * Withdraws a reply still pending (call inside the caller's transaction; the kill switch): it
   * fails with `error` and lets go of its draft, so a person can approve that draft again. A reply
   * being handed to its channel right now is stopped by the channel's `stillWanted` check.
   */
  withdraw(outboxId: number, error: string): boolean {
    const result = this.deps.db.prepare("UPDATE outbox SET status = 'failed', error = ?, draft_id = NULL WHERE id = ? AND status = 'pending'").run(error, outboxId);
    return result.changes === 1;
  }

  /**
   * Takes a queued send back before it is handed to its channel: its outbox row and message are
   * deleted (call inside the caller's transaction, which restores what the send changed).
   * `not_found` when there is no such send, `conflict` when it already left.
   */
  cancel(target: { draftId: number } | { messageId: number }): CancelledSend {
    const { db } = this.deps;
    const row = db
      .prepare(
        `SELECT id, conversation_id, draft_id, message_id, text, status, closed_drafts, prior_state FROM outbox
         WHERE ${'draftId' in target ? 'draft_id' : 'message_id'} = ?`,
      )
      .get('draftId' in target ? target.draftId : target.messageId) as
      | { id: number; conversation_id: number; draft_id: number | null; message_id: number; text: string; status: string; closed_drafts: string; prior_state: string | null }
      | undefined;
    if (!row) throw new AppError('not_found', 'There is no queued reply to undo.');
    if (row.status !== 'pending' || this.delivering === row.id) throw new AppError('conflict', 'The reply already left; it can no longer be undone.');
    db.prepare('DELETE FROM outbox WHERE id = ?').run(row.id);
    db.prepare('DELETE FROM messages WHERE id = ?').run(row.message_id);
    return {
      conversationId: row.conversation_id,
      draftId: row.draft_id,
      messageId: row.message_id,
      text: row.text,
      closedDrafts: JSON.parse(row.closed_drafts) as number[],
      priorState: row.prior_state,
    };
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

  /** Stops waiting for sends in their undo window (they are delivered on the next start). */
  close(): void {
    if (this.wake) this.deps.timers.clearTimeout(this.wake.handle);
    this.wake = null;
  }

  /** True while a reply waits to be delivered or is being handed to its channel (updates wait for it). */
  sending(): boolean {
    return this.draining !== null || this.pendingCount() > 0;
  }

  /** Whether a reply of this conversation is being handed to its channel right now. */
  deliveringTo(conversationId: number): boolean {
    return this.deliveringChat === conversationId;
  }

  pendingCount(): number {
    return (this.deps.db.prepare("SELECT COUNT(*) AS n FROM outbox WHERE status = 'pending'").get() as { n: number }).n;
  }

  private async drain(): Promise<void> {
    do {
      this.again = false;
      for (;;) {
        const row = this.nextDue();
        if (!row) break;
        this.delivering = row.id;
        this.deliveringChat = row.conversation_id;
        try {
          await this.deliver(row);
        } finally {
          this.delivering = null;
          this.deliveringChat = null;
        }
      }
    } while (this.again);
    this.scheduleWake();
  }

  private isPending(outboxId: number): boolean {
    return this.deps.db.prepare("SELECT 1 FROM outbox WHERE id = ? AND status = 'pending'").get(outboxId) !== undefined;
  }

  /** The oldest pending send whose undo window has passed. */
  private nextDue(): OutboxRow | undefined {
    return this.deps.db
      .prepare(
        `SELECT o.id, o.conversation_id, o.draft_id, o.message_id, o.send_id, o.text, o.author, c.channel
         FROM outbox o JOIN conversations c ON c.id = o.conversation_id
         WHERE o.status = 'pending' AND o.send_after <= ? ORDER BY o.id LIMIT 1`,
      )
      .get(this.deps.clock.now()) as OutboxRow | undefined;
  }

  /** Sends still in their undo window: wake the worker when the first is due. */
  private scheduleWake(): void {
    const { db, clock, timers } = this.deps;
    const next = (db.prepare("SELECT MIN(send_after) AS at FROM outbox WHERE status = 'pending'").get() as { at: number | null }).at;
    if (next === null) return;
    if (this.wake && this.wake.at <= next) return;
    if (this.wake) timers.clearTimeout(this.wake.handle);
    const handle = timers.setTimeout(() => {
      this.wake = null;
      void this.kick();
    }, Math.max(0, next - clock.now()));
    this.wake = { handle, at: next };
  }

  /** Runs the last look on a draft's reply; true when it was withheld (and removed, audited). */
  private withheld(row: OutboxRow): boolean {
    const { db, audit, bus, lastLook } = this.deps;
    const draftId = row.draft_id;
    const verdict = draftId !== null ? (lastLook?.(draftId) ?? null) : null;
    if (verdict === null) return false;
    transaction(db, () => {
      db.prepare('DELETE FROM outbox WHERE id = ?').run(row.id);
      db.prepare('DELETE FROM messages WHERE id = ?').run(row.message_id);
      verdict.record();
      audit.record('assistant', 'message.withheld', `conversation:${row.conversation_id}`, { sendId: row.send_id, draftId, why: verdict.why });
    });
    bus.emit('conversationChanged', { conversationId: row.conversation_id });
    return true;
  }

  private async deliver(row: OutboxRow): Promise<void> {
    const { db, clock, logger, audit, conversations, drafts, bus, adapters } = this.deps;
    if (this.withheld(row)) return;
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
