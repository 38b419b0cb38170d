/**
 * Turns, not messages: the customer messages since the shop last answered form one turn and get
 * one draft. A turn starts after the shop's last reply (a sent message, or a draft a person
 * decided); a message that arrives while the turn's draft is pending supersedes that draft
 * (audited) and the whole turn is drafted again.
 *
 * Drafting is durable: a live customer message is recorded in `draft_jobs` in the transaction
 * that stores it, and the job is released in the transaction that stores the turn's draft. A
 * crash in between leaves the job, and `resume` drafts it at the next start. Each run reads the
 * jobs when it starts, so a job already drafted (by an earlier run of the same chat) is not
 * drafted again: runs of a chat go through its `ChatQueue`, one at a time.
 */
import type { ReviewReason } from '../../contract/schemas';
import type { AuditLog } from '../audit/audit-log';
import { assertNever } from '../platform/errors';
import type { Clock } from '../platform/ports';
import type { DraftsRepo } from '../review/drafts-repo';
import { transaction, type Database } from '../storage/database';
import type { DraftRequest } from './draft-writer';

/** Who "decided" a draft the customer made stale: such a draft does not end the turn. */
export const SUPERSEDED_BY = { wroteMore: 'Customer wrote more', edited: 'Customer edit', deleted: 'Customer deleted' } as const;

/** At most this many of a turn's latest messages are drafted; earlier ones become history. */
const TURN_MAX_MESSAGES = 12;

/**
 * SQL (parameters: conversation id twice): the id of the last message the shop answered. A reply
 * sent for a draft counts at the message that draft answered (it is stored later than messages
 * the customer wrote meanwhile); a reply typed on the phone counts where it was stored.
 */
const BOUNDARY_SQL = `
  SELECT COALESCE(MAX(b), 0) AS boundary FROM (
    SELECT m.id AS b FROM messages m WHERE m.conversation_id = ? AND m.direction = 'out'
      AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.message_id = m.id AND o.draft_id IS NOT NULL)
    UNION ALL
    SELECT d.message_id FROM drafts d WHERE d.conversation_id = ? AND d.status <> 'pending'
      AND COALESCE(d.decided_by, '') NOT IN ('${SUPERSEDED_BY.wroteMore}', '${SUPERSEDED_BY.edited}', '${SUPERSEDED_BY.deleted}')
  )`;

/** The customer messages of a chat's open turn. */
export type Turn = {
  /** The last message the shop answered (0: none). */
  boundary: number;
  /** The turn's messages in order, deleted ones left out. */
  messages: Array<{ id: number; text: string }>;
};

/** What starts a run: new messages, the offline backlog, or an edit of one message. */
export type TurnTrigger = { kind: 'jobs' } | { kind: 'backlog' } | { kind: 'edited'; messageId: number } | { kind: 'deleted' };

/** What the turn drafting is built from. */
export type TurnDraftingDeps = {
  db: Database;
  clock: Clock;
  audit: AuditLog;
  drafts: DraftsRepo;
  /** Drafts and stores (`DraftWriter.draft`). */
  draft: (request: DraftRequest) => Promise<number | null>;
};

/** Drafts a chat's open turn. Call `run` only from the chat's `ChatQueue`. */
export class TurnDrafting {
  constructor(private readonly deps: TurnDraftingDeps) {}

  /** Records that a just-stored customer message needs a draft; call it in that transaction. */
  hold(messageId: number, at: number): void {
    this.deps.db.prepare('INSERT OR IGNORE INTO draft_jobs (message_id, at) VALUES (?, ?)').run(messageId, at);
  }

  /** Chats with messages still waiting for a draft, the longest-waiting first. */
  waitingChats(): number[] {
    const rows = this.deps.db
      .prepare(
        `SELECT m.conversation_id AS id, MIN(j.at) AS first FROM draft_jobs j JOIN messages m ON m.id = j.message_id
         GROUP BY m.conversation_id ORDER BY first, m.conversation_id`,
      )
      .all() as Array<{ id: number }>;
    return rows.map((r) => r.id);
  }

  /** Messages waiting for a draft (survives restarts). */
  waiting(): number {
    return (this.deps.db.prepare('SELECT COUNT(*) AS n FROM draft_jobs').get() as { n: number }).n;
  }

  /** The chat's open turn. */
  turn(conversationId: number): Turn {
    const { db } = this.deps;
    const { boundary } = db.prepare(BOUNDARY_SQL).get(conversationId, conversationId) as { boundary: number };
    const messages = db
      .prepare("SELECT id, text FROM messages WHERE conversation_id = ? AND direction = 'in' AND deleted_at IS NULL AND id > ? ORDER BY at, id")
      .all(conversationId, boundary) as Array<{ id: number; text: string }>;
    return { boundary, messages };
  }

