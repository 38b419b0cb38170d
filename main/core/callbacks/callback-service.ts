/**
 * Warm callbacks: one follow-up, ever, for a customer who went quiet after the shop answered
 * their question (or an ad-started chat that stopped after the first exchange).
 *
 * Planned when the shop's answer is sent (`conversationChanged`), due the owner's delay later,
 * on the injected timers (one timer, for the earliest thing to do; re-armed by `start()`, so
 * planned callbacks survive a restart). At due time every rule is checked again and the callback
 * is drafted into the queue — or sent by the autopilot when its gate passes for the topic — or
 * skipped with a recorded reason. A customer message cancels it (answered). Before a drafted
 * callback is approved and again before it leaves, the window, the customer's standing and the
 * product's price and stock are read again: anything changed withholds it.
 */
import type { CallbackSettings, CallbackSkipReason } from '../../contract/callback-schemas';
import type { QuietHours, ReviewReason, Settings, SourceRef } from '../../contract/schemas';
import type { DraftOutcome, DraftSteps } from '../assistant/drafter';
import type { AuditLog } from '../audit/audit-log';
import type { AutopilotRepo } from '../autopilot/autopilot-repo';
import type { AutopilotService } from '../autopilot/autopilot-service';
import type { ConversationsRepo } from '../inbox/conversations-repo';
import { SUPERSEDED_BY } from '../inbox/turns';
import type { KnowledgeRepo } from '../knowledge/knowledge-repo';
import { AppError } from '../platform/errors';
import type { EventBus } from '../platform/events';
import type { Clock, Logger, Timers } from '../platform/ports';
import type { DraftsRepo } from '../review/drafts-repo';
import { transaction, type Database } from '../storage/database';
import { CallbackFactsReader, type AnsweredReply } from './callback-facts';
import type { Callback, CallbackFacts, CallbackRepo } from './callback-repo';
import { CallbackGrounding } from './callback-grounding';
import { SERVICE_WINDOW_MS, quietAt, quietEnd, windowEnd } from './callback-rules';
import { callbackText } from './callback-text';

/** Who the audit log names for callbacks. */
export const CALLBACK_ACTOR = 'Callbacks';
/** Who closes a callback draft the rules withheld. */
const WITHHELD_BY = 'Callback check';
const HOUR = 60 * 60_000;
/** A callback held back by the hourly limit looks again this much later. */
const RATE_RETRY_MS = 10 * 60_000;

/** Why a drafted callback may no longer go out, or 'answered' when the customer wrote meanwhile. */
export type Withhold = CallbackSkipReason | 'answered';

export type CallbackDeps = {
  db: Database;
  clock: Clock;
  timers: Timers;
  logger: Logger;
  audit: AuditLog;
  bus: EventBus;
  repo: CallbackRepo;
  conversations: ConversationsRepo;
  drafts: DraftsRepo;
  knowledge: Pick<KnowledgeRepo, 'productsBySku' | 'profile'>;
  autopilot: Pick<AutopilotService, 'draftingOff' | 'sendFollowUp' | 'kick'>;
  autopilotRepo: Pick<AutopilotRepo, 'settings' | 'sentSince'>;
  /** The app's settings: the console's quiet hours and how stock is shown. */
  settings: () => Pick<Settings, 'quietHours' | 'stockDisplay' | 'lowStockThreshold'>;
};

/** The card's reason on a callback draft: "Follow-up" and why. */
export function callbackReason(reason: Callback['reason']): ReviewReason {
  const message = reason === 'ad_dropped' ? 'Follow-up: the chat from your ad stopped after the first exchange.' : 'Follow-up: the customer went quiet after your answer.';
  return { code: 'callback', message, params: { context: reason } };
}

/** Plans, drafts, withholds and follows warm callbacks. */
export class CallbackService {
  private readonly read: CallbackFactsReader;
  private readonly grounding: CallbackGrounding;
  private timer: { handle: unknown; at: number } | null = null;
  private stopWatching: (() => void) | null = null;
  private closed = false;

