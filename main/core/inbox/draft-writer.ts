/**
 * Drafting one stored customer message: triage and draft it (or hand it to a person), then store
 * the draft, the conversation's state and the audit entry in one transaction and announce it.
 * Callers run it through the chat's `ChatQueue`, never directly.
 */
import type { ReviewReason } from '../../contract/schemas';
import type { AuditLog } from '../audit/audit-log';
import type { Drafter, DraftOutcome } from '../assistant/drafter';
import type { EventBus } from '../platform/events';
import type { Clock, Logger, Notifier } from '../platform/ports';
import type { DraftsRepo } from '../review/drafts-repo';
import { transaction, type Database } from '../storage/database';
import type { ConversationsRepo } from './conversations-repo';

/** The outcome recorded when the drafter throws: the card tells the person why it is theirs. */
const DRAFT_FAILED: DraftOutcome = {
  route: 'handoff',
  text: '',
  sources: [],
  reasons: [
    {
      code: 'model_error',
      message: 'The assistant could not draft this message (details are in the log). A person should reply.',
      params: { context: 'crash', then: 'person' },
    },
  ],
  drafter: 'none',
};

/** Marks a draft written for the offline backlog (also how such drafts are found again). */
export const BACKLOG_REASON: ReviewReason = { code: 'backlog', message: 'Arrived while Counterpart was offline; check it is still relevant.', params: {} };

const HISTORY_TURNS = 6;

/** One message to draft. */
export type DraftRequest = {
  conversationId: number;
  messageId: number;
  text: string;
  /** Adds `BACKLOG_REASON` to the draft. */
  backlog: boolean;
  /** Runs first in the storing transaction; false drops the draft. */
  before?: () => boolean;
  /** Runs last in the storing transaction, with the new draft's id (null when none was stored). */
  alsoWrite?: (draftId: number | null) => void;
};

/** What the writer is built from. */
export type DraftWriterDeps = {
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

/** Drafts stored messages into the review queue. */
export class DraftWriter {
  constructor(private readonly deps: DraftWriterDeps) {}

  /**
   * Triages and drafts one stored customer message and puts the draft in the queue; resolves with
   * its id, or null (paused chat, or `before` said no). Rejects only when storing fails.
   */
  async draft(args: DraftRequest): Promise<number | null> {
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
            reasons: [{ code: 'waiting_for_person', message: 'This chat is already waiting for a person.', params: {} }],
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
        ...(outcome.steps ? { steps: outcome.steps } : {}),
      });
      args.alsoWrite?.(id);
      return id;
    });
    if (draftId === null) return null;
    logger.debug({ draftId, route: outcome.route }, 'drafted');
    if (outcome.route !== 'answer' && conversation.state !== 'needs_person') {
      this.deps.notifier.notify(`${conversation.customerName} needs a person`, outcome.reasons[0]?.message ?? '', { event: 'handoff', conversationId: conversation.id });
    }
    bus.emit('conversationChanged', { conversationId: conversation.id });
    bus.emit('queueChanged', { pending: drafts.pendingCount() });
    return draftId;
  }
}
