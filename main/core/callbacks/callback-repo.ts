/**
 * The `callbacks` table (migration 19: one row per conversation, ever) and the owner's settings
 * (migration 20). SQL only; the rules are in `callback-rules.ts`, the timing in the service.
 */
import { CALLBACK_DELAY_MINUTES, type CallbackReason, type CallbackSettings, type CallbackSkipReason, type CallbackState } from '../../contract/callback-schemas';
import type { Database } from '../storage/database';

/** What a drafted callback stated, re-read before it is sent. */
export type CallbackFacts = {
  /** The product it names, when the answer it follows cited one. */
  sku: string | null;
  /** The sentence with that product's price and stock, as written at drafting. */
  sentence: string | null;
};

/** One callback. */
export type Callback = {
  id: number;
  conversationId: number;
  reason: CallbackReason;
  /** The shop's reply the customer went quiet after. */
  afterMessageId: number;
  dueAt: number;
  state: CallbackState;
  skipReason: CallbackSkipReason | null;
  draftId: number | null;
  sentAt: number | null;
  answeredAt: number | null;
  createdAt: number;
  facts: CallbackFacts | null;
};

type Row = {
  id: number;
  conversation_id: number;
  reason: CallbackReason;
  after_message_id: number;
  due_at: number;
  state: CallbackState;
  skip_reason: CallbackSkipReason | null;
  draft_id: number | null;
  sent_at: number | null;
  answered_at: number | null;
  created_at: number;
  facts: string | null;
};

const COLUMNS = 'id, conversation_id, reason, after_message_id, due_at, state, skip_reason, draft_id, sent_at, answered_at, created_at, facts';

function toCallback(r: Row): Callback {
  return {
    id: r.id,
    conversationId: r.conversation_id,
    reason: r.reason,
    afterMessageId: r.after_message_id,
    dueAt: r.due_at,
    state: r.state,
    skipReason: r.skip_reason,
    draftId: r.draft_id,
    sentAt: r.sent_at,
    answeredAt: r.answered_at,
    createdAt: r.created_at,
    facts: r.facts ? (JSON.parse(r.facts) as CallbackFacts) : null,
  };
}

/** Default: on, three hours after the shop's answer. */
export const DEFAULT_CALLBACK_SETTINGS: CallbackSettings = { enabled: true, delayMinutes: CALLBACK_DELAY_MINUTES.default };

/** Reads and writes callbacks and their settings. */
export class CallbackRepo {
  constructor(private readonly db: Database) {}

  settings(): CallbackSettings {
    const row = this.db.prepare('SELECT enabled, delay_minutes FROM callback_settings WHERE id = 1').get() as { enabled: number; delay_minutes: number } | undefined;
    return row ? { enabled: row.enabled === 1, delayMinutes: row.delay_minutes } : DEFAULT_CALLBACK_SETTINGS;
  }

  saveSettings(settings: CallbackSettings): void {
    this.db
      .prepare('INSERT INTO callback_settings (id, enabled, delay_minutes) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET enabled = excluded.enabled, delay_minutes = excluded.delay_minutes')
      .run(settings.enabled ? 1 : 0, settings.delayMinutes);
  }

  ofConversation(conversationId: number): Callback | null {
    const row = this.db.prepare(`SELECT ${COLUMNS} FROM callbacks WHERE conversation_id = ?`).get(conversationId) as Row | undefined;
    return row ? toCallback(row) : null;
  }

  ofDraft(draftId: number): Callback | null {
    const row = this.db.prepare(`SELECT ${COLUMNS} FROM callbacks WHERE draft_id = ?`).get(draftId) as Row | undefined;
    return row ? toCallback(row) : null;
  }

  get(id: number): Callback | null {
    const row = this.db.prepare(`SELECT ${COLUMNS} FROM callbacks WHERE id = ?`).get(id) as Row | undefined;
    return row ? toCallback(row) : null;
  }

