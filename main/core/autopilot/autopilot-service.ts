/**
 * The autopilot: decides, for each stored draft, whether it goes out alone; keeps each topic's
 * earned streak from people's decisions; and stops everything at once (the kill switch).
 *
 * Earned autonomy: a topic sends alone only when the owner switched auto on (for it, or globally
 * with the topic following) AND its last `streakNeeded` drafts were approved unedited by a
 * person. An edit or a rejection of its draft, or a complaint or other sticky handoff in a chat
 * where it just sent alone, resets the streak to zero (audited, with why): the topic suggests
 * again until it has earned its way back. Sending goes through the outbox like any approval
 * (exactly once, paced by the channel), marked as the autopilot's, with the gate's evidence.
 */
import type { AutoSendRecord, AutopilotMode, AutopilotSettings, AutopilotState, DropWhy, SendVerdict } from '../../contract/autopilot-schemas';
import type { Conversation } from '../../contract/schemas';
import type { DraftOutcome } from '../assistant/drafter';
import type { AuditLog } from '../audit/audit-log';
import type { AwayService } from '../away/away-service';
import type { ConversationsRepo } from '../inbox/conversations-repo';
import { isSticky } from '../inbox/draft-writer';
import type { KnowledgeRepo } from '../knowledge/knowledge-repo';
import type { Outbox } from '../outbox/outbox';
import type { EventBus } from '../platform/events';
import type { Clock } from '../platform/ports';
import type { DraftsRepo } from '../review/drafts-repo';
import { transaction, type Database } from '../storage/database';
import type { AutopilotRepo } from './autopilot-repo';
import { sendingHours, withinHours } from './hours';
import { sendGate } from './send-gate';
import { topicsOf } from './topics';

/** Who the audit log and the message say sent an automatic reply. */
export const AUTOPILOT_ACTOR = 'Autopilot';

/** Automatic replies one chat may get in an hour (a loop with another bot stops here). */
export const AUTO_PER_CHAT_HOUR = 3;

const HOUR = 60 * 60_000;
/** How long after an automatic reply a complaint in its chat counts against its topic. */
const BLAME_WINDOW = 24 * HOUR;

export type AutopilotDeps = {
  db: Database;
  clock: Clock;
  audit: AuditLog;
  repo: AutopilotRepo;
  knowledge: Pick<KnowledgeRepo, 'profile'>;
  conversations: ConversationsRepo;
  drafts: DraftsRepo;
  outbox: Outbox;
  bus: EventBus;
  /** Greeting, away and holding messages and the disclosure line (absent: none). */
  away?: AwayService;
};

/** A person's decision on a draft, as it counts for the draft's topics. */
export type Decision = 'approved' | 'edited' | 'rejected';

/** Sends safe replies alone, topic by topic, and keeps the streaks. */
export class AutopilotService {
  constructor(private readonly deps: AutopilotDeps) {}

  state(): AutopilotState {
    const settings = this.deps.repo.settings();
    const topics = this.deps.repo.topics().map((t) => ({ ...t, effective: this.effective(t.mode, t.streak, settings) }));
    return { settings, topics };
  }

  /** Saves the owner's settings (audited). Owner-only: the lead lists the channel. */
  updateSettings(patch: Partial<AutopilotSettings>, actor: string): AutopilotState {
    transaction(this.deps.db, () => {
      const next = { ...this.deps.repo.settings(), ...patch };
      this.deps.repo.saveSettings(next);
      this.deps.audit.record(actor, 'autopilot.settings', 'autopilot', { ...patch });
    });
    return this.state();
  }

  /** Sets one topic's mode (null: follow the global mode), audited. */
  setTopicMode(topic: string, mode: AutopilotMode | null, actor: string): AutopilotState {
    transaction(this.deps.db, () => {
      this.deps.repo.setMode(topic, mode, this.deps.clock.now());
      this.deps.audit.record(actor, 'autopilot.topic_mode', `topic:${topic}`, { mode });
    });
    return this.state();
  }

  /** A chat's automatic replies with their evidence. */
  sends(conversationId: number): AutoSendRecord[] {
    return this.deps.repo.inChat(conversationId);
  }

  /** Global off: the writer drafts nothing. */
  draftingOff(): boolean {
    return this.deps.repo.settings().mode === 'off';
  }

  /** Whether a draft's topic is switched off by the owner (the draft is then not stored). */
  topicOff(outcome: Pick<DraftOutcome, 'route' | 'sources' | 'steps'>): boolean {
    const settings = this.deps.repo.settings();
    return topicsOf(outcome).some((t) => (this.deps.repo.standing(t).mode ?? settings.mode) === 'off');
  }

