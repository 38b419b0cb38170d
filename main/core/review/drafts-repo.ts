/**
 * Drafts: what the assistant proposed for each customer turn (its messages since the shop last
 * answered; the draft belongs to the turn's latest message), and what a person decided.
 */
import type { DraftStatus, MediaKind, QueueItem, ReviewReason, Route, SourceRef } from '../../contract/schemas';
import type { Database } from '../storage/database';

type QueueRow = {
  draft_id: number;
  conversation_id: number;
  channel: QueueItem['channel'];
  customer_name: string;
  language: QueueItem['language'];
  customer_message: string;
  customer_media: MediaKind | null;
  customer_edited_at: number | null;
  received_at: number;
  route: Route;
  text: string;
  sources: string;
  reasons: string;
  status: DraftStatus;
  drafter: string;
  prompt_tokens: number | null;
  completion_tokens: number | null;
  cost_usd: number | null;
};

const QUEUE_SELECT = `
  SELECT d.id AS draft_id, d.conversation_id, c.channel, cu.name AS customer_name, cu.language,
    COALESCE((SELECT group_concat(t.text, char(10) ORDER BY t.at, t.id) FROM messages t
      WHERE t.conversation_id = d.conversation_id AND t.direction = 'in' AND t.deleted_at IS NULL
        AND t.id BETWEEN d.turn_from AND d.message_id), m.text) AS customer_message, m.media AS customer_media,
    COALESCE((SELECT MAX(t.edited_at) FROM messages t WHERE t.conversation_id = d.conversation_id AND t.direction = 'in'
      AND t.deleted_at IS NULL AND t.id BETWEEN d.turn_from AND d.message_id), m.edited_at) AS customer_edited_at, m.at AS received_at, d.route, COALESCE(d.final_text, d.text) AS text,
    d.sources, d.reasons, d.status, d.drafter,
    d.prompt_tokens, d.completion_tokens, d.cost_usd
  FROM drafts d
  JOIN conversations c ON c.id = d.conversation_id
  JOIN customers cu ON cu.id = c.customer_id
  JOIN messages m ON m.id = d.message_id`;

/** Reads and writes drafts. */
export class DraftsRepo {
  constructor(private readonly db: Database) {}

  insert(args: {
    conversationId: number;
    messageId: number;
    route: Route;
    text: string;
    sources: SourceRef[];
    reasons: ReviewReason[];
    drafter: string;
    at: number;
    cost?: { promptTokens: number; completionTokens: number; usd: number | null } | null;
    /** The first message of the customer's turn this draft answers (default: just `messageId`). */
    turnFrom?: number;
  }): number {
    const result = this.db
      .prepare(
        `INSERT INTO drafts (conversation_id, message_id, route, text, sources, reasons, drafter, created_at,
           prompt_tokens, completion_tokens, cost_usd, turn_from)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        args.conversationId,
        args.messageId,
        args.route,
        args.text,
        JSON.stringify(args.sources),
        JSON.stringify(args.reasons),
        args.drafter,
        args.at,
        args.cost?.promptTokens ?? null,
        args.cost?.completionTokens ?? null,
        args.cost?.usd ?? null,
        args.turnFrom ?? null,
      );
    return Number(result.lastInsertRowid);
  }

  get(draftId: number): QueueItem | null {
    const row = this.db.prepare(`${QUEUE_SELECT} WHERE d.id = ?`).get(draftId) as QueueRow | undefined;
    return row ? toQueueItem(row) : null;
  }

  /** Pending items, oldest first, so the longest-waiting customer is answered first. */
  pending(): QueueItem[] {
    const rows = this.db.prepare(`${QUEUE_SELECT} WHERE d.status = 'pending' ORDER BY m.at, d.id`).all() as QueueRow[];
    return rows.map(toQueueItem);
  }

  pendingCount(): number {
    return (this.db.prepare("SELECT COUNT(*) AS n FROM drafts WHERE status = 'pending'").get() as { n: number }).n;
  }

  /** Moves a pending draft to a decided state; returns false if it was no longer pending. */
  decide(draftId: number, status: Exclude<DraftStatus, 'pending'>, by: string, at: number, finalText: string | null): boolean {
    const result = this.db
      .prepare(
        `UPDATE drafts SET status = ?, decided_by = ?, decided_at = ?, final_text = COALESCE(?, final_text)
         WHERE id = ? AND status = 'pending'`,
      )
      .run(status, by, at, finalText, draftId);
    return result.changes === 1;
  }

  setStatus(draftId: number, status: DraftStatus): void {
    this.db.prepare('UPDATE drafts SET status = ? WHERE id = ?').run(status, draftId);
  }

  /** Closes every pending draft of a conversation (e.g. the owner answered from the phone). */
  supersedePending(conversationId: number, by: string, at: number): number {
    return Number(
      this.db
        .prepare(
          `UPDATE drafts SET status = 'resolved', decided_by = ?, decided_at = ?
           WHERE conversation_id = ? AND status = 'pending'`,
        )
        .run(by, at, conversationId).changes,
    );
  }
}

function toQueueItem(row: QueueRow): QueueItem {
  return {
    draftId: row.draft_id,
    conversationId: row.conversation_id,
    channel: row.channel,
    customerName: row.customer_name,
    language: row.language,
    customerMessage: row.customer_message,
    customerMedia: row.customer_media,
    customerEditedAt: row.customer_edited_at,
    receivedAt: row.received_at,
    route: row.route,
    draft: row.text,
    sources: JSON.parse(row.sources) as SourceRef[],
    reasons: JSON.parse(row.reasons) as ReviewReason[],
    status: row.status,
    drafter: row.drafter,
    cost:
      row.prompt_tokens === null
        ? null
        : { promptTokens: row.prompt_tokens, completionTokens: row.completion_tokens ?? 0, usd: row.cost_usd },
  };
}
