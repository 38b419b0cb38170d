/**
 * The inbox pipeline every channel feeds: store the message once, triage and draft it, and put
 * the result in the review queue. Practice chat and WhatsApp share this path.
 */
import type { ChannelKind, Language, MediaKind } from '../../contract/schemas';
import type { AuditLog } from '../audit/audit-log';
import type { Drafter, DraftOutcome } from '../assistant/drafter';
import type { EventBus } from '../platform/events';
import type { Clock, Logger, Notifier } from '../platform/ports';
import type { DraftsRepo } from '../review/drafts-repo';
import { transaction, type Database } from '../storage/database';
import type { ConversationsRepo } from './conversations-repo';

/** A customer message as a channel delivers it. */
export type InboundMessage = {
  channel: ChannelKind;
  /** The chat's id on its channel (a JID on WhatsApp). */
  chatId: string;
  /** The message's id on its channel; (chat, id) is unique. */
  messageId: string;
  customerName: string;
  language: Language;
  text: string;
  at: number;
  /** Non-text content the text stands in for. */
  media?: MediaKind | null;
  /**
   * Arrived while the app was offline (WhatsApp backlog): stored and held for `triageBacklog`,
   * which drafts one reply per chat marked 'backlog'.
   */
  holdForBacklog?: boolean;
  /** Store only; a later message of the same chat will be drafted with this one as history. */
  skipDraft?: boolean;
};

/** A message the owner sent from the phone (outside the app). */
export type OwnerMessage = {
  channel: ChannelKind;
  chatId: string;
  messageId: string;
  text: string;
  at: number;
  media?: MediaKind | null;
  /** Used only if the conversation is new (the owner wrote first). */
  customerName: string;
  language: Language;
};

/** The outcome recorded when the drafter throws: the card tells the person why it is theirs. */
const DRAFT_FAILED: DraftOutcome = {
  route: 'handoff',
  text: '',
  sources: [],
  reasons: [{ code: 'model_error', message: 'The assistant could not draft this message (details are in the log). A person should reply.' }],
  drafter: 'none',
};

const BACKLOG_REASON = { code: 'backlog', message: 'Arrived while Counterpart was offline; check it is still relevant.' } as const;

export type IngestResult = { conversationId: number; messageId: number; duplicate: boolean; draftId: number | null };

/** A stored message whose draft is still being written. */
export type ReceiveResult = { conversationId: number; messageId: number; duplicate: boolean; drafted: Promise<number | null> };

export type InboxDeps = {
  db: Database;
  clock: Clock;
  logger: Logger;
  notifier: Notifier;
  audit: AuditLog;
  conversations: ConversationsRepo;
  drafts: DraftsRepo;
  drafter: Drafter;
  bus: EventBus;
};

const HISTORY_TURNS = 6;

/** Ingests inbound messages. */
export class InboxService {
  /** The last draft queued per conversation: a chat's messages are drafted in order. */
  private readonly chains = new Map<number, Promise<number | null>>();
  private readonly running = new Set<Promise<number | null>>();

  constructor(private readonly deps: InboxDeps) {}

  /** Stores the message, drafts it and resolves once the draft is in the queue. */
  async ingest(message: InboundMessage): Promise<IngestResult> {
    const { drafted, ...stored } = this.receive(message);
    return { ...stored, draftId: await drafted };
  }

  /**
   * Stores the message and returns at once; the draft follows in the background (`drafted`
   * resolves with its id, never rejects), announced by `queueChanged` and `conversationChanged`.
   */
  receive(message: InboundMessage): ReceiveResult {
    const { db, conversations, bus } = this.deps;
    const stored = transaction(db, () => {
      const conversationId = conversations.ensureConversation({
        channel: message.channel,
        externalId: message.chatId,
        name: message.customerName,
        language: message.language,
        at: message.at,
      });
      const messageId = conversations.insertMessage({
        conversationId,
        externalId: message.messageId,
        direction: 'in',
        author: message.customerName,
        text: message.text,
        status: 'received',
        at: message.at,
        media: message.media ?? null,
      });
      // Held in the same transaction as the message: a crash before triage loses no backlog draft.
      if (messageId !== null && message.holdForBacklog) db.prepare('INSERT INTO backlog_pending (message_id, at) VALUES (?, ?)').run(messageId, message.at);
      return { conversationId, messageId };
    });
    if (stored.messageId === null) {
      // Each message is answered once: a redelivered id is stored and drafted only the first time.
      const existing = db
        .prepare('SELECT id FROM messages WHERE conversation_id = ? AND external_id = ?')
        .get(stored.conversationId, message.messageId) as { id: number };
      return { conversationId: stored.conversationId, messageId: existing.id, duplicate: true, drafted: Promise.resolve(null) };
    }
    const messageId = stored.messageId;
    bus.emit('conversationChanged', { conversationId: stored.conversationId });
    const drafted =
      message.skipDraft || message.holdForBacklog
        ? Promise.resolve(null)
        : this.enqueueDraft(stored.conversationId, () => this.draftMessage({ conversationId: stored.conversationId, messageId, text: message.text, backlog: false }));
    return { conversationId: stored.conversationId, messageId, duplicate: false, drafted };
  }

