/**
 * "Sent · Undo": a person takes back a reply still in the outbox's undo window. The send is
 * removed and everything it changed is put back in one transaction — the approved draft is
 * pending again, the drafts a person's reply closed are reopened, the chat's state is restored —
 * so the customer's turn needs a reply again and the text goes back to the editor. A reply
 * already handed to its channel is refused (an error value, `conflict`).
 */
import type { ConversationState } from '../../contract/schemas';
import type { AuditLog } from '../audit/audit-log';
import type { ConversationsRepo } from '../inbox/conversations-repo';
import type { EventBus } from '../platform/events';
import type { DraftsRepo } from '../review/drafts-repo';
import { transaction, type Database } from '../storage/database';
import type { Outbox } from './outbox';

export type UndoSendDeps = {
  db: Database;
  audit: AuditLog;
  outbox: Outbox;
  drafts: DraftsRepo;
  conversations: ConversationsRepo;
  bus: EventBus;
};

/** What an undone send gives back to the person. */
export type UndoneSend = { conversationId: number; draftId: number | null; text: string; reopened: number[] };

/** Undoes queued sends. */
export class UndoSendService {
  constructor(private readonly deps: UndoSendDeps) {}

  /** Undoes the send of an approved draft (`draftId`) or of a person's reply (`messageId`). */
  undo(target: { draftId: number } | { messageId: number }, actor: string): UndoneSend {
    const { db, audit, outbox, drafts, conversations, bus } = this.deps;
    const result = transaction(db, () => {
      const sent = outbox.cancel(target);
      const reopen = db.prepare(
        `UPDATE drafts SET status = 'pending', decided_by = NULL, decided_at = NULL, final_text = NULL
         WHERE id = ? AND status = ? AND NOT EXISTS (
           SELECT 1 FROM drafts o WHERE o.message_id = drafts.message_id AND o.status = 'pending')`,
      );
      const reopened: number[] = [];
      if (sent.draftId !== null && reopen.run(sent.draftId, 'approved').changes === 1) reopened.push(sent.draftId);
      for (const id of sent.closedDrafts) if (reopen.run(id, 'resolved').changes === 1) reopened.push(id);
      const conversation = conversations.get(sent.conversationId);
      if (conversation && sent.priorState !== null && conversation.state !== sent.priorState) {
        conversations.setState(sent.conversationId, sent.priorState as ConversationState);
      }
      // The chat's time goes back to its newest remaining message.
      db.prepare('UPDATE conversations SET last_message_at = COALESCE((SELECT MAX(at) FROM messages WHERE conversation_id = ?), last_message_at) WHERE id = ?').run(
        sent.conversationId,
        sent.conversationId,
      );
      audit.record(actor, 'message.unsent', `conversation:${sent.conversationId}`, { conversationId: sent.conversationId, draftId: sent.draftId, text: sent.text, reopened });
      return { conversationId: sent.conversationId, draftId: sent.draftId, text: sent.text, reopened };
    });
    bus.emit('conversationChanged', { conversationId: result.conversationId });
    bus.emit('queueChanged', { pending: drafts.pendingCount() });
    return result;
  }
}
