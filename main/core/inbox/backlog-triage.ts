/**
 * The offline backlog ("triaged, not blasted"): customer messages that arrived while the app was
 * away are stored at once and held in `backlog_pending` (durable, so a close or crash before
 * triage loses nothing). Triage drafts one reply per chat for its open turn (every customer
 * message since the shop last answered, see `turns.ts`), marked 'backlog' and waiting for a
 * person; nothing here sends.
 *
 * A chat's backlog is drafted in that chat's drafting order (the `ChatQueue` live messages and
 * edits use), so it never interleaves with another draft of the chat. When more backlog reaches
 * a chat after its triage, the turn's new draft replaces its pending one (audited): a chat has
 * at most one pending backlog draft, answering the newest messages.
 */
import type { Logger } from '../platform/ports';
import type { Database } from '../storage/database';
import type { DraftWork } from './chat-queue';

/** SQL: the draft row `d` carries the backlog reason. */
export const IS_BACKLOG_DRAFT = `EXISTS (SELECT 1 FROM json_each(d.reasons) r WHERE json_extract(r.value, '$.code') = 'backlog')`;

/** What the triage is built from. */
export type BacklogTriageDeps = {
  db: Database;
  logger: Logger;
  /** Runs work in the chat's drafting order, shared with live messages and edits. */
  enqueue: (conversationId: number, work: DraftWork) => Promise<number | null>;
  /** Drafts the chat's open turn for its held backlog (`TurnDrafting.run` with the backlog trigger). */
  draftTurn: (conversationId: number) => Promise<number | null>;
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

  /** One chat: its open turn, backlog included, drafted as one (`TurnDrafting`); a failure stays held. */
  private async triageChat(conversationId: number): Promise<number | null> {
    try {
      return await this.deps.draftTurn(conversationId);
    } catch (error) {
      this.deps.logger.error({ err: error, conversationId }, 'backlog draft failed; it is retried at the next triage');
      return null;
    }
  }
}