  /** Resolves once every draft started so far has landed (tests; a clean shutdown). */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }

  /**
   * Runs a chat's drafting after its earlier messages' (so a handoff on one is seen by the next,
   * as when they were drafted one call at a time). Never rejects: a failure is logged.
   */
  private enqueueDraft(conversationId: number, work: () => Promise<number | null>): Promise<number | null> {
    const previous = this.chains.get(conversationId) ?? Promise.resolve(null);
    const next = previous
      .then(work)
      .catch((error: unknown) => {
        // The database itself is failing (or closed): nothing more can be recorded here.
        this.deps.logger.error({ err: error, conversationId }, 'could not store a draft');
        return null;
      });
    this.chains.set(conversationId, next);
    this.running.add(next);
    void next.finally(() => {
      this.running.delete(next);
      if (this.chains.get(conversationId) === next) this.chains.delete(conversationId);
    });
    return next;
  }

  /** Customer messages held for backlog triage (survives restarts). */
  backlogWaiting(): number {
    return (this.deps.db.prepare('SELECT COUNT(*) AS n FROM backlog_pending').get() as { n: number }).n;
  }

  /**
   * Drafts the held backlog: chats in the order their oldest held message arrived, one draft per
   * chat for its latest (not deleted) message, the earlier ones serving as history; each draft
   * is marked 'backlog' and waits for a person. Nothing here sends anything. A chat's held rows
   * are released in the same transaction as its draft, so a crash part-way resumes the rest.
   */
  async triageBacklog(): Promise<number> {
    const { db } = this.deps;
    const chats = db
      .prepare(
        `SELECT m.conversation_id AS conversationId, MIN(b.at) AS first FROM backlog_pending b JOIN messages m ON m.id = b.message_id
         GROUP BY m.conversation_id ORDER BY first, m.conversation_id`,
      )
      .all() as Array<{ conversationId: number }>;
    let drafted = 0;
    for (const { conversationId } of chats) {
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
        transaction(db, release);
        continue;
      }
      try {
        if ((await this.draftMessage({ conversationId, messageId: latest.id, text: latest.text, backlog: true, alsoWrite: release })) !== null) drafted += 1;
      } catch (error) {
        this.deps.logger.error({ err: error, conversationId }, 'backlog draft failed; it is retried at the next triage');
      }
    }
    return drafted;
  }

  /**
   * The customer edited a message whose draft is still pending: the stale draft is resolved and a
   * new one drafted for the edited text, in one transaction (audited). A draft already approved
   * or sent is left alone (the edit just shows in the chat), as is one decided meanwhile.
   * Returns the new draft id, or null when nothing was replaced.
   */
  redraftEdited(args: { conversationId: number; messageId: number }): Promise<number | null> {
    const { db, drafts, audit, clock } = this.deps;
    // Queued behind the chat's drafting, so an edit that lands while the first draft is still
    // being written replaces that draft once it is stored instead of missing it.
    return this.enqueueDraft(args.conversationId, async () => {
      const stale = db.prepare("SELECT id FROM drafts WHERE message_id = ? AND status = 'pending'").get(args.messageId) as { id: number } | undefined;
      if (!stale) return null;
      const text = (db.prepare('SELECT text FROM messages WHERE id = ?').get(args.messageId) as { text: string }).text;
      return this.draftMessage({
        conversationId: args.conversationId,
        messageId: args.messageId,
        text,
        backlog: false,
        before: () => drafts.decide(stale.id, 'resolved', 'Customer edit', clock.now(), null),
        alsoWrite: (id) => audit.record('assistant', 'draft.superseded', `draft:${stale.id}`, { conversationId: args.conversationId, newDraftId: id, why: 'customer_edited' }),
      });
    });
  }

  /** The customer deleted a message for everyone: its pending draft leaves the queue (audited). */
  withdrawDrafts(conversationId: number, messageId: number): number {
    const { db, drafts, audit, clock, bus } = this.deps;
    const withdrawn = transaction(db, () => {
      const ids = (db.prepare("SELECT id FROM drafts WHERE message_id = ? AND status = 'pending'").all(messageId) as Array<{ id: number }>).map((r) => r.id);
      for (const id of ids) {
        if (drafts.decide(id, 'resolved', 'Customer deleted', clock.now(), null)) {
          audit.record('assistant', 'draft.withdrawn', `draft:${id}`, { conversationId, why: 'customer_deleted_message' });
        }
      }
      return ids.length;
    });
    if (withdrawn > 0) bus.emit('queueChanged', { pending: drafts.pendingCount() });
    return withdrawn;
  }

  /**
   * Triages and drafts one stored customer message and puts the draft in the queue. `before`
   * (false = drop the draft) and `alsoWrite` run inside the transaction that stores it.
   */
  private async draftMessage(args: {
    conversationId: number;
    messageId: number;
    text: string;
    backlog: boolean;
    before?: () => boolean;
    alsoWrite?: (draftId: number | null) => void;
  }): Promise<number | null> {
    const { db, conversations, drafts, audit, bus, logger } = this.deps;
    const conversation = conversations.get(args.conversationId)!;
    if (conversation.state === 'paused') {
      transaction(db, () => {
        if (args.before && !args.before()) return;
        audit.record('assistant', 'assistant.skipped', `conversation:${conversation.id}`, { why: 'paused' });
        args.alsoWrite?.(null);
      });
      if (args.before) bus.emit('queueChanged', { pending: drafts.pendingCount() });
      return null;
    }

    const outcome: DraftOutcome =
      conversation.state === 'needs_person'
        ? {
            route: 'handoff',
            text: '',
            sources: [],
            reasons: [{ code: 'waiting_for_person', message: 'This chat is already waiting for a person.' }],
            drafter: 'none',
          }
        : await this.deps.drafter
            .draft({
              message: args.text,
              customerName: conversation.customerName,
              language: conversation.language,
              history: conversations.history(conversation.id, args.messageId, HISTORY_TURNS),
              conversationId: conversation.id,
              messageId: args.messageId,
            })
            .catch((error: unknown) => {
              // A drafter bug or a broken row: a person takes the message, and the log says why.
              logger.error({ err: error, conversationId: conversation.id, messageId: args.messageId }, 'drafting failed; handing the message to a person');
              return DRAFT_FAILED;
            });

    const draftId = transaction(db, () => {
      if (args.before && !args.before()) return null;
      const id = drafts.insert({
        conversationId: conversation.id,
        messageId: args.messageId,
        route: outcome.route,
        text: outcome.text,
        sources: outcome.sources,
        reasons: args.backlog ? [...outcome.reasons, BACKLOG_REASON] : outcome.reasons,
        drafter: outcome.drafter,
        at: this.deps.clock.now(),
        cost: outcome.cost ?? null,
      });
      if (outcome.route !== 'answer') conversations.setState(conversation.id, 'needs_person');
      audit.record('assistant', outcome.route === 'answer' ? 'assistant.drafted' : 'assistant.handoff', `draft:${id}`, {
        conversationId: conversation.id,
        route: outcome.route,
        sources: outcome.sources.map((s) => s.id),
        reasons: outcome.reasons.map((r) => r.code),
      });
      args.alsoWrite?.(id);
      return id;
    });
    if (draftId === null) return null;
    logger.debug({ draftId, route: outcome.route }, 'drafted');
    if (outcome.route !== 'answer' && conversation.state !== 'needs_person') {
      this.deps.notifier.notify(`${conversation.customerName} needs a person`, outcome.reasons[0]?.message ?? '');
    }
    bus.emit('conversationChanged', { conversationId: conversation.id });
    bus.emit('queueChanged', { pending: drafts.pendingCount() });
    return draftId;
  }
  /**
   * Records a message the owner sent from the phone: it joins the conversation, the assistant
   * pauses there (a person has taken over) and pending drafts for the chat are closed.
   */
  recordOwnerMessage(message: OwnerMessage): { conversationId: number; messageId: number | null } {
    const { db, conversations, drafts, audit, bus, clock } = this.deps;
    const result = transaction(db, () => {
      const conversationId =
        conversations.findConversation(message.channel, message.chatId) ??
        conversations.ensureConversation({
          channel: message.channel,
          externalId: message.chatId,
          name: message.customerName,
          language: message.language,
          at: message.at,
          startedBy: 'shop',
        });
      const messageId = conversations.insertMessage({
        conversationId,
        externalId: message.messageId,
        direction: 'out',
        author: 'Owner (phone)',
        text: message.text,
        status: 'sent',
        at: message.at,
        media: message.media ?? null,
      });
      if (messageId === null) return { conversationId, messageId, closed: 0, paused: false };
      const before = conversations.get(conversationId)!.state;
      conversations.setState(conversationId, 'paused');
      const closed = drafts.supersedePending(conversationId, 'Owner (phone)', clock.now());
      if (before !== 'paused') audit.record('Owner (phone)', 'assistant.paused', `conversation:${conversationId}`, { why: 'owner_replied_from_phone', closedDrafts: closed });
      return { conversationId, messageId, closed, paused: before !== 'paused' };
    });
    if (result.messageId !== null) {
      bus.emit('conversationChanged', { conversationId: result.conversationId });
      if (result.closed > 0) bus.emit('queueChanged', { pending: drafts.pendingCount() });
    }
    return { conversationId: result.conversationId, messageId: result.messageId };
  }
}
