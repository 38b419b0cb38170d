/**
 * Insights for a period: runs the aggregates of `insights-sql.ts` over the shop's database and
 * shapes their rows; every count is SQLite's. The period is read in the profile's time zone.
 */
import type { StatementSync } from 'node:sqlite';
import type { Insights, InsightsPeriod, InsightsSource } from '../../contract/insights-schemas';
import type { KnowledgeRepo } from '../knowledge/knowledge-repo';
import type { Clock } from '../platform/ports';
import type { Database } from '../storage/database';
import {
  AUTOPILOT_AUTHOR,
  CALLBACKS_SQL,
  COST_MONTHS_SQL,
  DAYS_SQL,
  DRAFTS_SQL,
  HANDOFFS_SQL,
  RESOLUTIONS_SQL,
  RESPONDER_TURNS_SQL,
  RESPONSE_COUNTS_SQL,
  WAIT_IN_ORDER_SQL,
  WAIT_SORTED_SQL,
  SOURCES_SQL,
} from './insights-sql';
import { monthRanges, resolvePeriod, type ResolvedPeriod } from './period';

/** What Intercom Fin charges per resolution (USD), the per-resolution service shown beside. */
export const PER_RESOLUTION_PRICE_USD = 0.99;

/** A turn answered up to this many days after the period's end still counts as answered. */
export const REPLY_GRACE_DAYS = 7;

export type InsightsDeps = { db: Database; clock: Clock; knowledge: Pick<KnowledgeRepo, 'profile'> };

type Row = Record<string, number | string | null>;
const num = (value: unknown) => Number(value ?? 0);
// Micro-dollars, as each draft is priced (`cost.ts`), keep sums of floats readable.
const dollars = (value: unknown) => Math.round(num(value) * 1e6) / 1e6;

/** Computes the insights; statements are prepared once and reused. */
export class InsightsService {
  private readonly statements = new Map<string, StatementSync>();

  constructor(private readonly deps: InsightsDeps) {}

  /** The period resolved in the shop's time zone, today being the clock's now. */
  resolve(period: InsightsPeriod): ResolvedPeriod {
    return resolvePeriod(period, this.deps.clock.now(), this.deps.knowledge.profile()?.timezone);
  }

  /** Every figure of the screen for `period`. */
  compute(period: InsightsPeriod): Insights {
    const p = this.resolve(period);
    const range = { start: p.start, end: p.end };
    const days = this.all(DAYS_SQL, { days: JSON.stringify(p.days) }).map((r) => ({
      day: String(r.day),
      started: num(r.started),
      ads: num(r.ads),
      organic: num(r.started) - num(r.ads),
    }));
    const sources: InsightsSource[] = this.all(SOURCES_SQL, { ...range, auto: AUTOPILOT_AUTHOR }).map((r) => ({
      key: String(r.key),
      kind: r.key === 'organic' ? 'organic' : 'ad',
      title: r.title === null ? null : String(r.title),
      adId: r.adId === null ? null : String(r.adId),
      started: num(r.started),
      replied: num(r.replied),
      purchased: num(r.purchased),
    }));
    const timing = { ...range, until: p.end + REPLY_GRACE_DAYS * 86_400_000 };
    const counts = this.all(RESPONSE_COUNTS_SQL, timing);
    const responseTimes = (['person', 'autopilot'] as const).map((responder) => {
      const auto = responder === 'autopilot' ? 1 : 0;
      const turns = num(counts.find((r) => num(r.responder) === auto)?.turns);
      if (turns === 0) return { responder, turns, p50Ms: null, p90Ms: null };
      // In wait order when the period holds a good part of the responder's history, else sorted.
      const inOrder = turns * 4 >= num(this.all(RESPONDER_TURNS_SQL, { auto })[0]?.n);
      const at = (percent: number) => {
        // Nearest rank: the value at rank ⌈p/100 × n⌉ (1-based) of the sorted waits.
        const k = Math.floor((turns * percent + 99) / 100) - 1;
        return num(this.all(inOrder ? WAIT_IN_ORDER_SQL : WAIT_SORTED_SQL, { ...timing, auto, k })[0]?.wait);
      };
      return { responder, turns, p50Ms: at(50), p90Ms: at(90) };
    });
    const turnsStarted = num(counts.find((r) => num(r.responder) === -1)?.turns);
    const answered = responseTimes.reduce((sum, r) => sum + r.turns, 0);
    const d = this.all(DRAFTS_SQL, range)[0] ?? {};
    const callbacks = this.all(CALLBACKS_SQL, range)[0] ?? {};
    const months = this.all(COST_MONTHS_SQL, { months: JSON.stringify(monthRanges(p)) }).map((r) => ({
      month: String(r.month),
      draftsUsd: dollars(r.draftsUsd),
      otherUsd: dollars(r.otherUsd),
      replies: num(r.replies),
      resolutions: num(r.resolutions),
      perResolutionUsd: dollars(num(r.resolutions) * PER_RESOLUTION_PRICE_USD),
    }));
    const draftsUsd = dollars(months.reduce((sum, m) => sum + m.draftsUsd, 0));
    const replies = months.reduce((sum, m) => sum + m.replies, 0);
    const resolutions = num(this.all(RESOLUTIONS_SQL, range)[0]?.n);
    return {
      period: { from: p.from, to: p.to, start: p.start, end: p.end, timeZone: p.timeZone },
      days,
      sources,
      responseTimes,
      unansweredTurns: Math.max(0, turnsStarted - answered),
      drafts: {
        total: num(d.total),
        approvedUnedited: num(d.approvedUnedited),
        edited: num(d.edited),
        autoSent: num(d.autoSent),
        rejected: num(d.rejected),
        pending: num(d.pending),
        closed: num(d.closed),
        handedOff: num(d.handedOff),
        optedOut: num(d.optedOut),
      },
      handoffs: this.all(HANDOFFS_SQL, range).map((r) => ({ code: String(r.code), count: num(r.count) })),
      callbacks: { sent: num(callbacks.sent), answered: num(callbacks.answered) },
      cost: {
        draftsUsd,
        otherUsd: dollars(months.reduce((sum, m) => sum + m.otherUsd, 0)),
        replies,
        perReplyUsd: replies === 0 ? null : dollars(draftsUsd / replies),
        resolutions,
        perResolutionPriceUsd: PER_RESOLUTION_PRICE_USD,
        perResolutionUsd: dollars(resolutions * PER_RESOLUTION_PRICE_USD),
        months,
      },
    };
  }

  private all(sql: string, params: Record<string, string | number>): Row[] {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.deps.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement.all(params) as Row[];
  }
}