  constructor(private readonly deps: CallbackDeps) {
    this.read = new CallbackFactsReader(deps.db);
    this.grounding = new CallbackGrounding(deps);
  }

  settings(): CallbackSettings {
    return this.deps.repo.settings();
  }

  /** Saves the owner's settings (audited). A new delay applies to callbacks planned from now on. */
  updateSettings(patch: Partial<CallbackSettings>, actor: string): CallbackSettings {
    transaction(this.deps.db, () => {
      this.deps.repo.saveSettings({ ...this.deps.repo.settings(), ...patch });
      this.deps.audit.record(actor, 'callback.settings', 'callbacks', { ...patch });
    });
    return this.settings();
  }

  /** Follows conversation changes: plans callbacks, notices replies and sends; returns the unsubscribe. */
  watch(): () => void {
    this.stopWatching = this.deps.bus.on('conversationChanged', ({ conversationId }) => this.changed(conversationId));
    return () => this.stopWatching?.();
  }

  /** Arms the timer for what is due (planned callbacks and open drafts survive restarts). */
  start(): void {
    this.closed = false;
    this.run();
  }

  close(): void {
    this.closed = true;
    this.stopWatching?.();
    if (this.timer) this.deps.timers.clearTimeout(this.timer.handle);
    this.timer = null;
  }

  /** A conversation changed: a customer reply cancels its callback, a sent one is marked, a new answer may plan one. */
  changed(conversationId: number): void {
    const { repo, clock, db } = this.deps;
    if (this.closed) return;
    let rearm = false;
    for (const callback of repo.open(conversationId)) rearm = this.follow(callback) || rearm;
    const settings = repo.settings();
    if (settings.enabled && !repo.ofConversation(conversationId)) {
      const candidate = this.read.candidate(conversationId);
      if (candidate) {
        const dueAt = candidate.reply.sentAt + settings.delayMinutes * 60_000;
        transaction(db, () => {
          const id = repo.plan({ conversationId, reason: candidate.reason, afterMessageId: candidate.reply.outMessageId, dueAt, at: clock.now() });
          if (id !== null) this.deps.audit.record(CALLBACK_ACTOR, 'callback.planned', `callback:${id}`, { conversationId, reason: candidate.reason, dueAt });
        });
        rearm = true;
      }
    }
    if (rearm) this.arm();
  }

  /**
   * The last look before a callback draft leaves (the outbox, after its undo wait): why it may
   * not, or null (also for any draft that is not a callback).
   */
  check(draftId: number): Withhold | null {
    const callback = this.deps.repo.ofDraft(draftId);
    if (!callback || callback.state !== 'drafted') return null;
    return this.withholdWhy(callback, this.deps.clock.now());
  }

  /** The outbox's last look: why a callback's reply must not leave, and how to record it (in the outbox's transaction). */
  lastLook(draftId: number): { why: Withhold; record(): void } | null {
    const why = this.check(draftId);
    return why === null ? null : { why, record: () => this.withheld(draftId, why) };
  }

  /** Records a withheld callback (call in the caller's transaction): its draft closed, the callback answered or skipped. */
  private withheld(draftId: number, why: Withhold): void {
    const { repo, drafts, clock, audit } = this.deps;
    const callback = repo.ofDraft(draftId);
    if (!callback) return;
    const now = clock.now();
    if (!drafts.decide(draftId, 'resolved', WITHHELD_BY, now, null)) drafts.setStatus(draftId, 'resolved');
    if (why === 'answered') repo.answered(callback.id, now);
    else repo.skip(callback.id, why);
    audit.record(CALLBACK_ACTOR, why === 'answered' ? 'callback.answered' : 'callback.skipped', `callback:${callback.id}`, { conversationId: callback.conversationId, draftId, why, at: 'send' });
  }

  /** Before a person approves a callback draft: refused (`conflict`) when the rules withhold it now. */
  beforeApprove(draftId: number): void {
    const why = this.check(draftId);
    if (why === null) return;
    const callback = this.deps.repo.ofDraft(draftId)!;
    transaction(this.deps.db, () => this.withheld(draftId, why));
    this.announce(callback.conversationId);
    throw new AppError('conflict', `This follow-up can no longer be sent (${why}); it was closed.`);
  }

