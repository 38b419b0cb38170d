/**
 * Rows for the insights tests, written straight into the tables (as the customer card, the
 * callbacks and the autopilot would leave them), with times chosen around New York's
 * daylight-saving change of 2026-11-01 (EDT −4 until 02:00 local, then EST −5).
 */
import type { Database } from '../core/storage/database';

/** UTC instant from an ISO string. */
export const utc = (iso: string) => Date.parse(iso);

/** Writes rows, returning the ids it makes; `auto` messages go through an outbox row as the autopilot's do. */
export function seeder(db: Database) {
  let next = 1;
  const customer = (name: string) => {
    const id = next++;
    db.prepare(`INSERT INTO customers (id, channel, external_id, name, language, created_at) VALUES (?, 'whatsapp', ?, ?, 'en', 0)`).run(id, `wa:${id}`, name);
    return id;
  };
  return {
    /** A conversation (and its customer) started at `at`, from an ad when `referral` is given. */
    conversation(at: number, referral: Record<string, string | null> | null = null): number {
      const c = customer(`Customer ${next}`);
      db.prepare(`INSERT INTO conversations (id, customer_id, channel, started_by, created_at, last_message_at, referral) VALUES (?, ?, 'whatsapp', 'customer', ?, ?, ?)`).run(
        c,
        c,
        at,
        at,
        referral === null ? null : JSON.stringify({ source: 'ad', app: null, title: null, body: null, url: null, sourceId: null, sourceType: 'ad', ctwaClid: null, ...referral }),
      );
      return c;
    },
    /** A customer message. */
    inbound(conversation: number, at: number): number {
      const id = Number(db.prepare(`INSERT INTO messages (conversation_id, external_id, direction, author, text, status, at) VALUES (?, ?, 'in', 'Customer', 'hello', 'received', ?)`).run(conversation, `in-${next++}`, at).lastInsertRowid);
      return id;
    },
    /**
     * A shop message: by a person (`author`), by the autopilot for `draftId`, or an away notice
     * (the autopilot's author with no draft); `failed` when it never left.
     */
    outbound(conversation: number, at: number, author: string, options: { draftId?: number | null; viaOutbox?: boolean; failed?: boolean } = {}): number {
      const send = `out-${next++}`;
      const id = Number(
        db.prepare(`INSERT INTO messages (conversation_id, external_id, direction, author, text, status, at) VALUES (?, ?, 'out', ?, 'reply', ?, ?)`).run(conversation, send, author, options.failed ? 'failed' : 'sent', at).lastInsertRowid,
      );
      if (author === 'Autopilot' && options.draftId == null && !options.failed) {
        // An owner-written notice (away, greeting, holding) as the away service records it.
        db.prepare(`INSERT INTO away_sends (conversation_id, kind, key, message_id, at) VALUES (?, 'away', ?, ?, ?)`).run(conversation, send, id, at);
      }
      if (options.viaOutbox ?? true) {
        db.prepare(`INSERT INTO outbox (conversation_id, draft_id, message_id, send_id, text, author, status, created_at) VALUES (?, ?, ?, ?, 'reply', ?, ?, ?)`).run(
          conversation,
          options.draftId ?? null,
          id,
          send,
          author,
          options.failed ? 'failed' : 'sent',
          at,
        );
      }
      return id;
    },
    /** A draft of `route` for `message`, with its outcome, first reason codes and model cost. */
    draft(conversation: number, message: number, at: number, d: { route?: string; status: string; edited?: boolean; reasons?: string[]; cost?: number | null }): number {
      return Number(
        db
          .prepare(
            `INSERT INTO drafts (conversation_id, message_id, route, text, reasons, drafter, cost_usd, prompt_tokens, completion_tokens, status, final_text, created_at)
             VALUES (?, ?, ?, 'Drafted reply', ?, 'model', ?, ?, ?, ?, ?, ?)`,
          )
          .run(
            conversation,
            message,
            d.route ?? 'answer',
            JSON.stringify((d.reasons ?? []).map((code) => ({ code, message: code }))),
            d.cost ?? null,
            d.cost == null ? null : 100,
            d.cost == null ? null : 20,
            d.status,
            d.status === 'approved' || d.status === 'sent' ? (d.edited ? 'Edited reply' : 'Drafted reply') : null,
            at,
          ).lastInsertRowid,
      );
    },
    /** The autopilot's record that `reply` (an outgoing message through the outbox) sent `draftId`; cancelled by the kill switch. */
    autoSend(draftId: number, reply: number, answered: number, cancelled = false): void {
      const row = db.prepare('SELECT id, conversation_id, created_at FROM outbox WHERE message_id = ?').get(reply) as { id: number; conversation_id: number; created_at: number };
      db.prepare(`INSERT INTO auto_sends (draft_id, conversation_id, message_id, outbox_id, rule, checks, at, cancelled_at) VALUES (?, ?, ?, ?, 'price', '{}', ?, ?)`).run(
        draftId,
        row.conversation_id,
        answered,
        row.id,
        row.created_at,
        cancelled ? row.created_at + 1 : null,
      );
    },
    /** A purchase staff recorded at `recordedAt`. */
    purchase(conversation: number, recordedAt: number): void {
      db.prepare(
        `INSERT INTO customer_purchases (customer_id, conversation_id, product_name, amount_minor, currency, purchased_at, recorded_by, created_at)
         VALUES (?, ?, 'Tote', 2500, 'USD', ?, 'Ana', ?)`,
      ).run(conversation, conversation, recordedAt, recordedAt);
    },
    /** A warm callback in `state`, sent at `sentAt` (null: not sent), answered at `answeredAt`. */
    callback(conversation: number, after: number, state: string, sentAt: number | null, answeredAt: number | null = null): void {
      db.prepare(
        `INSERT INTO callbacks (conversation_id, reason, after_message_id, due_at, state, sent_at, answered_at, created_at) VALUES (?, 'answered_quiet', ?, ?, ?, ?, ?, ?)`,
      ).run(conversation, after, sentAt ?? 0, state, sentAt, answeredAt, sentAt ?? 0);
    },
    /** A model call that left no draft (a test run). */
    usage(at: number, usd: number): void {
      db.prepare(`INSERT INTO model_usage (source, ref, prompt_tokens, completion_tokens, cost_usd, created_at) VALUES ('test_run', NULL, 10, 10, ?, ?)`).run(usd, at);
    },
  };
}
