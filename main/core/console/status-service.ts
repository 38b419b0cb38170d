/**
 * A person's status for a chat (open, pending, resolved, snoozed until a time) and who drives it
 * (take over / resume the assistant). Snoozes wake on the injected timers against the injected
 * clock; a customer message reopens any status in SQLite itself (migration 14's trigger), so no
 * path that stores a message can leave it hidden behind a status.
 */
import type { ConversationStatus, InboxRow } from '../../contract/console-schemas';
import type { Conversation } from '../../contract/schemas';
import type { StatusChange } from '../../contract/states-schemas';
import type { AuditLog } from '../audit/audit-log';
import type { ConversationsRepo } from '../inbox/conversations-repo';
import { AppError, assertNever } from '../platform/errors';
import type { EventBus } from '../platform/events';
import type { Clock, Logger, Timers } from '../platform/ports';
import type { DraftsRepo } from '../review/drafts-repo';
import { transaction, type Database } from '../storage/database';
import type { ConsoleRepo } from './console-repo';

export type StatusDeps = {
  db: Database;
  clock: Clock;
  timers: Timers;
  logger: Logger;
  audit: AuditLog;
  conversations: ConversationsRepo;
  drafts: DraftsRepo;
  inbox: ConsoleRepo;
  bus: EventBus;
};

/** Node timers overflow past ~24.8 days; a far snooze re-checks daily. */
const MAX_WAIT_MS = 24 * 60 * 60 * 1000;

/** Sets statuses, wakes snoozed chats, hands chats between the assistant and a person. */
export class StatusService {
  private timer: unknown = null;
  private closed = false;

  constructor(private readonly deps: StatusDeps) {}

  /** Sets a chat's status; resolving closes its pending drafts (a person handled the turn). */
  set(change: StatusChange, actor: string): InboxRow {
    const { db, clock, audit, conversations, drafts, inbox, bus } = this.deps;
    const { conversationId } = change;
    const now = clock.now();
    let closed: number[] = [];
    transaction(db, () => {
      const conversation = conversations.get(conversationId);
      if (!conversation) throw new AppError('not_found', `No conversation ${conversationId}.`);
      const before = this.status(conversationId);
      let until: number | null = null;
      switch (change.status) {
        case 'snoozed':
          if (change.until <= now) throw new AppError('bad_input', 'A snooze must end in the future.');
          until = change.until;
          break;
        case 'resolved':
          closed = this.closePending(conversationId, actor, now);
          // Handled by a person: the assistant may draft the next turn (as after a resolved handoff).
          if (conversation.state === 'needs_person') conversations.setState(conversationId, 'assistant');
          break;
        case 'open':
        case 'pending':
          break;
        default:
          assertNever(change);
      }
      db.prepare(
        `INSERT INTO conversation_status (conversation_id, status, snoozed_until, changed_at, changed_by) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (conversation_id) DO UPDATE SET status = excluded.status, snoozed_until = excluded.snoozed_until,
           changed_at = excluded.changed_at, changed_by = excluded.changed_by`,
      ).run(conversationId, change.status, until, now, actor);
      audit.record(actor, 'conversation.status', `conversation:${conversationId}`, {
        conversationId,
        from: before,
        to: change.status,
        ...(until !== null ? { until } : {}),
        ...(closed.length > 0 ? { closedDrafts: closed } : {}),
      });
    });
    if (change.status === 'snoozed') this.schedule();
    bus.emit('conversationChanged', { conversationId });
    if (closed.length > 0) bus.emit('queueChanged', { pending: drafts.pendingCount() });
    return inbox.row(conversationId)!;
  }

  /** A person takes the chat over: the assistant stops drafting in it until resumed. */
  takeOver(conversationId: number, actor: string): Conversation {
    return this.setDriver(conversationId, 'paused', 'assistant.taken_over', actor);
  }

  /** Gives the chat back to the assistant. */
  resume(conversationId: number, actor: string): Conversation {
    return this.setDriver(conversationId, 'assistant', 'assistant.resumed', actor);
  }

  /** Wakes every snooze that has ended; returns the chats woken. */
  wakeDue(): number[] {
    const { db, clock, audit, bus } = this.deps;
    const now = clock.now();
    const woken = transaction(db, () => {
      const due = db
        .prepare("SELECT conversation_id AS id, snoozed_until AS until FROM conversation_status WHERE status = 'snoozed' AND snoozed_until <= ? ORDER BY snoozed_until")
        .all(now) as Array<{ id: number; until: number }>;
      for (const { id, until } of due) {
        db.prepare("UPDATE conversation_status SET status = 'open', snoozed_until = NULL, changed_at = ?, changed_by = 'system' WHERE conversation_id = ?").run(now, id);
        audit.record('system', 'conversation.woke', `conversation:${id}`, { conversationId: id, until });
      }
      return due.map((d) => d.id);
    });
    for (const conversationId of woken) bus.emit('conversationChanged', { conversationId });
    return woken;
  }

  /** Wakes what ended while the app was closed and arms the timer for the next snooze. */
  start(): void {
    this.wakeDue();
    this.schedule();
  }

  close(): void {
    this.closed = true;
    if (this.timer !== null) this.deps.timers.clearTimeout(this.timer);
    this.timer = null;
  }

  /** One timer, for the earliest snooze; re-armed after each wake and each new snooze. */
  private schedule(): void {
    const { db, clock, timers, logger } = this.deps;
    if (this.closed) return;
    if (this.timer !== null) timers.clearTimeout(this.timer);
    this.timer = null;
    const next = db.prepare("SELECT MIN(snoozed_until) AS at FROM conversation_status WHERE status = 'snoozed'").get() as { at: number | null };
    if (next.at === null) return;
    const wait = Math.min(Math.max(0, next.at - clock.now()), MAX_WAIT_MS);
    this.timer = timers.setTimeout(() => {
      this.timer = null;
      try {
        this.wakeDue();
      } catch (error) {
        logger.error({ err: error }, 'waking snoozed conversations failed');
      }
      this.schedule();
    }, wait);
  }

  private status(conversationId: number): ConversationStatus {
    const row = this.deps.db.prepare('SELECT status FROM conversation_status WHERE conversation_id = ?').get(conversationId) as { status: ConversationStatus } | undefined;
    return row?.status ?? 'open';
  }

  private closePending(conversationId: number, actor: string, now: number): number[] {
    const { db, drafts, audit } = this.deps;
    const pending = db.prepare("SELECT id FROM drafts WHERE conversation_id = ? AND status = 'pending' ORDER BY id").all(conversationId) as Array<{ id: number }>;
    const closed: number[] = [];
    for (const { id } of pending) {
      if (!drafts.decide(id, 'resolved', actor, now, null)) continue;
      closed.push(id);
      audit.record(actor, 'draft.superseded', `draft:${id}`, { conversationId, why: 'conversation_resolved' });
    }
    return closed;
  }

  private setDriver(conversationId: number, state: 'paused' | 'assistant', action: string, actor: string): Conversation {
    const { db, conversations, audit, bus } = this.deps;
    transaction(db, () => {
      const conversation = conversations.get(conversationId);
      if (!conversation) throw new AppError('not_found', `No conversation ${conversationId}.`);
      if (conversation.state === state) return;
      conversations.setState(conversationId, state);
      audit.record(actor, action, `conversation:${conversationId}`, { conversationId, from: conversation.state });
    });
    bus.emit('conversationChanged', { conversationId });
    return conversations.get(conversationId)!;
  }
}