  /** Runs what is due now, then arms the timer for the next. */
  private run(): void {
    if (this.closed) return;
    const now = this.deps.clock.now();
    for (const callback of this.deps.repo.due(now)) this.due(callback, now);
    // Drafts still waiting for a person when the service window closes are withdrawn then.
    for (const waiting of this.deps.repo.waitingDrafts(now - SERVICE_WINDOW_MS + 1)) {
      transaction(this.deps.db, () => this.withheld(waiting.draftId, 'window_closed'));
      this.announce(waiting.conversationId);
    }
    this.arm();
  }

  /** One timer, for the earliest due callback or closing window. */
  private arm(): void {
    const { repo, timers, clock } = this.deps;
    if (this.closed) return;
    let next = repo.nextDue();
    const [closing] = repo.waitingDrafts();
    if (closing && (next === null || windowEnd(closing.lastIn) < next)) next = windowEnd(closing.lastIn);
    if (this.timer && next !== null && this.timer.at === next) return;
    if (this.timer) timers.clearTimeout(this.timer.handle);
    this.timer = null;
    if (next === null) return;
    const handle = timers.setTimeout(() => {
      this.timer = null;
      this.run();
    }, Math.max(0, next - clock.now()));
    this.timer = { handle, at: next };
  }

  /** Follows an open callback; true when its state changed. */
  private follow(callback: Callback): boolean {
    const { repo, drafts, clock, audit, db } = this.deps;
    const now = clock.now();
    const wrote = this.read.customerWroteAfter(callback.conversationId, callback.afterMessageId);
    if (wrote !== null) {
      transaction(db, () => {
        if (callback.state === 'drafted' && callback.draftId !== null) drafts.decide(callback.draftId, 'resolved', SUPERSEDED_BY.wroteMore, now, null);
        repo.answered(callback.id, now);
        audit.record(CALLBACK_ACTOR, 'callback.answered', `callback:${callback.id}`, { conversationId: callback.conversationId, state: callback.state });
      });
      return true;
    }
    if (callback.state !== 'drafted' || callback.draftId === null) return false;
    const status = drafts.get(callback.draftId)?.status;
    if (status === 'sent') {
      transaction(db, () => {
        repo.sent(callback.id, now);
        audit.record(CALLBACK_ACTOR, 'callback.sent', `callback:${callback.id}`, { conversationId: callback.conversationId, draftId: callback.draftId });
      });
      return true;
    }
    if (status === 'rejected' || status === 'resolved') {
      transaction(db, () => {
        repo.skip(callback.id, 'rejected');
        audit.record(CALLBACK_ACTOR, 'callback.skipped', `callback:${callback.id}`, { conversationId: callback.conversationId, why: 'rejected' });
      });
      return true;
    }
    return false;
  }

  /** A planned callback's due time: draft it, defer it, or skip it. */
  private due(callback: Callback, now: number): void {
    const { repo, audit, db } = this.deps;
    const skip = (why: CallbackSkipReason) =>
      transaction(db, () => {
        repo.skip(callback.id, why);
        audit.record(CALLBACK_ACTOR, 'callback.skipped', `callback:${callback.id}`, { conversationId: callback.conversationId, why, at: 'due' });
      });
    const defer = (until: number, why: CallbackSkipReason) =>
      transaction(db, () => {
        repo.setDue(callback.id, until);
        audit.record(CALLBACK_ACTOR, 'callback.deferred', `callback:${callback.id}`, { conversationId: callback.conversationId, why, until });
      });
    if (this.follow(callback)) return;
    if (!repo.settings().enabled) return skip('switched_off');
    const end = this.windowOf(callback);
    if (end === null || now >= end) return skip('window_closed');
    const blocked = this.read.blocked(callback.conversationId);
    if (blocked) return skip(blocked);
    if (this.deps.autopilot.draftingOff()) return skip('assistant_off');
    const { quiet, zone } = this.quiet();
    if (quietAt(quiet, zone, now)) {
      const after = quietEnd(quiet, zone, now);
      return after < end ? defer(after, 'quiet_hours') : skip('quiet_hours');
    }
    if (!this.withinRate(now)) return now + RATE_RETRY_MS < end ? defer(now + RATE_RETRY_MS, 'rate_limited') : skip('rate_limited');
    if (this.read.hasPendingDraft(callback.conversationId)) return skip('draft_pending');
    const reply = this.read.reply(callback.afterMessageId);
    if (!reply) return skip('product_gone');
    const language = this.deps.conversations.get(callback.conversationId)!.language;
    const grounded = this.grounding.ground(reply.sources, language, reply.question);
    if ('skip' in grounded) return skip(grounded.skip);
    this.draft(callback, reply, grounded.facts, grounded.sources, now);
  }

