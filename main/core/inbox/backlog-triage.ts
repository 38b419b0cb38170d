/**
 * The offline backlog ("triaged, not blasted"): customer messages that arrived while the app was
 * away are stored at once and held in `backlog_pending` (durable, so a close or crash before
 * triage loses nothing). Triage drafts one reply per chat for its latest message, the earlier
 * ones serving as history, marked 'backlog' and waiting for a person; nothing here sends.
 *
 * A chat's backlog is drafted in that chat's drafting order (the `ChatQueue` live messages and
 * edits use), so it never interleaves with another draft of the chat. When more backlog reaches
 * a chat after its triage, the new draft replaces the chat's pending backlog draft (audited):
 * a chat has at most one pending backlog draft, answering the newest messages.
 */
import type { AuditLog } from '../audit/audit-log';
import type { Clock, Logger } from '../platform/ports';
import type { DraftsRepo } from '../review/drafts-repo';
import { transaction, type Database } from '../storage/database';
import type { DraftWork } from './chat-queue';
import type { DraftRequest } from './draft-writer';

/** SQL: the draft row `d` carries the backlog reason. */
export const IS_BACKLOG_DRAFT = `EXISTS (SELECT 1 FROM json_each(d.reasons) r WHERE json_extract(r.value, '$.code') = 'backlog')`;

/** What the triage is built from. */
export type BacklogTriageDeps = {
  db: Database;
  clock: Clock;
  logger: Logger;
  audit: AuditLog;
  drafts: DraftsRepo;
  /** Runs work in the chat's drafting order, shared with live messages and edits. */
  enqueue: (conversationId: number, work: DraftWork) => Promise<number | null>;
  /** Drafts one stored message and stores the draft (`DraftWriter.draft`). */
  draft: (request: DraftRequest) => Promise<number | null>;
};

/** Holds and triages the offline backlog. */
export class BacklogTriage {
  constructor(private readonly deps: BacklogTriageDeps) {}

  /** Holds a just-stored message for triage; call it in the transaction that stores the message. */
  hold(messageId: number, at: number): void {
    this.deps.db.prepare('INSERT INTO backlog_pending (message_id, at) VALUES (?, ?)').run(messageId, at);
  }

  /** Customer messages held for triage (survives restarts). */
  waiting(): number {
    return (this.deps.db.prepare('SELECT COUNT(*) AS n FROM backlog_pending').get() as { n: number }).n;
  }

  /**
   * Drafts the held backlog: chats in the order their oldest held message arrived, one chat at a
   * time (a backlog is not blasted at the model), each in its chat's drafting order. Resolves
   * with the number of drafts stored. A chat that fails stays held and is retried next time.
   */
  async triage(): Promise<number> {
    const chats = this.deps.db
      .prepare(
        `SELECT m.conversation_id AS conversationId, MIN(b.at) AS first FROM backlog_pending b JOIN messages m ON m.id = b.message_id
         GROUP BY m.conversation_id ORDER BY first, m.conversation_id`,
      )
      .all() as Array<{ conversationId: number }>;
    let drafted = 0;
    for (const { conversationId } of chats) {
      if ((await this.deps.enqueue(conversationId, () => this.triageChat(conversationId))) !== null) drafted += 1;
    }
    return drafted;
  }

  /**
   * One chat's turn: what is held is read now (so backlog that arrived while the chat waited is
   * included) and released in the transaction that stores the draft, together with closing the
   * chat's earlier pending backlog draft. Anything held while drafting stays for the next triage.
   */
  private async triageChat(conversationId: number): Promise<number | null> {
    const { db, logger } = this.deps;
    const held = db
      .prepare(
        `SELECT m.id, m.text, m.deleted_at AS deletedAt FROM backlog_pending b JOIN messages m ON m.id = b.message_id
         WHERE m.conversation_id = ? ORDER BY m.at, m.id`,
      )
      .all(conversationId) as Array<{ id: number; text: string; deletedAt: number | null }>;
    const release = () => {
      for (const row of held) db.prepare('DELETE FROM backlog_pending WHERE message_id = ?').run(row.id);
    };
    const latest = held.filter((row) => row.deletedAt === null).at(-1);
    if (!latest) {
      // Nothing left to answer (all deleted, or an earlier triage took them).
      transaction(db, release);
      return null;
    }
    try {
      return await this.deps.draft({
        conversationId,
        messageId: latest.id,
        text: latest.text,
        backlog: true,
        alsoWrite: (draftId) => {
          release();
          // Only a stored replacement closes the earlier draft: a chat is never left without one.
          if (draftId !== null) this.supersedeEarlier(conversationId, draftId);
        },
      });
    } catch (error) {
      logger.error({ err: error, conversationId }, 'backlog draft failed; it is retried at the next triage');
      return null;
    }
  }

  /** Closes the chat's other pending backlog drafts in favour of `draftId` (audited like an edit). */
  private supersedeEarlier(conversationId: number, draftId: number): void {
    const { db, drafts, audit, clock } = this.deps;
    const earlier = db
      .prepare(`SELECT d.id FROM drafts d WHERE d.conversation_id = ? AND d.status = 'pending' AND d.id <> ? AND ${IS_BACKLOG_DRAFT}`)
      .all(conversationId, draftId) as Array<{ id: number }>;
    for (const { id } of earlier) {
      if (drafts.decide(id, 'resolved', 'Customer wrote more', clock.now(), null)) {
        audit.record('assistant', 'draft.superseded', `draft:${id}`, { conversationId, newDraftId: draftId, why: 'customer_wrote_more' });
      }
    }
  }
}
