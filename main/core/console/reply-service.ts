/**
 * A person's own reply in a chat, from the console's reply box: written to the outbox in one
 * transaction with the closing of the chat's pending drafts (they answered an earlier state of
 * the chat), audited with the operator. Works in every chat, paused or not: a person can always
 * answer. Only a customer who opted out is refused.
 */
import type { AuditLog } from '../audit/audit-log';
import type { ConversationsRepo } from '../inbox/conversations-repo';
import type { Outbox } from '../outbox/outbox';
import { AppError } from '../platform/errors';
import type { EventBus } from '../platform/events';
import type { Clock } from '../platform/ports';
import type { DraftsRepo } from '../review/drafts-repo';
import { transaction, type Database } from '../storage/database';
import type { ConsoleRepo } from './console-repo';

export type ReplyDeps = {
  db: Database;
  clock: Clock;
  audit: AuditLog;
  conversations: ConversationsRepo;
  drafts: DraftsRepo;
  outbox: Outbox;
  inbox: ConsoleRepo;
  bus: EventBus;
};

/** Sends a person's reply through the outbox. */
export class ReplyService {
  constructor(private readonly deps: ReplyDeps) {}

  /** Queues `text` to the chat's customer; returns the stored message and the drafts it closed. */
  send(conversationId: number, text: string, actor: string): { messageId: number; superseded: number[] } {
    const { db, clock, audit, conversations, drafts, outbox, inbox, bus } = this.deps;
    const result = transaction(db, () => {
      const conversation = conversations.get(conversationId);
      if (!conversation) throw new AppError('not_found', `No conversation ${conversationId}.`);
      if (inbox.row(conversationId)?.need === 'optout') {
        throw new AppError('conflict', 'This customer asked not to be messaged; reply from your phone only if they write again.');
      }
      const pending = db
        .prepare("SELECT id FROM drafts WHERE conversation_id = ? AND status = 'pending' ORDER BY id")
        .all(conversationId) as Array<{ id: number }>;
      const superseded: number[] = [];
      for (const { id } of pending) {
        if (!drafts.decide(id, 'resolved', actor, clock.now(), null)) continue;
        superseded.push(id);
        audit.record(actor, 'draft.superseded', `draft:${id}`, { conversationId, why: 'person_replied' });
      }
      const { messageId, sendId } = outbox.enqueue({ conversationId, draftId: null, text, author: actor, closedDrafts: superseded, priorState: conversation.state });
      // A chat handed to a person goes back to the assistant once a person answered (as with an
      // approved handoff reply); a paused chat stays paused: the person has taken it over.
      if (conversation.state === 'needs_person') conversations.setState(conversationId, 'assistant');
      inbox.markRead(conversationId);
      audit.record(actor, 'reply.sent', `conversation:${conversationId}`, { conversationId, sendId, text, supersededDrafts: superseded });
      return { messageId, superseded };
    });
    void outbox.kick();
    bus.emit('conversationChanged', { conversationId });
    if (result.superseded.length > 0) bus.emit('queueChanged', { pending: drafts.pendingCount() });
    return result;
  }
}