  /**
   * After a draft is stored, in the same transaction: records its topics, counts a sticky handoff
   * against a topic that just sent alone in this chat, and sends the draft when the gate passes.
   * Returns true when a reply was queued (the caller kicks the outbox after the commit).
   */
  afterDraft(args: { draftId: number; conversation: Conversation; outcome: DraftOutcome; backlog: boolean; messageId: number }): boolean {
    const { repo, clock } = this.deps;
    const { draftId, conversation, outcome } = args;
    const now = clock.now();
    const topics = topicsOf(outcome);
    if (topics.length > 0) repo.recordDraftTopics(draftId, topics);
    // The owner's own messages first: a greeting reads before the answer it greets.
    const owner =
      this.deps.away?.afterTurn({ conversation, draftId, route: outcome.route, messageId: args.messageId, backlog: args.backlog, perHour: repo.settings().perHour, autoSentLastHour: repo.sentSince(now - HOUR) }) ?? false;
    if (outcome.route !== 'answer') {
      if (isSticky(outcome)) this.blameLastAutoSend(conversation.id, outcome, draftId, now);
      return owner;
    }
    // The chat as it is now (a person may have paused it while the draft was written), but never
    // more open than when drafting began (an answer gives a waiting chat back to the assistant).
    const fresh = this.deps.conversations.get(conversation.id) ?? conversation;
    const state = conversation.state !== 'assistant' ? conversation.state : fresh.state;
    const verdict = this.judge({ ...fresh, state }, outcome, topics, args.backlog, now);
    if (!verdict.send || verdict.rule === null) return owner;
    this.send(draftId, fresh, outcome.text, verdict, now);
    return true;
  }

  /**
   * A turn stored with no draft because the owner switched the assistant (or the turn's topic)
   * off, in the writer's transaction: the greeting and away messages still go, as on WhatsApp
   * Business — they are the owner's words, not the assistant's. True when one was queued.
   */
  afterSkippedTurn(args: { conversation: Conversation; messageId: number; backlog: boolean }): boolean {
    const { repo, clock } = this.deps;
    const now = clock.now();
    return this.deps.away?.afterTurn({ ...args, draftId: null, route: null, perHour: repo.settings().perHour, autoSentLastHour: repo.sentSince(now - HOUR) }) ?? false;
  }

  /**
   * A warm callback (main/core/callbacks/) just stored as a draft, in its transaction: its topics
   * recorded (a person's decision on it counts for their streaks), and sent alone only when the
   * same gate passes — mode, earned topics, the chat, opt-out, hours, rate — judged on the match
   * evidence of the answer it follows up (`outcome.steps`). Returns true when queued.
   */
  sendFollowUp(args: { draftId: number; conversation: Conversation; outcome: DraftOutcome }): boolean {
    const now = this.deps.clock.now();
    const topics = topicsOf(args.outcome);
    if (topics.length > 0) this.deps.repo.recordDraftTopics(args.draftId, topics);
    const verdict = this.judge(args.conversation, args.outcome, topics, false, now);
    if (!verdict.send || verdict.rule === null) return false;
    this.send(args.draftId, args.conversation, args.outcome.text, verdict, now);
    return true;
  }

  /** The send gate's verdict for a draft in a chat now, with this shop's settings. */
  judge(conversation: Conversation, outcome: DraftOutcome, topics: readonly string[], backlog: boolean, now: number): SendVerdict {
    const settings = this.deps.repo.settings();
    const notEarned = topics.map((t) => ({ t, s: this.deps.repo.standing(t) })).find(({ s }) => this.effective(s.mode, s.streak, settings) !== 'auto');
    const profile = this.deps.knowledge.profile();
    const hours = sendingHours(settings.hours, profile?.hours);
    return sendGate(outcome, {
      autoOn: settings.mode === 'auto',
      topics:
        topics.length === 0
          ? { eligible: false, rule: null, detail: 'no_topic' }
          : notEarned
            ? { eligible: false, rule: null, detail: `${notEarned.t}:${notEarned.s.streak}/${settings.streakNeeded}` }
            : { eligible: true, rule: topics[0]! },
      chat: {
        state: conversation.state,
        optedOut: this.optedOut(conversation.id),
        backlog,
        adFirstReply: conversation.referral !== null && !this.shopWrote(conversation.id),
        language: conversation.language,
      },
      allowAdFirstReply: settings.allowAdFirstReply,
      withinHours: withinHours(now, hours, profile?.timezone ?? 'UTC'),
      // The owner's greeting, away and holding messages count against the same hourly limit.
      withinRate: this.deps.repo.sentSince(now - HOUR) + (this.deps.away?.sentSince(now - HOUR) ?? 0) < settings.perHour && this.deps.repo.sentSince(now - HOUR, conversation.id) < AUTO_PER_CHAT_HOUR,
    });
  }

  /** Starts delivery of what `afterDraft` queued (after the storing transaction committed). */
  kick(): void {
    void this.deps.outbox.kick();
  }

