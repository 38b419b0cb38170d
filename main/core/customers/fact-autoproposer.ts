/**
 * Facts proposed in the background: with a model configured and the owner's switch on (unset:
 * on), once the shop has answered a stretch of a customer's messages and the chat has been quiet
 * for `AUTO_PROPOSE_QUIET_MS` — or at once when a person resolves it —, the proposer reads the
 * customer's latest messages (one small call, `fact-proposer.ts`) and stores what it finds as
 * proposals waiting for a person. At most one call per new stretch of customer messages (the last
 * customer message proposed from is kept in `fact_proposal_runs`, which goes with the chat);
 * never for a customer who opted out (or a forgotten one: their chat is gone); never in the way of
 * drafting (after the answer, asynchronously). A failing call is logged and not retried: the card
 * still offers "Suggest facts".
 *
 * One timer on the injected timers, for the earliest chat due; `start()` finds chats of the last
 * days that were answered while the app was closed.
 */
import type { Settings } from '../../contract/schemas';
import type { EventBus } from '../platform/events';
import type { Clock, Logger, Timers } from '../platform/ports';
import type { Database } from '../storage/database';

/** How long a chat stays quiet after the shop's answer before its facts are proposed. */
export const AUTO_PROPOSE_QUIET_MS = 20 * 60_000;
/** Who the audit log names for facts proposed in the background. */
export const AUTO_PROPOSE_ACTOR = 'Assistant';
/** At start, chats with a message this recent are looked at again. */
const RESTART_LOOKBACK_MS = 3 * 24 * 60 * 60_000;

export type FactAutoProposerDeps = {
  db: Database;
  clock: Clock;
  timers: Timers;
  logger: Logger;
  bus: EventBus;
  settings: () => Pick<Settings, 'autoProposeFacts'>;
  /** Whether a model is configured. */
  modelEnabled: () => boolean;
  /** Proposes and stores facts for a chat (`CustomerService.suggestFacts`). */
  suggest: (conversationId: number, actor: string) => Promise<unknown>;
};

/** Whether background proposals are on: a model is set and the owner has not switched them off. */
export function autoProposeOn(settings: Pick<Settings, 'autoProposeFacts'>, modelEnabled: boolean): boolean {
  return modelEnabled && settings.autoProposeFacts !== false;
}

/** Schedules and runs background fact proposals. */
export class FactAutoProposer {
  private readonly due = new Map<number, number>();
  private timer: { handle: unknown; at: number } | null = null;
  private stopWatching: (() => void) | null = null;
  private closed = false;
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly deps: FactAutoProposerDeps) {}

  /** Follows conversation changes; returns the unsubscribe. */
  watch(): () => void {
    this.stopWatching = this.deps.bus.on('conversationChanged', ({ conversationId }) => this.changed(conversationId));
    return () => this.stopWatching?.();
  }

  /** Looks again at the chats of the last days (answered while the app was closed). */
  start(): void {
    this.closed = false;
    const since = this.deps.clock.now() - RESTART_LOOKBACK_MS;
    const rows = this.deps.db.prepare('SELECT id FROM conversations WHERE last_message_at >= ?').all(since) as Array<{ id: number }>;
    for (const { id } of rows) this.plan(id);
    this.arm();
  }

  close(): void {
    this.closed = true;
    this.stopWatching?.();
    if (this.timer) this.deps.timers.clearTimeout(this.timer.handle);
    this.timer = null;
  }

  /** Resolves when the proposals under way have been stored (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running]);
  }

  /** A chat changed: (re)plans or drops its proposal. */
  changed(conversationId: number): void {
    if (this.closed) return;
    try {
      this.plan(conversationId);
      this.arm();
    } catch (error) {
      // Never in the way of the change itself (a message, a send): logged, looked at next time.
      this.deps.logger.warn({ err: error, conversationId }, 'fact proposal planning failed');
    }
  }

  /**
   * When this chat's facts are due to be proposed, or null: off, nothing new from the customer
   * since the last proposal, opted out, or the shop has not answered yet (and it is not resolved).
   */
  dueAt(conversationId: number): number | null {
    const { db } = this.deps;
    if (!autoProposeOn(this.deps.settings(), this.deps.modelEnabled())) return null;
    const row = db
      .prepare(
        `SELECT
           (SELECT MAX(m.id) FROM messages m WHERE m.conversation_id = c.id AND m.direction = 'in') AS lastIn,
           (SELECT r.through_message_id FROM fact_proposal_runs r WHERE r.conversation_id = c.id) AS through,
           EXISTS (SELECT 1 FROM drafts d WHERE d.conversation_id = c.id AND d.route = 'optout') AS optedOut,
           (SELECT s.status = 'resolved' FROM conversation_status s WHERE s.conversation_id = c.id) AS resolved
         FROM conversations c WHERE c.id = ?`,
      )
      .get(conversationId) as { lastIn: number | null; through: number | null; optedOut: number; resolved: number | null } | undefined;
    if (!row || row.lastIn === null || row.optedOut === 1 || (row.through !== null && row.lastIn <= row.through)) return null;
    // The shop's answer after the customer's last message (a failed send is no answer).
    const answer = db
      .prepare(`SELECT MAX(at) AS at FROM messages WHERE conversation_id = ? AND direction = 'out' AND status <> 'failed' AND id > ?`)
      .get(conversationId, row.lastIn) as { at: number | null };
    if (row.resolved === 1) return this.deps.clock.now();
    return answer.at === null ? null : answer.at + AUTO_PROPOSE_QUIET_MS;
  }

  private plan(conversationId: number): void {
    const at = this.dueAt(conversationId);
    if (at === null) this.due.delete(conversationId);
    else this.due.set(conversationId, at);
  }

  private arm(): void {
    if (this.closed) return;
    const next = Math.min(...this.due.values());
    if (!Number.isFinite(next)) {
      if (this.timer) this.deps.timers.clearTimeout(this.timer.handle);
      this.timer = null;
      return;
    }
    if (this.timer && this.timer.at === next) return;
    if (this.timer) this.deps.timers.clearTimeout(this.timer.handle);
    this.timer = { at: next, handle: this.deps.timers.setTimeout(() => this.fire(), Math.max(0, next - this.deps.clock.now())) };
  }

  private fire(): void {
    this.timer = null;
    if (this.closed) return;
    const now = this.deps.clock.now();
    for (const [conversationId, at] of [...this.due]) {
      if (at > now) continue;
      this.due.delete(conversationId);
      // Read again: the customer may have written, or the owner switched proposals off.
      const still = this.dueAt(conversationId);
      if (still === null) continue;
      if (still > now) {
        this.due.set(conversationId, still);
        continue;
      }
      this.run(conversationId);
    }
    this.arm();
  }

  private run(conversationId: number): void {
    const { db, clock, logger } = this.deps;
    // Recorded before the call: one call per stretch, even when it fails.
    db.prepare(
      `INSERT INTO fact_proposal_runs (conversation_id, through_message_id, at)
       SELECT ?, MAX(id), ? FROM messages WHERE conversation_id = ? AND direction = 'in'
       ON CONFLICT (conversation_id) DO UPDATE SET through_message_id = excluded.through_message_id, at = excluded.at`,
    ).run(conversationId, clock.now(), conversationId);
    const work = this.deps
      .suggest(conversationId, AUTO_PROPOSE_ACTOR)
      .then(
        () => undefined,
        (error: unknown) => logger.warn({ conversationId, error: error instanceof Error ? error.message : String(error) }, 'background fact proposal failed'),
      )
      .finally(() => this.running.delete(work));
    this.running.add(work);
  }
}
