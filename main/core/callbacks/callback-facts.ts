/**
 * What the callback rules read from a conversation: whether it is a candidate (the shop's sent
 * answer is its last message), the customer's last message (the service window), whether the
 * customer wrote after the shop's reply, and why the customer must not be written to (opted out,
 * complaining, handed over). Read-only SQL over the inbox tables.
 */
import type { CallbackReason, CallbackSkipReason } from '../../contract/callback-schemas';
import type { ReviewReason, SourceRef } from '../../contract/schemas';
import type { Database } from '../storage/database';

/** The shop's answer a callback follows up. */
export type AnsweredReply = {
  /** The shop's sent message. */
  outMessageId: number;
  /** When it left (its outbox `sent_at`). */
  sentAt: number;
  /** The answer draft it was sent for. */
  draftId: number;
  /** The customer's message that draft answered. */
  questionId: number;
  question: string;
  sources: SourceRef[];
};

/** A conversation that may get a callback, and why. */
export type Candidate = { reason: CallbackReason; reply: AnsweredReply };

/** Handoff reasons of a customer who is complaining: never followed up. */
const COMPLAINT_CODES: ReadonlyArray<ReviewReason['code']> = ['complaint', 'refund_or_return', 'legal_threat'];
/** Handoff reasons that gave the chat to a person for good (see `isSticky`). */
const HANDOVER_CODES: ReadonlyArray<ReviewReason['code']> = ['asked_for_person', 'order_status', 'injection', 'waiting_for_person'];

/** Reads the facts the callback rules decide on. */
export class CallbackFactsReader {
  constructor(private readonly db: Database) {}

  /**
   * The conversation's callback candidate, or null: the customer started it; its last message is
   * the shop's sent answer (approved, edited or autopilot — a draft's reply) to the customer's
   * latest message, not from the offline backlog, quoting the knowledge (small talk is not); an
   * ad-started chat's first exchange is `ad_dropped`, any other `answered_quiet`.
   */
  candidate(conversationId: number): Candidate | null {
    const { db } = this;
    const chat = db.prepare('SELECT started_by, referral FROM conversations WHERE id = ?').get(conversationId) as { started_by: string; referral: string | null } | undefined;
    if (!chat || chat.started_by !== 'customer') return null;
    const last = db
      .prepare(
        `SELECT m.id, m.direction, m.status, o.sent_at, o.draft_id FROM messages m LEFT JOIN outbox o ON o.message_id = m.id
         WHERE m.conversation_id = ? AND m.deleted_at IS NULL ORDER BY m.at DESC, m.id DESC LIMIT 1`,
      )
      .get(conversationId) as { id: number; direction: string; status: string; sent_at: number | null; draft_id: number | null } | undefined;
    if (!last || last.direction !== 'out' || last.status !== 'sent' || last.draft_id === null || last.sent_at === null) return null;
    const draft = db.prepare('SELECT id, message_id, route, sources, reasons FROM drafts WHERE id = ?').get(last.draft_id) as
      | { id: number; message_id: number; route: string; sources: string; reasons: string }
      | undefined;
    if (!draft || draft.route !== 'answer') return null;
    const reasons = JSON.parse(draft.reasons) as ReviewReason[];
    if (reasons.some((r) => r.code === 'backlog' || r.code === 'callback')) return null;
    const lastIn = this.lastCustomerMessage(conversationId);
    if (!lastIn || lastIn.id !== draft.message_id) return null;
    const sources = JSON.parse(draft.sources) as SourceRef[];
    // Small talk ("Hello!" → "Hi! How can we help?") discussed nothing to follow up on.
    if (sources.length === 0) return null;
    const reply: AnsweredReply = { outMessageId: last.id, sentAt: last.sent_at, draftId: draft.id, questionId: draft.message_id, question: lastIn.text, sources };
    const answers = (db.prepare("SELECT COUNT(*) AS n FROM outbox o JOIN drafts d ON d.id = o.draft_id WHERE o.conversation_id = ? AND o.status = 'sent'").get(conversationId) as { n: number }).n;
    return { reason: chat.referral !== null && answers === 1 ? 'ad_dropped' : 'answered_quiet', reply };
  }

  /** The shop's answer a planned callback follows (its out message's draft). */
  reply(outMessageId: number): AnsweredReply | null {
    const row = this.db
      .prepare(
        `SELECT o.sent_at, d.id AS draft_id, d.message_id, d.sources, m.text FROM outbox o JOIN drafts d ON d.id = o.draft_id
         JOIN messages m ON m.id = d.message_id WHERE o.message_id = ?`,
      )
      .get(outMessageId) as { sent_at: number | null; draft_id: number; message_id: number; sources: string; text: string } | undefined;
    if (!row) return null;
    return { outMessageId, sentAt: row.sent_at ?? 0, draftId: row.draft_id, questionId: row.message_id, question: row.text, sources: JSON.parse(row.sources) as SourceRef[] };
  }

  /** The customer's latest message (the service window runs from it). */
  lastCustomerMessage(conversationId: number): { id: number; at: number; text: string } | null {
    const row = this.db
      .prepare("SELECT id, at, text FROM messages WHERE conversation_id = ? AND direction = 'in' AND deleted_at IS NULL ORDER BY at DESC, id DESC LIMIT 1")
      .get(conversationId) as { id: number; at: number; text: string } | undefined;
    return row ?? null;
  }

  /** When the customer wrote after the shop's message, or null. */
  customerWroteAfter(conversationId: number, messageId: number): number | null {
    const row = this.db.prepare("SELECT MIN(at) AS at FROM messages WHERE conversation_id = ? AND direction = 'in' AND id > ?").get(conversationId, messageId) as { at: number | null };
    return row.at;
  }

  /** Why this customer must not get a callback now (opted out, complaining, handed over), or null. */
  blocked(conversationId: number): Extract<CallbackSkipReason, 'opted_out' | 'complaint' | 'handed_over'> | null {
    const { db } = this;
    const state = (db.prepare('SELECT state FROM conversations WHERE id = ?').get(conversationId) as { state: string } | undefined)?.state;
    if (db.prepare("SELECT 1 FROM drafts WHERE conversation_id = ? AND route = 'optout' LIMIT 1").get(conversationId)) return 'opted_out';
    const has = (codes: ReadonlyArray<string>) =>
      codes.some((code) => db.prepare('SELECT 1 FROM drafts WHERE conversation_id = ? AND instr(reasons, ?) > 0 LIMIT 1').get(conversationId, `"code":"${code}"`) !== undefined);
    if (has(COMPLAINT_CODES)) return 'complaint';
    if (state !== 'assistant' || has(HANDOVER_CODES)) return 'handed_over';
    return null;
  }

  /** Whether any draft of the conversation waits for a person. */
  hasPendingDraft(conversationId: number): boolean {
    return this.db.prepare("SELECT 1 FROM drafts WHERE conversation_id = ? AND status = 'pending' LIMIT 1").get(conversationId) !== undefined;
  }

  /** What the pipeline recorded about an answer draft (its match evidence), for the autopilot's gate. */
  stepsOf(draftId: number): unknown {
    const row = this.db.prepare("SELECT detail FROM audit WHERE action = 'assistant.drafted' AND subject = ? ORDER BY id DESC LIMIT 1").get(`draft:${draftId}`) as
      | { detail: string }
      | undefined;
    return row ? (JSON.parse(row.detail) as { steps?: unknown }).steps : undefined;
  }
}
