/**
 * Drafting one customer turn (see `turns.ts`): triage and draft it (or hand it to a person), then
 * store the draft, the conversation's state and the audit entry in one transaction and announce
 * it. Callers run it through the chat's `ChatQueue`, never directly.
 *
 * Every handoff puts the chat in `needs_person`. One that needs a person for good (the customer
 * asked for one, a complaint, refund, legal threat, order question, an attack, an opt-out)
 * sticks until a person answers or resolves it: later messages get a waiting card, no draft. One
 * only because nothing in the knowledge answers (or the drafter failed) does not: the customer's
 * next message is drafted again with the whole turn, and an answer gives the chat back to the
 * assistant.
 */
import type { Conversation, ReviewReason, Route } from '../../contract/schemas';
import type { AuditLog } from '../audit/audit-log';
import type { Drafter, DraftOutcome } from '../assistant/drafter';
import { assertNever } from '../platform/errors';
import type { EventBus } from '../platform/events';
import type { Clock, Logger } from '../platform/ports';
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

/** Handoff reasons that keep the chat with a person until one answers or resolves it. */
const STICKY_CODES: ReadonlySet<ReviewReason['code']> = new Set([
  'asked_for_person',
  'complaint',
  'refund_or_return',
  'legal_threat',
  'order_status',
  'injection',
  'waiting_for_person',
]);

/** Whether an outcome hands the chat to a person for good (not just this turn). */
export function isSticky(outcome: Pick<DraftOutcome, 'route' | 'reasons'>): boolean {
  switch (outcome.route) {
    case 'answer':
      return false;
    case 'optout':
      return true;
    case 'handoff':
      return outcome.reasons.some((r) => STICKY_CODES.has(r.code));
    default:
      return assertNever(outcome.route);
  }
}

/** One turn to draft. */
export type DraftRequest = {
  conversationId: number;
  /** The turn's latest message: the draft is stored for it. */
  messageId: number;
  /** The turn's messages, joined by newlines, in order. */
  text: string;
  /** History ends before this message (the turn's first); default `messageId`. */
  historyBefore?: number;
  /** Reasons of the drafts this one replaces: a chat waiting for a person keeps them on its card. */
  carry?: ReviewReason[];
  /** Adds `BACKLOG_REASON` to the draft. */
  backlog: boolean;
  /** Runs first in the storing transaction (not in a paused chat); false drops the draft. */
  before?: () => boolean;
  /** Runs last in the storing transaction, with the new draft's id (null when none was stored). */
  alsoWrite?: (draftId: number | null) => void;
};

/** What the autopilot does around a draft (see `autopilot-service.ts`); absent: suggest only. */
export type AutopilotHooks = {
  /** The owner switched the assistant off: nothing is drafted. */
  draftingOff(): boolean;
  /** The draft's topic is switched off: it is not stored. */
  topicOff(outcome: DraftOutcome): boolean;
  /** In the storing transaction, after the draft: true when it was queued to send alone. */
  afterDraft(args: { draftId: number; conversation: Conversation; outcome: DraftOutcome; backlog: boolean; messageId: number }): boolean;
  /** In the skipping transaction of a turn stored with no draft: true when a message was queued. */
  afterSkippedTurn(args: { conversation: Conversation; messageId: number; backlog: boolean }): boolean;
  /** After the commit: deliver what was queued. */
  kick(): void;
};

/** What the writer is built from. */
export type DraftWriterDeps = {
  db: Database;
  clock: Clock;
  logger: Logger;
  audit: AuditLog;
  conversations: ConversationsRepo;
  drafts: DraftsRepo;
  drafter: Drafter;
  bus: EventBus;
  autopilot?: AutopilotHooks;
};

/** Drafts stored customer turns into the review queue. */
export class DraftWriter {
  constructor(private readonly deps: DraftWriterDeps) {}