  /** Plans a callback; false when the conversation already has one (at most one, ever). */
  plan(args: { conversationId: number; reason: CallbackReason; afterMessageId: number; dueAt: number; at: number }): number | null {
    const result = this.db
      .prepare(
        `INSERT INTO callbacks (conversation_id, reason, after_message_id, due_at, state, created_at)
         VALUES (?, ?, ?, ?, 'planned', ?) ON CONFLICT (conversation_id) DO NOTHING`,
      )
      .run(args.conversationId, args.reason, args.afterMessageId, args.dueAt, args.at);
    return result.changes === 1 ? Number(result.lastInsertRowid) : null;
  }

  /** Planned callbacks due by `at`, earliest first. */
  due(at: number): Callback[] {
    return (this.db.prepare(`SELECT ${COLUMNS} FROM callbacks WHERE state = 'planned' AND due_at <= ? ORDER BY due_at, id`).all(at) as Row[]).map(toCallback);
  }

  /** A conversation's callback while it can still change (planned, drafted, or sent and not yet answered). */
  open(conversationId: number): Callback[] {
    const rows = this.db.prepare(`SELECT ${COLUMNS} FROM callbacks WHERE state IN ('planned', 'drafted', 'sent') AND conversation_id = ?`).all(conversationId) as Row[];
    return rows.map(toCallback);
  }

  /**
   * Drafted callbacks still waiting for a person, with when the customer last wrote (their
   * service window runs from it); `lastBefore` keeps those whose customer wrote before it.
   */
  waitingDrafts(lastBefore = Number.MAX_SAFE_INTEGER): Array<{ draftId: number; conversationId: number; lastIn: number }> {
    return this.db
      .prepare(
        `WITH waiting AS (
           SELECT c.draft_id AS draftId, c.conversation_id AS conversationId,
             (SELECT MAX(m.at) FROM messages m WHERE m.conversation_id = c.conversation_id AND m.direction = 'in' AND m.deleted_at IS NULL) AS lastIn
           FROM callbacks c JOIN drafts d ON d.id = c.draft_id WHERE c.state = 'drafted' AND d.status = 'pending')
         SELECT draftId, conversationId, lastIn FROM waiting WHERE lastIn < ? ORDER BY lastIn`,
      )
      .all(lastBefore) as Array<{ draftId: number; conversationId: number; lastIn: number }>;
  }

  /** The earliest planned due time. */
  nextDue(): number | null {
    return (this.db.prepare("SELECT MIN(due_at) AS at FROM callbacks WHERE state = 'planned'").get() as { at: number | null }).at;
  }

  /** Callbacks drafted since `at` (they count against the hourly limit of automatic initiatives). */
  draftedSince(at: number): number {
    return (this.db.prepare("SELECT COUNT(*) AS n FROM callbacks c JOIN drafts d ON d.id = c.draft_id WHERE d.created_at >= ?").get(at) as { n: number }).n;
  }

  setDue(id: number, dueAt: number): void {
    this.db.prepare("UPDATE callbacks SET due_at = ? WHERE id = ? AND state = 'planned'").run(dueAt, id);
  }

  skip(id: number, why: CallbackSkipReason): void {
    this.db.prepare("UPDATE callbacks SET state = 'skipped', skip_reason = ? WHERE id = ?").run(why, id);
  }

  drafted(id: number, draftId: number, facts: CallbackFacts): void {
    this.db.prepare("UPDATE callbacks SET state = 'drafted', draft_id = ?, facts = ? WHERE id = ?").run(draftId, JSON.stringify(facts), id);
  }

  sent(id: number, at: number): void {
    this.db.prepare("UPDATE callbacks SET state = 'sent', sent_at = ? WHERE id = ?").run(at, id);
  }

  answered(id: number, at: number): void {
    this.db.prepare("UPDATE callbacks SET state = 'answered', answered_at = ? WHERE id = ?").run(at, id);
  }
}
