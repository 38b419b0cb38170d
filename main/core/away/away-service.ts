/**
 * Greeting, away and holding messages, and the AI disclosure line (issue 11, items 6 and 7).
 *
 * Owner-written, per customer language, all off by default. They go through the outbox like the
 * autopilot's replies (marked as the autopilot's, paced by the channel), each exactly once: a
 * row in `away_sends` with a UNIQUE (chat, kind, key) is written in the same transaction as the
 * outbox row. Never to a customer who opted out, never in a chat the shop started, never for an
 * offline backlog; the kill switch takes back what is queued and switches them off.
 */
import type { AwayKind, AwayPatch, AwaySettings } from '../../contract/away-schemas';
import { LANGUAGES, type Conversation, type Language, type Route } from '../../contract/schemas';
import { DEFAULT_DISCLOSURE } from '../../contract/away-defaults';
import type { AuditLog } from '../audit/audit-log';
import { localDay, openingHours, withinHours } from '../autopilot/hours';
import type { ConversationsRepo } from '../inbox/conversations-repo';
import type { KnowledgeRepo } from '../knowledge/knowledge-repo';
import type { Outbox } from '../outbox/outbox';
import type { Clock } from '../platform/ports';
import { transaction, type Database } from '../storage/database';

/** Everything off, no texts yet. */
export const DEFAULT_AWAY: AwaySettings = {
  greeting: { on: false, texts: {} },
  away: { on: false, texts: {} },
  holding: { on: false, texts: {} },
  disclosure: { mode: 'off', texts: {} },
};

/** Who the messages say sent them: the autopilot's name, so the chat shows them as automatic. */
export const AWAY_ACTOR = 'Autopilot';

const HOUR = 60 * 60_000;

export type AwayDeps = {
  db: Database;
  clock: Clock;
  audit: AuditLog;
  knowledge: Pick<KnowledgeRepo, 'profile'>;
  conversations: Pick<ConversationsRepo, 'origin'>;
  outbox: Pick<Outbox, 'enqueue' | 'withdraw'>;
};

/**
 * A customer's turn as stored, with its draft (the chat as it was before this turn); draftId and
 * route are null when no draft was stored (the owner switched the assistant or the topic off):
 * the greeting and away messages don't depend on the assistant, as on WhatsApp Business.
 */
export type StoredTurn = {
  conversation: Conversation;
  draftId: number | null;
  route: Route | null;
  /** The turn's newest message. */
  messageId: number;
  backlog: boolean;
  /** The shop's automatic messages allowed in an hour (the autopilot's limit, shared with its replies). */
  perHour: number;
  /** Automatic replies the autopilot sent in the last hour. */
  autoSentLastHour: number;
};

/** Sends the owner's greeting, away and holding messages and words the disclosure line. */
export class AwayService {
  constructor(private readonly deps: AwayDeps) {}

  settings(): AwaySettings {
    const row = this.deps.db.prepare('SELECT data FROM away_settings WHERE id = 1').get() as { data: string } | undefined;
    return row ? { ...DEFAULT_AWAY, ...(JSON.parse(row.data) as Partial<AwaySettings>) } : DEFAULT_AWAY;
  }

  /** Saves the owner's texts and switches (audited). Owner-only in `owner-only.ts`. */
  update(patch: AwayPatch, actor: string): AwaySettings {
    return transaction(this.deps.db, () => {
      const now = this.settings();
      const next: AwaySettings = {
        greeting: { ...now.greeting, ...patch.greeting },
        away: { ...now.away, ...patch.away },
        holding: { ...now.holding, ...patch.holding },
        disclosure: { ...now.disclosure, ...patch.disclosure },
      };
      this.save(next);
      this.deps.audit.record(actor, 'away.settings', 'away', { changed: Object.keys(patch) });
      return next;
    });
  }

