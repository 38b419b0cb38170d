/**
 * Everything a socket reports about messages, applied to the inbox: customer messages are
 * ingested (live ones drafted at once; the offline backlog stored at once, held in the database
 * and triaged once it settles, see `BacklogTriage`), owner messages from the phone pause the
 * assistant, reactions/edits/deletions change the stored message (an edit re-drafts a still-pending
 * draft, a deletion withdraws it), delivery receipts move the reply's status, and LID→phone
 * mappings merge customers.
 * Work is serialised: one event at a time, in arrival order.
 */
import type { BaileysEventMap, WAMessage, WAMessageUpdate } from 'baileys';
import type { Language } from '../../contract/schemas';
import type { AuditLog } from '../audit/audit-log';
import type { ConversationsRepo } from '../inbox/conversations-repo';
import type { InboxService } from '../inbox/inbox-service';
import type { EventBus } from '../platform/events';
import type { Clock, Logger, Notifier } from '../platform/ports';
import { transaction, type Database } from '../storage/database';
import { phoneOf, type Timers } from './connection-types';
import { guessLanguage } from './guess-language';
import { mapMessage, normalizeJid, type ChatAddress, type MappedMessage, type Me } from './message-mapping';
import type { WaSocket } from './socket-port';
import type { WhatsAppRepo } from './whatsapp-repo';

/** What the router is built from. */
export type InboundDeps = {
  db: Database;
  clock: Clock;
  logger: Logger;
  notifier: Notifier;
  bus: EventBus;
  audit: AuditLog;
  inbox: InboxService;
  conversations: ConversationsRepo;
  repo: WhatsAppRepo;
  timers: Timers;
  /** The linked account, to recognise the owner's own chat. */
  me: () => Me;
  /** Called when the backlog count may have changed. */
  onBacklog: () => void;
  /** How long the offline backlog must be quiet before it is triaged. */
  backlogSettleMs: number;
};

type Customer = Extract<MappedMessage, { kind: 'customer' }>;

/** Delivery states WhatsApp reports (`proto.WebMessageInfo.Status`). */
const STATUS = { ERROR: 0, SERVER_ACK: 2, DELIVERY_ACK: 3, READ: 4, PLAYED: 5 } as const;

/** Explains a send failure code to the owner. */
export function failureReason(code: string | undefined): string {
  if (code === '463') return 'WhatsApp refused the reply (463): the account may be restricted from messaging this customer right now.';
  if (code === '479') return 'WhatsApp rejected the reply (479): the chat session needs to be refreshed.';
  return `WhatsApp did not deliver the reply${code ? ` (${code})` : ''}.`;
}

/** Applies a socket's message events to the inbox. */
export class InboundRouter {
  private chain: Promise<void> = Promise.resolve();
  /** An offline backlog is arriving: live messages join it until it settles. */
  private holding = false;
  private settleTimer: unknown = null;

  constructor(private readonly deps: InboundDeps) {}

  /** Listens to a new socket's message events. */
  attach(socket: WaSocket): void {
    socket.ev.on('messages.upsert', ({ messages, type }) => {
      // A live message while the backlog settles joins it, so its chat still gets one draft.
      if (type === 'append' || this.holding) {
        this.holding = true;
        this.enqueue(() => this.storeBacklog(messages));
        this.settleBacklog();
      } else this.enqueue(() => this.processLive(messages));
    });
    socket.ev.on('messages.update', (updates) => this.enqueue(async () => this.applyUpdates(updates)));
    socket.ev.on('lid-mapping.update', (mapping) => this.enqueue(async () => this.mergeLid(mapping)));
    socket.ev.on('connection.update', (update) => {
      if (update.receivedPendingNotifications) this.settleBacklog();
    });
  }

  /** Resolves once everything received so far is applied (tests, shutdown). */
  async idle(): Promise<void> {
    let seen: Promise<void> | null = null;
    while (seen !== this.chain) {
      seen = this.chain;
      await seen;
    }
  }

  /** After a restart: a backlog held when the app stopped is triaged once the new one settles. */
  resumeBacklog(): void {
    if (this.deps.inbox.backlogWaiting() === 0) return;
    this.holding = true;
    this.settleBacklog();
  }

  /** Triages the held backlog now (also runs by itself once the backlog is quiet). */
  flushBacklog(): Promise<void> {
    if (this.settleTimer !== null) this.deps.timers.clearTimeout(this.settleTimer);
    this.settleTimer = null;
    this.holding = false;
    this.enqueue(async () => {
      if ((await this.deps.inbox.triageBacklog()) > 0) this.deps.onBacklog();
    });
    return this.idle();
  }

  stop(): void {
    if (this.settleTimer !== null) this.deps.timers.clearTimeout(this.settleTimer);
    this.settleTimer = null;
  }

