/**
 * The autopilot's tables (migration 15): the owner's settings, each topic's mode and earned
 * streak, the topics of each draft, and the replies sent alone with their evidence.
 */
import type { AutoSendRecord, AutopilotMode, AutopilotSettings, AutopilotTopic, DropWhy, SendCheckResult } from '../../contract/autopilot-schemas';
import type { Database } from '../storage/database';

/** Suggest everywhere, 5 clean approvals, the shop's hours (profile), no ad-started first replies. */
export const DEFAULT_AUTOPILOT: AutopilotSettings = { mode: 'suggest', streakNeeded: 5, hours: null, allowAdFirstReply: false, perHour: 30 };

type TopicRow = { topic: string; mode: AutopilotMode | null; streak: number; dropped_why: DropWhy | null; dropped_at: number | null; dropped_draft: number | null };

/** A topic's stored standing (absent row: follows the global mode, no streak yet). */
export type TopicStanding = { mode: AutopilotMode | null; streak: number };

/** Reads and writes the autopilot tables. */
export class AutopilotRepo {
  constructor(private readonly db: Database) {}

  settings(): AutopilotSettings {
    const row = this.db.prepare('SELECT data FROM autopilot_settings WHERE id = 1').get() as { data: string } | undefined;
    return row ? { ...DEFAULT_AUTOPILOT, ...(JSON.parse(row.data) as Partial<AutopilotSettings>) } : DEFAULT_AUTOPILOT;
  }

  saveSettings(settings: AutopilotSettings): void {
    this.db
      .prepare('INSERT INTO autopilot_settings (id, data) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET data = excluded.data')
      .run(JSON.stringify(settings));
  }

  standing(topic: string): TopicStanding {
    const row = this.db.prepare('SELECT mode, streak FROM autopilot_topics WHERE topic = ?').get(topic) as TopicStanding | undefined;
    return row ?? { mode: null, streak: 0 };
  }

  setMode(topic: string, mode: AutopilotMode | null, at: number): void {
    this.db
      .prepare(
        `INSERT INTO autopilot_topics (topic, mode, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (topic) DO UPDATE SET mode = excluded.mode, updated_at = excluded.updated_at`,
      )
      .run(topic, mode, at);
  }

  /** One more clean approval in a row. */
  clean(topic: string, at: number): number {
    this.db
      .prepare(
        `INSERT INTO autopilot_topics (topic, streak, updated_at) VALUES (?, 1, ?)
         ON CONFLICT (topic) DO UPDATE SET streak = streak + 1, updated_at = excluded.updated_at`,
      )
      .run(topic, at);
    return this.standing(topic).streak;
  }

  /** Back to zero, remembering why (the owner's mode is kept: the topic earns its way back). */
  drop(topic: string, why: DropWhy, draftId: number | null, at: number): void {
    this.db
      .prepare(
        `INSERT INTO autopilot_topics (topic, streak, dropped_why, dropped_at, dropped_draft, updated_at) VALUES (?, 0, ?, ?, ?, ?)
         ON CONFLICT (topic) DO UPDATE SET streak = 0, dropped_why = excluded.dropped_why, dropped_at = excluded.dropped_at,
           dropped_draft = excluded.dropped_draft, updated_at = excluded.updated_at`,
      )
      .run(topic, why, at, draftId, at);
  }

  /** Every topic with a row, or the knowledge's FAQ entries, products and greetings, with titles. */
  topics(): Array<Omit<AutopilotTopic, 'effective'>> {
    const rows = this.db.prepare('SELECT topic, mode, streak, dropped_why, dropped_at, dropped_draft FROM autopilot_topics').all() as TopicRow[];
    const byTopic = new Map(rows.map((r) => [r.topic, r]));
    const faqs = this.db.prepare('SELECT id, question FROM faqs ORDER BY id').all() as Array<{ id: string; question: string }>;
    const titled: Array<[string, string | null]> = [['greetings', null], ['products', null], ...faqs.map((f): [string, string] => [`faq:${f.id}`, f.question])];
    for (const r of rows) if (!titled.some(([t]) => t === r.topic)) titled.push([r.topic, null]);
    return titled.map(([topic, title]) => {
      const r = byTopic.get(topic);
      return {
        topic,
        title,
        mode: r?.mode ?? null,
        streak: r?.streak ?? 0,
        dropped: r?.dropped_why ? { why: r.dropped_why, at: r.dropped_at ?? 0, draftId: r.dropped_draft } : null,
      };
    });
  }

