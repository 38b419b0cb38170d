/**
 * The inbox pipeline every channel feeds: store the message once, triage and draft its turn (the
 * customer's messages since the shop last answered, see `turns.ts`), and put the result in the
 * review queue. Practice chat and WhatsApp share this path. Every draft of a chat (live, edit,
 * offline backlog, resumed after a crash) runs through one `ChatQueue`, one at a time and in order.
 */
import type { ChannelKind, Language, MediaKind } from '../../contract/schemas';
import { transaction } from '../storage/database';
import { BacklogTriage } from './backlog-triage';
import { ChatQueue } from './chat-queue';
import { syncCustomerNames } from './customer-names';
import { DraftWriter, type DraftWriterDeps } from './draft-writer';
import { SUPERSEDED_BY, TurnDrafting, type TurnTrigger } from './turns';

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
   * which keeps one pending reply per chat, marked 'backlog', for its latest message.
   */
  holdForBacklog?: boolean;
  /** Store only; drafted with the chat's next message (it is part of that turn). */
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

export type IngestResult = { conversationId: number; messageId: number; duplicate: boolean; draftId: number | null };

/** A stored message whose draft is still being written. */
export type ReceiveResult = { conversationId: number; messageId: number; duplicate: boolean; drafted: Promise<number | null> };

/** What the inbox is built from: exactly what its draft writer needs, so the two cannot drift. */
export type InboxDeps = DraftWriterDeps;

/** Ingests inbound messages. */
export class InboxService {
  /** Every draft of a chat (live, edit, backlog) goes through here: one at a time, in order. */
  private readonly queue: ChatQueue;
  private readonly turns: TurnDrafting;
  private readonly backlog: BacklogTriage;

  constructor(private readonly deps: InboxDeps) {
    this.queue = new ChatQueue(deps.logger);
    const writer = new DraftWriter(deps);
    this.turns = new TurnDrafting({ db: deps.db, clock: deps.clock, audit: deps.audit, drafts: deps.drafts, draft: (request) => writer.draft(request) });
    this.backlog = new BacklogTriage({
      db: deps.db,
      logger: deps.logger,
      enqueue: (conversationId, work) => this.queue.enqueue(conversationId, work),
      draftTurn: (conversationId) => this.turns.run(conversationId, { kind: 'backlog' }),
    });
  }

  /** Runs the chat's open turn in its drafting order. */
  private draftTurn(conversationId: number, trigger: TurnTrigger): Promise<number | null> {
    return this.queue.enqueue(conversationId, () => this.turns.run(conversationId, trigger));
  }

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
      // A new customer's name goes into the private-data guard's index here, in the message's
      // transaction: folded lazily by the draft's guard, it cost a commit (an fsync) of its own.
      syncCustomerNames(db);
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
      // Held in the same transaction as the message: a crash before its draft is stored (or before
      // backlog triage) loses nothing; `resume` drafts it at the next start.
      if (messageId !== null && message.holdForBacklog) this.backlog.hold(messageId, message.at);
      else if (messageId !== null && !message.skipDraft) this.turns.hold(messageId, message.at);
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
        : this.draftTurn(stored.conversationId, { kind: 'jobs' })
            .then((id) => id ?? this.coveringDraft(stored.conversationId, messageId))
            // The core closed while the turn was drafted: its job stays for the next start.
            .catch((error: unknown) => {
              this.deps.logger.warn({ err: error, conversationId: stored.conversationId }, 'draft not stored');
              return null;
            });
    return { conversationId: stored.conversationId, messageId, duplicate: false, drafted };
  }

  /**
   * After a start: drafts every turn whose messages were stored but not drafted when the app
   * stopped (or crashed), one chat at a time in the order they have waited (like the backlog, not
   * blasted at the model), each in its drafting order. Calling it again (or while live messages
   * arrive) drafts nothing twice. Resolves with the number of drafts stored.
   */
  async resume(): Promise<number> {
    let drafted = 0;
    for (const conversationId of this.turns.waitingChats()) {
      if ((await this.draftTurn(conversationId, { kind: 'jobs' })) !== null) drafted += 1;
    }
    return drafted;
  }

  /** Customer messages stored but not drafted yet (survives restarts). */
  draftsWaiting(): number {
    return this.turns.waiting();
  }

  /** The draft that answered a message with its turn (a run for a later message may have drafted it). */
  private coveringDraft(conversationId: number, messageId: number): number | null {
    const row = this.deps.db.prepare('SELECT id FROM drafts WHERE conversation_id = ? AND message_id >= ? ORDER BY id DESC LIMIT 1').get(conversationId, messageId) as
      | { id: number }
      | undefined;
    return row?.id ?? null;
  }

  /** Resolves once every draft started so far has landed (tests; a clean shutdown). */
  idle(): Promise<void> {
    return this.queue.idle();
  }

  /** Customer messages held for backlog triage (survives restarts). */
  backlogWaiting(): number {
    return this.backlog.waiting();
  }

  /**
   * Drafts the held backlog, one pending backlog draft per chat for its latest message (see
   * `BacklogTriage`); resolves with the number of drafts stored. Nothing here sends anything.
   */
  triageBacklog(): Promise<number> {
    return this.backlog.triage();
  }

  /**
   * The customer edited a message of a turn whose draft is still pending: the whole turn is drafted
   * again with the edited text and the stale draft resolved in the same transaction (audited). A
   * turn already answered (approved, sent) is left alone (the edit just shows in the chat), as is
   * one decided meanwhile. Returns the new draft id, or null when nothing was replaced.
   */
  redraftEdited(args: { conversationId: number; messageId: number }): Promise<number | null> {
    // Queued behind the chat's drafting, so an edit that lands while the first draft is still
    // being written replaces that draft once it is stored instead of missing it.
    return this.draftTurn(args.conversationId, { kind: 'edited', messageId: args.messageId });
  }

  /**
   * The customer deleted a message for everyone. When it was the turn's only message left, the
   * turn's pending draft leaves the queue (audited, returned count); otherwise the rest of the
   * turn is drafted again (durably, like a new message) and replaces that draft.
   */
  withdrawDrafts(conversationId: number, messageId: number): number {
    const { db, drafts, audit, clock, bus } = this.deps;
    const turn = this.turns.turn(conversationId);
    if (messageId <= turn.boundary) return 0;
    const outcome = transaction(db, () => {
      const ids = (
        db.prepare("SELECT id FROM drafts WHERE conversation_id = ? AND message_id > ? AND status = 'pending'").all(conversationId, turn.boundary) as Array<{ id: number }>
      ).map((r) => r.id);
      if (ids.length > 0 && turn.messages.length > 0) {
        this.turns.hold(messageId, clock.now());
        return { withdrawn: 0, redraft: true };
      }
      for (const id of ids) {
        if (drafts.decide(id, 'resolved', SUPERSEDED_BY.deleted, clock.now(), null)) {
          audit.record('assistant', 'draft.withdrawn', `draft:${id}`, { conversationId, why: 'customer_deleted_message' });
        }
      }
      return { withdrawn: ids.length, redraft: false };
    });
    if (outcome.redraft) void this.draftTurn(conversationId, { kind: 'deleted' });
    if (outcome.withdrawn > 0) bus.emit('queueChanged', { pending: drafts.pendingCount() });
    return outcome.withdrawn;
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