  private settleBacklog(): void {
    if (this.settleTimer !== null) this.deps.timers.clearTimeout(this.settleTimer);
    this.settleTimer = this.deps.timers.setTimeout(() => void this.flushBacklog(), this.deps.backlogSettleMs);
  }

  private enqueue(work: () => Promise<void>): void {
    this.chain = this.chain.then(work).catch((error: unknown) => this.deps.logger.error({ err: error }, 'WhatsApp event failed'));
  }

  private async processLive(messages: WAMessage[]): Promise<void> {
    for (const message of messages) await this.applySafely(mapMessage(message, this.deps.me(), this.deps.clock.now()), { backlog: false });
  }

  /**
   * Messages that arrived while the app was away are stored at once and held for triage (in the
   * database, so a close before it settles loses nothing): chats in the order their oldest
   * message arrived, each chat's messages oldest first. Nothing here drafts or sends.
   */
  private async storeBacklog(batch: WAMessage[]): Promise<void> {
    const now = this.deps.clock.now();
    const mapped = batch.map((message) => mapMessage(message, this.deps.me(), now));
    const chats = new Map<string, Customer[]>();
    const others: MappedMessage[] = [];
    for (const item of mapped) {
      if (item.kind !== 'customer') {
        others.push(item);
        continue;
      }
      const list = chats.get(item.chat.customerKey) ?? [];
      list.push(item);
      chats.set(item.chat.customerKey, list);
    }
    for (const list of chats.values()) list.sort((a, b) => a.at - b.at);
    const ordered = [...chats.values()].sort((a, b) => a[0]!.at - b[0]!.at);
    for (const list of ordered) {
      for (const item of list) await this.applySafely(item, { backlog: true });
    }
    // Owner replies, reactions and edits after the customer messages they refer to.
    for (const item of others.sort((a, b) => ('at' in a ? a.at : 0) - ('at' in b ? b.at : 0))) await this.applySafely(item, { backlog: true });
  }

  /** One message failing (e.g. its draft) must not drop the rest of its batch. */
  private async applySafely(item: MappedMessage, options: { backlog: boolean }): Promise<void> {
    try {
      await this.apply(item, options);
    } catch (error) {
      this.deps.logger.error({ err: error, kind: item.kind }, 'WhatsApp message could not be applied');
    }
  }

  private async apply(item: MappedMessage, options: { backlog: boolean }): Promise<void> {
    const { conversations, repo, bus, clock, logger } = this.deps;
    switch (item.kind) {
      case 'ignore':
        logger.debug({ reason: item.reason }, 'WhatsApp message ignored');
        return;
      case 'customer': {
        const known = this.reconcile(item.chat);
        const existing = known === null ? null : conversations.get(known);
        // Stored first, then the reply address (and the ad) kept, then the draft awaited: an
        // automatic reply queued by the draft must find where to go (and whether an ad started it).
        let drafted: Promise<unknown>;
        try {
          drafted = this.deps.inbox.receive({
            channel: 'whatsapp',
            chatId: item.chat.customerKey,
            messageId: item.messageId,
            customerName: item.pushName ?? existing?.customerName ?? phoneOf(item.chat.pnJid ?? undefined) ?? 'WhatsApp customer',
            language: this.language(item.text, item.chat, existing?.language ?? null),
            text: item.text,
            at: item.at,
            media: item.media,
            holdForBacklog: options.backlog,
          }).drafted;
        } finally {
          // The message is stored before drafting; its reply address must be kept even if drafting fails.
          const conversationId = this.findConversation(item.chat);
          if (conversationId !== null) {
            repo.upsertChat({ conversationId, ...pick(item.chat) }, clock.now());
            if (item.referral && !conversations.referral(conversationId)) conversations.setReferral(conversationId, item.referral);
          }
        }
        await drafted;
        return;
      }
      case 'owner': {
        // Our own sends echo back as fromMe; only messages typed on the phone are a takeover.
        if (repo.isOwnSend(item.messageId)) return;
        const known = this.reconcile(item.chat);
        const existing = known === null ? null : conversations.get(known);
        const { conversationId } = this.deps.inbox.recordOwnerMessage({
          channel: 'whatsapp',
          chatId: item.chat.customerKey,
          messageId: item.messageId,
          text: item.text,
          at: item.at,
          media: item.media,
          customerName: existing?.customerName ?? phoneOf(item.chat.pnJid ?? undefined) ?? 'WhatsApp contact',
          language: existing?.language ?? this.language(item.text, item.chat, null),
        });
        repo.upsertChat({ conversationId, ...pick(item.chat) }, clock.now());
        return;
      }
      case 'reaction':
      case 'edit':
      case 'revoke': {
        const conversationId = this.findConversation(item.chat);
        const target = conversationId === null ? null : conversations.findMessage(conversationId, item.targetId);
        if (conversationId === null || !target) return;
        if (item.kind === 'reaction') conversations.setReaction(target.id, item.emoji);
        else if (item.kind === 'edit') conversations.applyEdit(target.id, item.text, clock.now());
        else conversations.applyDeletion(target.id, clock.now());
        bus.emit('conversationChanged', { conversationId });
        // A reply already approved or sent is not redone: the edit stays visible in the chat.
        if (item.kind === 'edit' && target.direction === 'in') await this.deps.inbox.redraftEdited({ conversationId, messageId: target.id });
        if (item.kind === 'revoke' && target.direction === 'in') this.deps.inbox.withdrawDrafts(conversationId, target.id);
        return;
      }
    }
  }