  /**
   * In the storing transaction of a customer's turn, before the autopilot's own reply: queues
   * the greeting (first message ever), the holding reply (a fresh handoff) or else the away
   * message (outside opening hours, once a local day). True when something was queued.
   */
  afterTurn(turn: StoredTurn): boolean {
    const settings = this.settings();
    const { conversation, draftId, route } = turn;
    if (turn.backlog || !this.mayWrite(conversation.id)) return false;
    const now = this.deps.clock.now();
    const profile = this.deps.knowledge.profile();
    const hours = openingHours(profile?.hours);
    const zone = profile?.timezone ?? 'UTC';
    let room = turn.perHour - turn.autoSentLastHour - this.sentSince(now - HOUR);
    let queued = false;
    const send = (kind: AwayKind, key: string, texts: AwaySettings['greeting']['texts'], shape?: (t: string) => string) => {
      // A loop with another bot, or a flood: the hourly limit holds for these messages too.
      if (room <= 0 || !this.queue(conversation, kind, key, texts, settings, shape)) return false;
      room -= 1;
      return (queued = true);
    };
    if (settings.greeting.on && this.firstTurn(conversation.id, draftId, turn.messageId)) send('greeting', 'first', settings.greeting.texts);
    const handoff = route === 'handoff' && conversation.state !== 'needs_person';
    if (settings.holding.on && handoff) {
      const opens = (text: string) => text.replaceAll('{opens}', hours?.from ?? '');
      if (send('holding', String(draftId ?? ''), settings.holding.texts, opens)) return true;
    }
    // The shop's hours unknown: it cannot say it is closed.
    if (settings.away.on && hours && !withinHours(now, hours, zone)) send('away', localDay(now, zone), settings.away.texts);
    return queued;
  }

  /**
   * The disclosure line to append to an automatic reply in this chat now, or '' (call in the
   * sending transaction: on first contact it is recorded as given).
   */
  disclosure(conversationId: number, language: Language, outboxId: number | null = null): string {
    const { mode, texts } = this.settings().disclosure;
    if (mode === 'off') return '';
    if (mode === 'first' && !this.record(conversationId, 'disclosure', 'first', outboxId)) return '';
    // Every customer language has a default: better than the owner's words in another language.
    return texts[language]?.trim() || DEFAULT_DISCLOSURE[language];
  }

  /** Owner-written messages sent (not taken back) since a time. */
  sentSince(at: number): number {
    return (this.deps.db.prepare("SELECT COUNT(*) AS n FROM away_sends WHERE kind <> 'disclosure' AND cancelled_at IS NULL AND outbox_id IS NOT NULL AND at > ?").get(at) as { n: number }).n;
  }

  /** Notes the outbox row a first-contact disclosure went with, so the kill switch can give it back. */
  attach(conversationId: number, outboxId: number): void {
    this.deps.db.prepare("UPDATE away_sends SET outbox_id = ? WHERE conversation_id = ? AND kind = 'disclosure' AND outbox_id IS NULL").run(outboxId, conversationId);
  }

  /**
   * The kill switch (inside its transaction): every queued owner-written message withdrawn, the
   * messages switched off; a first-contact disclosure that never left is given again later.
   */
  stopAll(now: number): Array<{ conversationId: number }> {
    const { db, outbox } = this.deps;
    const queued = db
      .prepare(
        `SELECT a.id, a.conversation_id AS conversationId, a.outbox_id AS outboxId, a.message_id AS messageId FROM away_sends a
         JOIN outbox o ON o.id = a.outbox_id
         WHERE a.kind <> 'disclosure' AND a.cancelled_at IS NULL AND o.status = 'pending' AND NOT EXISTS (SELECT 1 FROM wa_sends w WHERE w.send_id = o.send_id)`,
      )
      .all() as Array<{ id: number; conversationId: number; outboxId: number; messageId: number }>;
    for (const q of queued) {
      outbox.withdraw(q.outboxId, 'Stopped by the autopilot kill switch before it was sent.');
      db.prepare("UPDATE messages SET status = 'failed' WHERE id = ?").run(q.messageId);
      db.prepare('UPDATE away_sends SET cancelled_at = ? WHERE id = ?').run(now, q.id);
    }
    db.prepare("DELETE FROM away_sends WHERE kind = 'disclosure' AND outbox_id IN (SELECT id FROM outbox WHERE status = 'failed')").run();
    const s = this.settings();
    this.save({ ...s, greeting: { ...s.greeting, on: false }, away: { ...s.away, on: false }, holding: { ...s.holding, on: false } });
    return queued.map((q) => ({ conversationId: q.conversationId }));
  }