  /**
   * Triages and drafts one customer turn and puts the draft in the queue; resolves with its id,
   * or null (paused chat, or `before` said no). Rejects only when storing fails.
   */
  async draft(args: DraftRequest): Promise<number | null> {
    const { db, conversations, drafts, audit, bus, logger } = this.deps;
    const conversation = conversations.get(args.conversationId)!;
    const turnFrom = args.historyBefore ?? args.messageId;
    const skip = (why: 'paused' | 'autopilot_off' | 'topic_off'): null => {
      // Nothing is stored for the turn, and nothing pending is closed here. A paused chat is the
      // owner's own conversation: not even the greeting or away message goes there.
      const queued = transaction(db, () => {
        audit.record('assistant', 'assistant.skipped', `conversation:${conversation.id}`, { why });
        const owner = why !== 'paused' && (this.deps.autopilot?.afterSkippedTurn({ conversation, messageId: args.messageId, backlog: args.backlog }) ?? false);
        args.alsoWrite?.(null);
        return owner;
      });
      if (queued) this.deps.autopilot?.kick();
      return null;
    };
    // A person has taken the chat over, or the owner switched the assistant off.
    if (conversation.state === 'paused') return skip('paused');
    if (this.deps.autopilot?.draftingOff()) return skip('autopilot_off');

    const outcome: DraftOutcome =
      conversation.state === 'needs_person' && this.stuckWithPerson(conversation.id)
        ? waiting(args.carry ?? [])
        : await this.deps.drafter
            .draft({
              message: args.text,
              customerName: conversation.customerName,
              language: conversation.language,
              history: conversations.history(conversation.id, args.historyBefore ?? args.messageId, HISTORY_TURNS),
              conversationId: conversation.id,
              messageId: args.messageId,
            })
            .catch((error: unknown) => {
              // A drafter bug or a broken row: a person takes the message, and the log says why.
              logger.error({ err: error, conversationId: conversation.id, messageId: args.messageId }, 'drafting failed; handing the message to a person');
              return DRAFT_FAILED;
            });

    if (outcome.route === 'answer' && this.deps.autopilot?.topicOff(outcome)) return skip('topic_off');

    let queued = false;
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
        turnFrom,
      });
      // Any handoff waits for a person now; only a sticky one keeps later turns from being drafted.
      if (outcome.route !== 'answer') conversations.setState(conversation.id, 'needs_person');
      else if (conversation.state === 'needs_person') conversations.setState(conversation.id, 'assistant');
      audit.record('assistant', outcome.route === 'answer' ? 'assistant.drafted' : 'assistant.handoff', `draft:${id}`, {
        conversationId: conversation.id,
        route: outcome.route,
        sources: outcome.sources.map((s) => s.id),
        reasons: outcome.reasons.map((r) => r.code),
        ...(outcome.steps ? { steps: outcome.steps } : {}),
      });
      queued = this.deps.autopilot?.afterDraft({ draftId: id, conversation, outcome, backlog: args.backlog, messageId: args.messageId }) ?? false;
      args.alsoWrite?.(id);
      return id;
    });
    if (draftId === null) return null;
    if (queued) this.deps.autopilot?.kick();
    logger.debug({ draftId, route: outcome.route }, 'drafted');
    // Notifications come from the attention service (console/attention.ts): one per chat until seen.
    bus.emit('conversationChanged', { conversationId: conversation.id });
    bus.emit('queueChanged', { pending: drafts.pendingCount() });
    return draftId;
  }

  /**
   * Whether a chat in `needs_person` stays with the person: its latest handoff was sticky (a
   * waiting card carries the reasons it replaced, so a chain of them stays sticky). A chat only
   * handed off because nothing answered (also one stored before this rule) is drafted again.
   */
  private stuckWithPerson(conversationId: number): boolean {
    const row = this.deps.db
      .prepare("SELECT route, reasons FROM drafts WHERE conversation_id = ? AND route <> 'answer' ORDER BY id DESC LIMIT 1")
      .get(conversationId) as { route: Route; reasons: string } | undefined;
    // No handoff on record (e.g. merged chats): keep the chat with the person, as before.
    return row === undefined || isSticky({ route: row.route, reasons: JSON.parse(row.reasons) as ReviewReason[] });
  }
}

/** The card of a chat already waiting for a person: why it waits, and that the customer wrote more. */
function waiting(carried: ReviewReason[]): DraftOutcome {
  const kept = carried.filter((r, i) => r.code !== 'backlog' && r.code !== 'waiting_for_person' && carried.findIndex((c) => c.code === r.code) === i);
  return {
    // A customer who opted out stays opted out: the card still offers no reply to send.
    route: kept.some((r) => r.code === 'optout') ? 'optout' : 'handoff',
    text: '',
    sources: [],
    reasons: [...kept, { code: 'waiting_for_person', message: 'This chat is already waiting for a person.', params: {} }],
    drafter: 'none',
  };
}
