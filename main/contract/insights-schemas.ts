/**
 * Insights: what a period of the shop's chats looked like — where conversations came from, how
 * far they went (reply, purchase), how fast the shop answered, what became of the assistant's
 * drafts, warm callbacks, and what the model cost beside a per-resolution service. Pure zod.
 */
import { z } from 'zod';

/** A shop-local calendar day, "2026-12-07". */
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** The period pickers offer; the core reads them in the shop's time zone. */
export const INSIGHTS_PRESETS = ['this_week', 'last_7_days', 'last_30_days'] as const;
export const InsightsPreset = z.enum(INSIGHTS_PRESETS);
export type InsightsPreset = z.infer<typeof InsightsPreset>;

/** The longest custom period: a year and a day (a leap year's 366 days). */
export const MAX_PERIOD_DAYS = 366;

/** Which period: a preset (ending today) or custom shop-local days, both ends included. */
export const InsightsPeriod = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('preset'), preset: InsightsPreset }).strict(),
  z.object({ kind: z.literal('custom'), from: Day, to: Day }).strict(),
]);
export type InsightsPeriod = z.infer<typeof InsightsPeriod>;

/** The tables the screen shows and exports, one CSV each. */
export const INSIGHTS_TABLES = ['days', 'sources', 'response_times', 'drafts', 'handoffs', 'callbacks', 'cost'] as const;
export const InsightsTable = z.enum(INSIGHTS_TABLES);
export type InsightsTable = z.infer<typeof InsightsTable>;

const Count = z.number().int().nonnegative();

/** Where a conversation came from: the ad that started it (by id, else title) or none. */
export const InsightsSource = z.object({
  /** `organic`, or `ad:<id or title>`. */
  key: z.string(),
  kind: z.enum(['organic', 'ad']),
  /** The ad's title as WhatsApp gave it; null for organic chats and ads without one. */
  title: z.string().nullable(),
  /** The ad's id (referral `sourceId`); null for organic chats. */
  adId: z.string().nullable(),
  started: Count,
  /** Of those, conversations the shop replied to (a person or the autopilot; not away notices). */
  replied: Count,
  /** Of those, conversations whose customer has a purchase recorded at or after the start. */
  purchased: Count,
});
export type InsightsSource = z.infer<typeof InsightsSource>;

/** First-response times of one kind of responder, over turns that started in the period. */
export const ResponseTimes = z.object({
  responder: z.enum(['person', 'autopilot']),
  turns: Count,
  /** Nearest-rank percentiles in milliseconds; null with no turns. */
  p50Ms: z.number().nullable(),
  p90Ms: z.number().nullable(),
});
export type ResponseTimes = z.infer<typeof ResponseTimes>;

/** One month (shop-local, clipped to the period) of model spend and its Fin equivalent. */
export const CostMonth = z.object({
  month: z.string().regex(/^\d{4}-\d{2}$/),
  /** Model cost of the drafts created that month (USD; unpriced drafts count as 0). */
  draftsUsd: z.number(),
  /** Model calls that left no draft (test runs; `model_usage`). */
  otherUsd: z.number(),
  /** Assistant replies that went out (approved as drafted, edited, or sent by the autopilot). */
  replies: Count,
  /** Conversations with at least one such reply: what a per-resolution service would bill. */
  resolutions: Count,
  /** `resolutions` × the per-resolution price. */
  perResolutionUsd: z.number(),
});
export type CostMonth = z.infer<typeof CostMonth>;

/** Everything the Insights screen shows for one period. */
export const Insights = z.object({
  period: z.object({
    from: Day,
    /** The last day included. */
    to: Day,
    /** The period in epoch ms, `end` exclusive (shop-local midnights). */
    start: z.number(),
    end: z.number(),
    timeZone: z.string(),
  }),
  days: z.array(z.object({ day: Day, started: Count, organic: Count, ads: Count })),
  sources: z.array(InsightsSource),
  responseTimes: z.array(ResponseTimes),
  /** Customer turns in the period not answered within `REPLY_GRACE_DAYS` of the period's end. */
  unansweredTurns: Count,
  drafts: z.object({
    total: Count,
    approvedUnedited: Count,
    edited: Count,
    autoSent: Count,
    rejected: Count,
    pending: Count,
    /** Answer drafts closed without going out (the customer wrote again, a person replied). */
    closed: Count,
    handedOff: Count,
    optedOut: Count,
  }),
  handoffs: z.array(z.object({ code: z.string(), count: Count })),
  callbacks: z.object({ sent: Count, answered: Count }),
  cost: z.object({
    draftsUsd: z.number(),
    otherUsd: z.number(),
    replies: Count,
    /** Drafts' model cost per assistant reply that went out; null with no replies. */
    perReplyUsd: z.number().nullable(),
    resolutions: Count,
    perResolutionPriceUsd: z.number(),
    perResolutionUsd: z.number(),
    months: z.array(CostMonth),
  }),
});
export type Insights = z.infer<typeof Insights>;