  private draft(callback: Callback, reply: AnsweredReply, facts: CallbackFacts, sources: SourceRef[], now: number): void {
    const { db, drafts, repo, audit, autopilot } = this.deps;
    const conversation = this.deps.conversations.get(callback.conversationId)!;
    const text = callbackText({ language: conversation.language, customerName: conversation.customerName, productSentence: facts.sentence });
    const queued = transaction(db, () => {
      const draftId = drafts.insert({
        conversationId: conversation.id,
        messageId: reply.questionId,
        route: 'answer',
        text,
        sources,
        reasons: [callbackReason(callback.reason)],
        // Worded offline from the catalog (the card says so); the `callback` reason marks it.
        drafter: 'offline',
        at: now,
        turnFrom: reply.questionId,
      });
      repo.drafted(callback.id, draftId, facts);
      audit.record(CALLBACK_ACTOR, 'callback.drafted', `callback:${callback.id}`, { conversationId: conversation.id, draftId, reason: callback.reason, sources: sources.map((s) => s.id) });
      // The autopilot's own gate and topic streaks decide, on the evidence of the answer it follows.
      const outcome: DraftOutcome = { route: 'answer', text, sources, reasons: [], drafter: 'offline', steps: this.read.stepsOf(reply.draftId) as DraftSteps | undefined };
      return autopilot.sendFollowUp({ draftId, conversation, outcome });
    });
    if (queued) autopilot.kick();
    this.announce(conversation.id);
  }

  /** Why a drafted callback may not go out now, or null. */
  private withholdWhy(callback: Callback, now: number): Withhold | null {
    if (this.read.customerWroteAfter(callback.conversationId, callback.afterMessageId) !== null) return 'answered';
    const end = this.windowOf(callback);
    if (end === null || now >= end) return 'window_closed';
    const blocked = this.read.blocked(callback.conversationId);
    if (blocked) return blocked;
    const language = this.deps.conversations.get(callback.conversationId)!.language;
    return this.grounding.recheck(callback.facts, language, this.read.reply(callback.afterMessageId)?.question ?? '');
  }

  /** The end of the service window opened by the customer's last message. */
  private windowOf(callback: Callback): number | null {
    const last = this.read.lastCustomerMessage(callback.conversationId);
    return last ? windowEnd(last.at) : null;
  }

  private quiet(): { quiet: QuietHours | null | undefined; zone: string | undefined } {
    return { quiet: this.deps.settings().quietHours, zone: this.deps.knowledge.profile()?.timezone };
  }

  /** Callbacks drafted and automatic replies sent in the last hour stay under the autopilot's hourly limit. */
  private withinRate(now: number): boolean {
    const { repo, autopilotRepo } = this.deps;
    return repo.draftedSince(now - HOUR) + autopilotRepo.sentSince(now - HOUR) < autopilotRepo.settings().perHour;
  }

  private announce(conversationId: number): void {
    this.deps.bus.emit('conversationChanged', { conversationId });
    this.deps.bus.emit('queueChanged', { pending: this.deps.drafts.pendingCount() });
  }
}
