/**
 * The inbox pipeline every channel feeds: store the message once, triage and draft it, and put
 * the result in the review queue. Practice chat and WhatsApp share this path. Every draft of a
 * chat (live, edit, offline backlog) runs through one `ChatQueue`, one at a time and in order.
 */
import type { ChannelKind, Language, MediaKind } from '../../contract/schemas';
import { transaction } from '../storage/database';
import { BacklogTriage, IS_BACKLOG_DRAFT } from './backlog-triage';
import { ChatQueue } from './chat-queue';
import { DraftWriter, type DraftWriterDeps } from './draft-writer';

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

export type IngestResult = { conversationId: number; messageId: number; duplicate: boolean; draftId: number | null };

/** A stored message whose draft is still being written. */
export type ReceiveResult = { conversationId: number; messageId: number; duplicate: boolean; drafted: Promise<number | null> };

/** What the inbox is built from: exactly what its draft writer needs, so the two cannot drift. */
export type InboxDeps = DraftWriterDeps;

/** Ingests inbound messages. */
export class InboxService {
  /** Every draft of a chat (live, edit, backlog) goes through here: one at a time, in order. */
  private readonly queue: ChatQueue;
  private readonly writer: DraftWriter;
  private readonly backlog: BacklogTriage;

  constructor(private readonly deps: InboxDeps) {
    this.queue = new ChatQueue(deps.logger);
    this.writer = new DraftWriter(deps);
    this.backlog = new BacklogTriage({
      db: deps.db,
      clock: deps.clock,
      logger: deps.logger,
      audit: deps.audit,
      drafts: deps.drafts,
      enqueue: (conversationId, work) => this.queue.enqueue(conversationId, work),
      draft: (request) => this.writer.draft(request),
    });
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
      if (messageId !== null && message.holdForBacklog) this.backlog.hold(messageId, message.at);
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
        : this.queue.enqueue(stored.conversationId, () => this.writer.draft({ conversationId: stored.conversationId, messageId, text: message.text, backlog: false }));
    return { conversationId: stored.conversationId, messageId, duplicate: false, drafted };
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
   * The customer edited a message whose draft is still pending: the stale draft is resolved and a
   * new one drafted for the edited text, in one transaction (audited). A draft already approved
   * or sent is left alone (the edit just shows in the chat), as is one decided meanwhile.
   * Returns the new draft id, or null when nothing was replaced.
   */
  redraftEdited(args: { conversationId: number; messageId: number }): Promise<number | null> {
    const { db, drafts, audit, clock } = this.deps;
    // Queued behind the chat's drafting, so an edit that lands while the first draft is still
    // being written replaces that draft once it is stored instead of missing it.
    return this.queue.enqueue(args.conversationId, async () => {
      const stale = db.prepare(`SELECT d.id, ${IS_BACKLOG_DRAFT} AS backlog FROM drafts d WHERE d.message_id = ? AND d.status = 'pending'`).get(args.messageId) as
        | { id: number; backlog: number }
        | undefined;
      if (!stale) return null;
      const text = (db.prepare('SELECT text FROM messages WHERE id = ?').get(args.messageId) as { text: string }).text;
      return this.writer.draft({
        conversationId: args.conversationId,
        messageId: args.messageId,
        text,
        // A re-drafted backlog draft stays one, so more backlog for the chat still replaces it.
        backlog: stale.backlog === 1,
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