  /**
   * Drafts the chat's open turn if `trigger` still has something to do; resolves with the new
   * draft's id, or null. The turn's pending drafts are superseded and its jobs and held backlog
   * released in the transaction that stores the draft. If a person answered part of the turn
   * while it was being drafted, that draft is dropped and the (shorter) turn drafted again.
   */
  async run(conversationId: number, trigger: TurnTrigger): Promise<number | null> {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const result = await this.attempt(conversationId, trigger);
      if (result !== 'stale') return result;
    }
    return null;
  }

  private async attempt(conversationId: number, trigger: TurnTrigger): Promise<number | null | 'stale'> {
    const { db, drafts, audit, clock } = this.deps;
    const idsOf = (sql: string) => (db.prepare(sql).all(conversationId) as Array<{ id: number }>).map((r) => r.id);
    const jobs = idsOf('SELECT j.message_id AS id FROM draft_jobs j JOIN messages m ON m.id = j.message_id WHERE m.conversation_id = ?');
    const held = idsOf('SELECT b.message_id AS id FROM backlog_pending b JOIN messages m ON m.id = b.message_id WHERE m.conversation_id = ?');
    const turn = this.turn(conversationId);
    const pending = db
      .prepare(`SELECT id, reasons FROM drafts WHERE conversation_id = ? AND status = 'pending' AND message_id > ? ORDER BY id`)
      .all(conversationId, turn.boundary) as Array<{ id: number; reasons: string }>;

    const release = () => {
      for (const id of jobs) db.prepare('DELETE FROM draft_jobs WHERE message_id = ?').run(id);
      for (const id of held) db.prepare('DELETE FROM backlog_pending WHERE message_id = ?').run(id);
    };
    switch (trigger.kind) {
      case 'jobs':
        if (jobs.length === 0) return null;
        break;
      case 'backlog':
        if (held.length === 0) return null;
        break;
      case 'edited':
        // Only a turn whose draft is still pending is redone; an answered one just shows the edit.
        if (pending.length === 0 || trigger.messageId <= turn.boundary) return null;
        break;
      case 'deleted':
        if (pending.length === 0 && jobs.length === 0) return null;
        break;
      default:
        return assertNever(trigger);
    }
    if (turn.messages.length === 0) {
      // Nothing left to answer (every message of the turn was deleted).
      transaction(db, release);
      return null;
    }

    const superseded = pending.map((p) => ({ id: p.id, reasons: JSON.parse(p.reasons) as ReviewReason[] }));
    const backlog = trigger.kind === 'backlog' || held.length > 0 || superseded.some((p) => p.reasons.some((r) => r.code === 'backlog'));
    const edited = trigger.kind === 'edited';
    const by = edited ? SUPERSEDED_BY.edited : trigger.kind === 'deleted' ? SUPERSEDED_BY.deleted : SUPERSEDED_BY.wroteMore;
    const why = edited ? 'customer_edited' : trigger.kind === 'deleted' ? 'customer_deleted_message' : 'customer_wrote_more';
    const drafted = turn.messages.slice(-TURN_MAX_MESSAGES);
    // The draft belongs to the turn's newest message; the card shows the ids from..to (in time order).
    const ids = drafted.map((m) => m.id);
    const [first, latest] = [Math.min(...ids), Math.max(...ids)];
    let stale = false;
    const draftId = await this.deps.draft({
      conversationId,
      messageId: latest,
      text: drafted.map((m) => m.text).join('\n'),
      historyBefore: first,
      backlog,
      carry: superseded.flatMap((p) => p.reasons),
      before: () => {
        // The turn changed while it was drafted (a person answered, a draft was decided).
        const still = db.prepare("SELECT COUNT(*) AS n FROM drafts WHERE id = ? AND status = 'pending'");
        const decided = superseded.some((p) => (still.get(p.id) as { n: number }).n === 0);
        if (decided || this.turn(conversationId).boundary !== turn.boundary) {
          stale = true;
          return false;
        }
        for (const p of superseded) drafts.decide(p.id, 'resolved', by, clock.now(), null);
        return true;
      },
      alsoWrite: (id) => {
        release();
        // null: a paused chat, where nothing was drafted and nothing superseded.
        if (id === null) return;
        for (const p of superseded) {
          audit.record('assistant', 'draft.superseded', `draft:${p.id}`, { conversationId, newDraftId: id, why });
        }
      },
    });
    return stale ? 'stale' : draftId;
  }
}