  /** A person decided on a draft: a clean approval lengthens its topics' streaks, anything else resets them. */
  decided(draftId: number, decision: Decision, actor: string): void {
    const now = this.deps.clock.now();
    for (const topic of this.deps.repo.draftTopics(draftId)) {
      if (decision === 'approved') {
        this.deps.repo.clean(topic, now);
        continue;
      }
      this.dropTopic(topic, decision, draftId, actor, now);
    }
  }

  /**
   * The kill switch: automatic sending off (global mode back to suggest) and every automatic
   * reply not yet handed to WhatsApp taken back — its outbox row failed as cancelled (so it can
   * never go), its draft back in the queue for a person. Audited.
   */
  stopAll(actor: string): { cancelled: number } {
    const { db, repo, clock, audit, conversations, drafts, outbox } = this.deps;
    const now = clock.now();
    const cancelled = transaction(db, () => {
      repo.saveSettings({ ...repo.settings(), mode: repo.settings().mode === 'off' ? 'off' : 'suggest' });
      const queued = repo.queued();
      for (const q of queued) {
        outbox.withdraw(q.outboxId, 'Stopped by the autopilot kill switch before it was sent.');
        conversations.setMessageStatus(q.messageId, 'failed');
        db.prepare("UPDATE drafts SET status = 'pending', decided_by = NULL, decided_at = NULL, final_text = NULL WHERE id = ?").run(q.draftId);
        repo.markCancelled(q.draftId, now);
      }
      const owner = this.deps.away?.stopAll(now) ?? [];
      audit.record(actor, 'autopilot.stopped', 'autopilot', { cancelled: queued.map((q) => q.draftId), ...(owner.length > 0 ? { ownerMessages: owner.length } : {}) });
      return [...queued, ...owner];
    });
    for (const id of new Set(cancelled.map((q) => q.conversationId))) this.deps.bus.emit('conversationChanged', { conversationId: id });
    this.deps.bus.emit('queueChanged', { pending: drafts.pendingCount() });
    return { cancelled: cancelled.length };
  }

  private send(draftId: number, conversation: Conversation, text: string, verdict: SendVerdict, now: number): void {
    const { drafts, outbox, repo, audit, away } = this.deps;
    const conversationId = conversation.id;
    if (!drafts.decide(draftId, 'approved', AUTOPILOT_ACTOR, now, text)) return;
    // The disclosure goes with what the customer gets, not into the draft a person approved.
    const line = away?.disclosure(conversationId, conversation.language) ?? '';
    const queued = outbox.enqueue({ conversationId, draftId, text: line ? `${text}\n\n${line}` : text, author: AUTOPILOT_ACTOR });
    if (line) away?.attach(conversationId, queued.outboxId);
    repo.recordAutoSend({ draftId, conversationId, messageId: queued.messageId, outboxId: queued.outboxId, rule: verdict.rule!, checks: verdict.checks, at: now });
    audit.record(AUTOPILOT_ACTOR, 'autopilot.sent', `draft:${draftId}`, { conversationId, rule: verdict.rule, checks: verdict.checks });
  }

  private blameLastAutoSend(conversationId: number, outcome: DraftOutcome, draftId: number, now: number): void {
    const last = this.deps.repo.lastInChat(conversationId, now - BLAME_WINDOW);
    if (!last) return;
    const why: DropWhy = outcome.reasons.some((r) => r.code === 'complaint') ? 'complaint_after_auto' : 'handoff_after_auto';
    for (const topic of this.deps.repo.draftTopics(last.draftId)) this.dropTopic(topic, why, draftId, AUTOPILOT_ACTOR, now);
  }

  private dropTopic(topic: string, why: DropWhy, draftId: number, actor: string, now: number): void {
    const before = this.deps.repo.standing(topic);
    this.deps.repo.drop(topic, why, draftId, now);
    if (before.streak > 0 || why.endsWith('_after_auto')) this.deps.audit.record(actor, 'autopilot.dropped', `topic:${topic}`, { why, draftId, streakWas: before.streak });
  }

  private effective(mode: AutopilotMode | null, streak: number, settings: AutopilotSettings): AutopilotMode {
    const chosen = settings.mode === 'off' ? 'off' : (mode ?? settings.mode);
    if (chosen !== 'auto') return chosen;
    return settings.mode === 'auto' && streak >= settings.streakNeeded ? 'auto' : 'suggest';
  }

  private optedOut(conversationId: number): boolean {
    return this.deps.db.prepare("SELECT 1 FROM drafts WHERE conversation_id = ? AND route = 'optout' LIMIT 1").get(conversationId) !== undefined;
  }

  private shopWrote(conversationId: number): boolean {
    return this.deps.db.prepare("SELECT 1 FROM messages WHERE conversation_id = ? AND direction = 'out' LIMIT 1").get(conversationId) !== undefined;
  }
}
