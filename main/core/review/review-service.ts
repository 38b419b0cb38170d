/**
 * What a person does with the queue: approve (possibly edited), reject, or mark a handoff handled.
 * Every action is recorded in the audit log with who and when.
 */
import type { QueueItem, ReviewReason } from '../../contract/schemas';
import type { AuditLog } from '../audit/audit-log';
import type { ConversationsRepo } from '../inbox/conversations-repo';
import type { Outbox } from '../outbox/outbox';
import { AppError } from '../platform/errors';
import type { EventBus } from '../platform/events';
import type { Clock } from '../platform/ports';
import { transaction, type Database } from '../storage/database';
import type { DraftsRepo } from './drafts-repo';

export type ReviewDeps = {
  db: Database;
  clock: Clock;
  audit: AuditLog;
  drafts: DraftsRepo;
  conversations: ConversationsRepo;
  outbox: Outbox;
  bus: EventBus;
  /** The draft guards over a person's edited reply (see `edit-check.ts`). */
  checkEdit: (item: QueueItem, text: string) => ReviewReason[];
  /** Told of a person's decision on an answer draft, in its transaction (the autopilot's streaks). */
  onDecided?: (draftId: number, decision: 'approved' | 'edited' | 'rejected', actor: string) => void;
  /** Before an approval: throws to refuse it (a warm callback whose window closed or whose price changed). */
  beforeApprove?: (draftId: number) => void;
};

/** Applies a person's decisions to drafts. */
export class ReviewService {
  constructor(private readonly deps: ReviewDeps) {}

  /**
   * What the guards find in a person's edit of an answer draft, for the card while they edit.
   * Empty for the unchanged draft (its reasons are on the card already) and for handoffs (the
   * person writes those from scratch, with no sources to hold them to).
   */
  checkEdit(draftId: number, text: string): ReviewReason[] {
    const item = this.pendingItem(draftId);
    return this.findings(item, text);
  }

  /**
   * Approves and queues the reply; `text` is what goes out (the draft, or the person's edit).
   * An edit is run through the guards again: what they find does not stop it (the person
   * decides), but it is written to the audit log with the edit.
   */
  approve(draftId: number, text: string, actor: string): QueueItem {
    const { db, clock, audit, drafts, conversations, outbox } = this.deps;
    this.deps.beforeApprove?.(draftId);
    const item = transaction(db, () => {
      const before = this.pendingItem(draftId);
      const blocking = before.reasons.filter((r) => r.blocking);
      if (blocking.length > 0 && text.trim() === before.draft.trim()) {
        // An unsupported claim may never go out as drafted: a person must change it first.
        throw new AppError('conflict', `Edit the reply before sending: ${blocking.map((r) => r.message).join(' ')}`);
      }
      if (!drafts.decide(draftId, 'approved', actor, clock.now(), text)) throw new AppError('conflict', 'This draft was already handled.');
      // A handoff reply gives the chat back to the assistant; undoing the send restores the state.
      const priorState = before.route === 'answer' ? null : (conversations.get(before.conversationId)?.state ?? null);
      outbox.enqueue({ conversationId: before.conversationId, draftId, text, author: actor, priorState });
      const subject = `draft:${draftId}`;
      if (before.route === 'answer') {
        const edited = text !== before.draft;
        const findings = this.findings(before, text);
        if (edited) audit.record(actor, 'draft.edited', subject, { before: before.draft, after: text, findings });
        this.deps.onDecided?.(draftId, edited ? 'edited' : 'approved', actor);
        audit.record(actor, 'draft.approved', subject, {
          conversationId: before.conversationId,
          edited,
          // The codes the guards raised on the text that went out, which the person chose to send.
          ...(findings.length > 0 ? { findings: findings.map((r) => r.code) } : {}),
        });
      } else {
        // The person wrote this reply themselves; the chat goes back to the assistant.
        audit.record(actor, 'handoff.replied', subject, { conversationId: before.conversationId });
        conversations.setState(before.conversationId, 'assistant');
      }
      return drafts.get(draftId)!;
    });
    void outbox.kick();
    this.changed(item.conversationId);
    return item;
  }

  reject(draftId: number, reason: string, actor: string): QueueItem {
    return this.close(draftId, 'rejected', 'draft.rejected', { reason }, actor);
  }

  /** A person dealt with the chat outside the app; the assistant may draft again. */
  resolveHandoff(draftId: number, note: string, actor: string): QueueItem {
    return this.close(draftId, 'resolved', 'handoff.resolved', { note }, actor);
  }

  private close(draftId: number, status: 'rejected' | 'resolved', action: string, detail: Record<string, unknown>, actor: string): QueueItem {
    const { db, clock, audit, drafts, conversations } = this.deps;
    const item = transaction(db, () => {
      const before = this.pendingItem(draftId);
      if (!drafts.decide(draftId, status, actor, clock.now(), null)) throw new AppError('conflict', 'This draft was already handled.');
      if (status === 'resolved') conversations.setState(before.conversationId, 'assistant');
      if (status === 'rejected' && before.route === 'answer') this.deps.onDecided?.(draftId, 'rejected', actor);
      audit.record(actor, action, `draft:${draftId}`, { conversationId: before.conversationId, ...detail });
      return drafts.get(draftId)!;
    });
    this.changed(item.conversationId);
    return item;
  }

  private findings(item: QueueItem, text: string): ReviewReason[] {
    if (item.route !== 'answer' || text.trim() === item.draft.trim()) return [];
    return this.deps.checkEdit(item, text.trim());
  }

  private pendingItem(draftId: number): QueueItem {
    const item = this.deps.drafts.get(draftId);
    if (!item) throw new AppError('not_found', `No draft ${draftId}.`);
    if (item.status !== 'pending') throw new AppError('conflict', 'This draft was already handled.');
    return item;
  }

  private changed(conversationId: number): void {
    this.deps.bus.emit('conversationChanged', { conversationId });
    this.deps.bus.emit('queueChanged', { pending: this.deps.drafts.pendingCount() });
  }
}