  recordDraftTopics(draftId: number, topics: readonly string[]): void {
    this.db.prepare('INSERT OR REPLACE INTO draft_topics (draft_id, topics) VALUES (?, ?)').run(draftId, JSON.stringify(topics));
  }

  draftTopics(draftId: number): string[] {
    const row = this.db.prepare('SELECT topics FROM draft_topics WHERE draft_id = ?').get(draftId) as { topics: string } | undefined;
    return row ? (JSON.parse(row.topics) as string[]) : [];
  }

  recordAutoSend(args: { draftId: number; conversationId: number; messageId: number; outboxId: number; rule: string; checks: SendCheckResult[]; at: number }): void {
    this.db
      .prepare('INSERT INTO auto_sends (draft_id, conversation_id, message_id, outbox_id, rule, checks, at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(args.draftId, args.conversationId, args.messageId, args.outboxId, args.rule, JSON.stringify(args.checks), args.at);
  }

  /** Automatic sends (not cancelled) since a time, overall or in one chat. */
  sentSince(at: number, conversationId?: number): number {
    const sql = `SELECT COUNT(*) AS n FROM auto_sends WHERE cancelled_at IS NULL AND at > ?${conversationId === undefined ? '' : ' AND conversation_id = ?'}`;
    const args = conversationId === undefined ? [at] : [at, conversationId];
    return (this.db.prepare(sql).get(...args) as { n: number }).n;
  }

  /** The chat's latest automatic send since a time (not cancelled). */
  lastInChat(conversationId: number, since: number): { draftId: number } | null {
    const row = this.db
      .prepare('SELECT draft_id AS draftId FROM auto_sends WHERE conversation_id = ? AND cancelled_at IS NULL AND at > ? ORDER BY at DESC, draft_id DESC LIMIT 1')
      .get(conversationId, since) as { draftId: number } | undefined;
    return row ?? null;
  }

  /** Queued automatic sends not yet handed to a channel (no WhatsApp attempt recorded). */
  queued(): Array<{ draftId: number; conversationId: number; messageId: number; outboxId: number }> {
    return this.db
      .prepare(
        `SELECT a.draft_id AS draftId, a.conversation_id AS conversationId, a.message_id AS messageId, a.outbox_id AS outboxId
         FROM auto_sends a JOIN outbox o ON o.id = a.outbox_id
         WHERE a.cancelled_at IS NULL AND o.status = 'pending' AND NOT EXISTS (SELECT 1 FROM wa_sends w WHERE w.send_id = o.send_id)`,
      )
      .all() as Array<{ draftId: number; conversationId: number; messageId: number; outboxId: number }>;
  }

  markCancelled(draftId: number, at: number): void {
    this.db.prepare('UPDATE auto_sends SET cancelled_at = ? WHERE draft_id = ?').run(at, draftId);
  }

  /** A chat's automatic replies, oldest first, for the conversation view. */
  inChat(conversationId: number): AutoSendRecord[] {
    const rows = this.db
      .prepare('SELECT message_id, draft_id, rule, checks, at, cancelled_at FROM auto_sends WHERE conversation_id = ? ORDER BY at, draft_id')
      .all(conversationId) as Array<{ message_id: number; draft_id: number; rule: string; checks: string; at: number; cancelled_at: number | null }>;
    return rows.map((r) => ({
      messageId: r.message_id,
      draftId: r.draft_id,
      rule: r.rule,
      checks: JSON.parse(r.checks) as SendCheckResult[],
      at: r.at,
      cancelledAt: r.cancelled_at,
    }));
  }
}