  private applyUpdates(updates: WAMessageUpdate[]): void {
    const { repo, conversations, audit, bus, notifier } = this.deps;
    for (const { key, update } of updates) {
      if (!key.fromMe || !key.id || update.status === undefined || update.status === null) continue;
      const sendId = key.id;
      const message = repo.outboundMessage(sendId);
      if (!message) continue;
      const status = update.status;
      if (status === STATUS.ERROR) {
        // Only replies this app sent are its to report; the phone shows its own failures.
        if (!repo.isOwnSend(sendId)) continue;
        const code = (update.messageStubParameters as unknown[] | null | undefined)?.[0];
        const reason = failureReason(typeof code === 'string' ? code : undefined);
        if (!conversations.advanceOutboundStatus(message.id, 'failed')) continue;
        transaction(this.deps.db, () => {
          repo.markOutboxFailed(sendId, reason);
          repo.recordSendError(sendId, reason);
          audit.record('assistant', 'message.failed', `conversation:${message.conversationId}`, { sendId, error: reason });
        });
        notifier.notify('A WhatsApp reply was not delivered', reason, { event: 'message.failed', conversationId: message.conversationId });
      } else {
        const next = status === STATUS.SERVER_ACK ? 'sent' : status === STATUS.DELIVERY_ACK ? 'delivered' : status >= STATUS.READ ? 'read' : null;
        if (!next || !conversations.advanceOutboundStatus(message.id, next)) continue;
      }
      bus.emit('conversationChanged', { conversationId: message.conversationId });
    }
  }

  /** A LID turned out to be a known phone number: re-key (and if needed merge) the customer. */
  private mergeLid(mapping: BaileysEventMap['lid-mapping.update']): void {
    const lid = normalizeJid(mapping.lid);
    const pn = normalizeJid(mapping.pn);
    if (!lid.endsWith('@lid') || !pn.endsWith('@s.whatsapp.net')) return;
    const conversationId = this.reconcile({ replyJid: lid, lidJid: lid, pnJid: pn, customerKey: pn });
    if (conversationId !== null) this.deps.bus.emit('conversationChanged', { conversationId });
  }

  /** Moves a LID-keyed customer to its phone key when both are known; returns the conversation. */
  private reconcile(chat: ChatAddress): number | null {
    const { conversations, repo, db, clock } = this.deps;
    if (!chat.pnJid || !chat.lidJid || conversations.findConversation('whatsapp', chat.lidJid) === null) return this.findConversation(chat);
    return transaction(db, () => {
      const fromId = conversations.findConversation('whatsapp', chat.lidJid!)!;
      const intoId = conversations.findConversation('whatsapp', chat.pnJid!);
      const from = intoId !== null && intoId !== fromId ? repo.dropChat(fromId) : null;
      const survivor = conversations.rekeyCustomer('whatsapp', chat.lidJid!, chat.pnJid!)!;
      const current = repo.chat(survivor) ?? from;
      repo.upsertChat({ conversationId: survivor, replyJid: current?.replyJid ?? chat.replyJid, pnJid: chat.pnJid, lidJid: chat.lidJid }, clock.now());
      return survivor;
    });
  }

  private findConversation(chat: ChatAddress): number | null {
    const { conversations } = this.deps;
    for (const key of [chat.customerKey, chat.pnJid, chat.lidJid]) {
      const id = key ? conversations.findConversation('whatsapp', key) : null;
      if (id !== null) return id;
    }
    return null;
  }

  private language(text: string, chat: ChatAddress, known: Language | null): Language {
    return guessLanguage(text, chat.pnJid, known);
  }
}

function pick(chat: ChatAddress): { replyJid: string; pnJid: string | null; lidJid: string | null } {
  return { replyJid: chat.replyJid, pnJid: chat.pnJid, lidJid: chat.lidJid };
}
