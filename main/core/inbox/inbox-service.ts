/**
 * The inbox pipeline every channel feeds: store the message once, triage and draft it, and put
 * the result in the review queue. Practice chat and WhatsApp share this path.
 */
import type { ChannelKind, Language } from '../../contract/schemas';
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
  constructor(private readonly deps: InboxDeps) {}

  async ingest(message: InboundMessage): Promise<IngestResult> {
    const { db, conversations, drafts, audit, bus, logger } = this.deps;
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
      return { conversationId: stored.conversationId, messageId: existing.id, duplicate: true, draftId: null };
    }
    const messageId = stored.messageId;
    bus.emit('conversationChanged', { conversationId: stored.conversationId });

    const conversation = conversations.get(stored.conversationId)!;
    if (message.skipDraft) return { conversationId: conversation.id, messageId, duplicate: false, draftId: null };
    if (conversation.state === 'paused') {
      audit.record('assistant', 'assistant.skipped', `conversation:${conversation.id}`, { why: 'paused' });
      return { conversationId: conversation.id, messageId, duplicate: false, draftId: null };
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
    return { conversationId: conversation.id, messageId, duplicate: false, draftId };
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