  private queue(conversation: Conversation, kind: AwayKind, key: string, texts: AwaySettings['greeting']['texts'], settings: AwaySettings, shape = (t: string) => t): boolean {
    const text = pick(texts, conversation.language);
    if (!text || !this.record(conversation.id, kind, key, null)) return false;
    const line = settings.disclosure.mode === 'off' ? '' : this.disclosure(conversation.id, conversation.language);
    const queued = this.deps.outbox.enqueue({ conversationId: conversation.id, draftId: null, text: line ? `${shape(text)}\n\n${line}` : shape(text), author: AWAY_ACTOR });
    this.deps.db.prepare('UPDATE away_sends SET outbox_id = ?, message_id = ? WHERE conversation_id = ? AND kind = ? AND key = ?').run(queued.outboxId, queued.messageId, conversation.id, kind, key);
    if (line) this.attach(conversation.id, queued.outboxId);
    this.deps.audit.record(AWAY_ACTOR, `away.${kind}`, `conversation:${conversation.id}`, { key, messageId: queued.messageId });
    return true;
  }

  /** Claims (chat, kind, key); false when it was already claimed — the once-only rule. */
  private record(conversationId: number, kind: AwayKind | 'disclosure', key: string, outboxId: number | null): boolean {
    const result = this.deps.db
      .prepare('INSERT OR IGNORE INTO away_sends (conversation_id, kind, key, outbox_id, at) VALUES (?, ?, ?, ?, ?)')
      .run(conversationId, kind, key, outboxId, this.deps.clock.now());
    return result.changes === 1;
  }

  /** The customer started the chat (its first message is theirs) and has not opted out. */
  private mayWrite(conversationId: number): boolean {
    const { db } = this.deps;
    if (this.deps.conversations.origin(conversationId)?.startedBy !== 'customer') return false;
    return db.prepare("SELECT 1 FROM drafts WHERE conversation_id = ? AND route = 'optout' LIMIT 1").get(conversationId) === undefined;
  }

  /**
   * This turn is the chat's first and the shop never wrote in it. With a draft: no earlier draft.
   * Without one (nothing is drafted in the chat), the turn is the customer's first message: a
   * turn then runs from the chat's start, so its own start says nothing. (Two messages that
   * arrive before the first is handled make one turn at the second: no greeting then.)
   */
  private firstTurn(conversationId: number, draftId: number | null, messageId: number): boolean {
    const { db } = this.deps;
    const earlier =
      draftId === null
        ? db.prepare("SELECT 1 FROM messages WHERE conversation_id = ? AND direction = 'in' AND id < ? LIMIT 1").get(conversationId, messageId)
        : db.prepare('SELECT 1 FROM drafts WHERE conversation_id = ? AND id < ? LIMIT 1').get(conversationId, draftId);
    if (earlier !== undefined) return false;
    return db.prepare("SELECT 1 FROM messages WHERE conversation_id = ? AND direction = 'out' LIMIT 1").get(conversationId) === undefined;
  }

  private save(settings: AwaySettings): void {
    this.deps.db.prepare('INSERT INTO away_settings (id, data) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET data = excluded.data').run(JSON.stringify(settings));
  }
}

/** The text in the customer's language, else the first language the owner wrote it in. */
function pick(texts: Partial<Record<Language, string>>, language: Language): string | null {
  const own = texts[language]?.trim();
  if (own) return own;
  for (const l of LANGUAGES) {
    const t = texts[l]?.trim();
    if (t) return t;
  }
  return null;
}
