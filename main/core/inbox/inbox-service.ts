/**
 * The inbox pipeline every channel feeds: store the message once, triage and draft it, and put
 * the result in the review queue. Practice chat and WhatsApp share this path.
 */
import type { ChannelKind, Conversation, Language } from '../../contract/schemas';
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
  /** Arrived while the app was offline (WhatsApp backlog): the draft says so and waits for a person. */
  backlog?: boolean;
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
  /** Used only if the conversation is new (the owner wrote first). */
  customerName: string;
  language: Language;
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
      });
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
    if (message.skipDraft) return { conversationId: stored.conversationId, messageId, duplicate: false, drafted: Promise.resolve(null) };
    return { conversationId: stored.conversationId, messageId, duplicate: false, drafted: this.enqueueDraft(stored.conversationId, messageId, message) };
  }

  /** Resolves once every draft started so far has landed (tests; a clean shutdown). */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }

  /**
   * Drafts one stored message after the chat's earlier messages (so a handoff on one is seen by
   * the next, as when they were drafted one call at a time). Never rejects: a drafting error is
   * logged and becomes a handoff with the reason on the card.
   */
  private enqueueDraft(conversationId: number, messageId: number, message: InboundMessage): Promise<number | null> {
    const previous = this.chains.get(conversationId) ?? Promise.resolve();
    const next = previous.then(() => this.draftStored(conversationId, messageId, message)).catch((error: unknown) => this.draftFailed(conversationId, messageId, message, error));
    this.chains.set(conversationId, next);
    this.running.add(next);
    void next.finally(() => {
      this.running.delete(next);
      if (this.chains.get(conversationId) === next) this.chains.delete(conversationId);
    });
    return next;
  }

  private async draftStored(conversationId: number, messageId: number, message: InboundMessage): Promise<number | null> {
    const { conversations, audit } = this.deps;
    const conversation = conversations.get(conversationId)!;
    if (conversation.state === 'paused') {
      audit.record('assistant', 'assistant.skipped', `conversation:${conversation.id}`, { why: 'paused' });
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
        : await this.deps.drafter.draft({
            message: message.text,
            customerName: message.customerName,
            language: message.language,
            history: conversations.history(conversation.id, messageId, HISTORY_TURNS),
            conversationId: conversation.id,
            messageId,
          });
    return this.saveDraft(conversation, messageId, message, outcome);
  }

  /** The drafter threw (a bug, a broken database row): a person takes the message, and the log says why. */
  private draftFailed(conversationId: number, messageId: number, message: InboundMessage, error: unknown): number | null {
    this.deps.logger.error({ err: error, conversationId, messageId }, 'drafting failed; handing the message to a person');
    try {
      const conversation = this.deps.conversations.get(conversationId);
      if (!conversation) return null;
      const outcome: DraftOutcome = {
        route: 'handoff',
        text: '',
        sources: [],
        reasons: [{ code: 'model_error', message: 'The assistant could not draft this message (details are in the log). A person should reply.' }],
        drafter: 'none',
      };
      return this.saveDraft(conversation, messageId, message, outcome);
    } catch (again) {
      // The database itself is failing (or closed): nothing more can be recorded here.
      this.deps.logger.error({ err: again, conversationId, messageId }, 'could not record the drafting failure');
      return null;
    }
  }

  private saveDraft(conversation: Conversation, messageId: number, message: InboundMessage, outcome: DraftOutcome): number {
    const { db, conversations, drafts, audit, bus, logger } = this.deps;
    const draftId = transaction(db, () => {
      const id = drafts.insert({
        conversationId: conversation.id,
        messageId,
        route: outcome.route,
        text: outcome.text,
        sources: outcome.sources,
        reasons: message.backlog ? [...outcome.reasons, BACKLOG_REASON] : outcome.reasons,
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
      return id;
    });
    logger.debug({ draftId, route: outcome.route }, 'drafted');
    if (outcome.route !== 'answer' && conversation.state !== 'needs_person') {
      this.deps.notifier.notify(`${message.customerName} needs a person`, outcome.reasons[0]?.message ?? '');
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
