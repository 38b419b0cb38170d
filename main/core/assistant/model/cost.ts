/**
 * The cost meter: tokens and estimated US dollars per draft, the spend of model calls that leave
 * no queue draft (test runs), and a per-day summary of both.
 */
import type { ModelPrice } from '../../../contract/model-schemas';
import type { Database } from '../../storage/database';
import type { z } from 'zod';
import { isLoopbackHost, type StoredModelConfig } from './model-config';

type Price = z.infer<typeof ModelPrice>;

/**
 * Published list prices (USD per million tokens) for a few common hosted models; the owner can
 * change any of them, or add others, in the model settings.
 */
export const DEFAULT_PRICES: Record<string, Price> = {
  'gpt-4o-mini': { inputPerMTok: 0.15, outputPerMTok: 0.6 },
  'gpt-4o': { inputPerMTok: 2.5, outputPerMTok: 10 },
  'gpt-4.1-nano': { inputPerMTok: 0.1, outputPerMTok: 0.4 },
  'gpt-4.1-mini': { inputPerMTok: 0.4, outputPerMTok: 1.6 },
  'gpt-4.1': { inputPerMTok: 2, outputPerMTok: 8 },
  'gpt-5-nano': { inputPerMTok: 0.05, outputPerMTok: 0.4 },
  'gpt-5-mini': { inputPerMTok: 0.25, outputPerMTok: 2 },
  'gpt-5': { inputPerMTok: 1.25, outputPerMTok: 10 },
};

/** The price table the owner sees: defaults with their overrides on top. */
export function priceTable(config: StoredModelConfig): Record<string, Price> {
  return { ...DEFAULT_PRICES, ...config.prices };
}

/** Models on this machine cost nothing per token. */
function runsLocally(config: StoredModelConfig): boolean {
  if (config.provider === 'ollama' || config.provider === 'lmstudio') return true;
  if (config.provider !== 'custom') return false;
  try {
    return isLoopbackHost(new URL(config.baseUrl).hostname);
  } catch {
    return false;
  }
}

/** Token usage of one draft, and its cost (null when the model's price is unknown). */
export type DraftCost = { promptTokens: number; completionTokens: number; usd: number | null };

/** Prices a draft's usage. OpenRouter names models `vendor/model`; the bare name is tried too. */
export function costOf(config: StoredModelConfig, usage: { promptTokens: number; completionTokens: number }): DraftCost {
  if (runsLocally(config)) return { ...usage, usd: 0 };
  const table = priceTable(config);
  const price = table[config.model] ?? table[config.model.split('/').pop() ?? ''];
  if (!price) return { ...usage, usd: null };
  const usd = (usage.promptTokens * price.inputPerMTok + usage.completionTokens * price.outputPerMTok) / 1_000_000;
  // Micro-dollars are plenty for a meter and keep sums readable.
  return { ...usage, usd: Math.round(usd * 1e6) / 1e6 };
}

/** Where model spend that is not a queue draft comes from (the `model_usage.source` column). */
export type UsageSource = 'test_run' | 'customer_facts';

/** Meters one model call that left no queue draft (live drafts carry their cost on their row). */
export function recordUsage(db: Database, entry: { source: UsageSource; ref: string | null; cost: DraftCost; at: number }): void {
  db.prepare('INSERT INTO model_usage (source, ref, prompt_tokens, completion_tokens, cost_usd, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    entry.source,
    entry.ref,
    entry.cost.promptTokens,
    entry.cost.completionTokens,
    entry.cost.usd,
    entry.at,
  );
}

/** Model drafts, tokens and dollars. */
export type Spend = { drafts: number; promptTokens: number; completionTokens: number; usd: number };
/** One day of the summary: all spend (live drafting and test runs), and the test runs' part of it. */
export type CostDay = Spend & { day: string; tests: Spend };

type CostRow = { day: string; drafts: number; promptTokens: number; completionTokens: number; usd: number; testDrafts: number; testPrompt: number; testCompletion: number; testUsd: number };

/**
 * Tokens and dollars per day over the last `days` days, newest first, for drafts that used a
 * model: queue drafts and test-run drafts. Days are the shop's calendar days: `offsetMinutes` is
 * its UTC offset now.
 */
export function costSummary(db: Database, args: { now: number; days: number; offsetMinutes: number }): CostDay[] {
  const offsetMs = args.offsetMinutes * 60_000;
  const dayMs = 86_400_000;
  const todayStart = Math.floor((args.now + offsetMs) / dayMs) * dayMs - offsetMs;
  const since = todayStart - (args.days - 1) * dayMs;
  const rows = db
    .prepare(
      `SELECT date((created_at + ?) / 1000, 'unixepoch') AS day, COUNT(*) AS drafts,
         COALESCE(SUM(prompt), 0) AS promptTokens, COALESCE(SUM(completion), 0) AS completionTokens, COALESCE(SUM(usd), 0) AS usd,
         COALESCE(SUM(test), 0) AS testDrafts, COALESCE(SUM(test * prompt), 0) AS testPrompt,
         COALESCE(SUM(test * completion), 0) AS testCompletion, COALESCE(SUM(test * usd), 0) AS testUsd
       FROM (
         SELECT created_at, prompt_tokens AS prompt, completion_tokens AS completion, cost_usd AS usd, 0 AS test
           FROM drafts WHERE prompt_tokens IS NOT NULL AND created_at >= ?
         UNION ALL
         SELECT created_at, prompt_tokens, completion_tokens, cost_usd, 1
           FROM model_usage WHERE source = 'test_run' AND created_at >= ?
       )
       GROUP BY day ORDER BY day DESC`,
    )
    .all(offsetMs, since, since) as CostRow[];
  // Micro-dollars, as each draft is priced.
  const dollars = (value: number) => Math.round(Number(value) * 1e6) / 1e6;
  return rows.map((r) => ({
    day: r.day,
    drafts: r.drafts,
    promptTokens: r.promptTokens,
    completionTokens: r.completionTokens,
    usd: dollars(r.usd),
    tests: { drafts: r.testDrafts, promptTokens: r.testPrompt, completionTokens: r.testCompletion, usd: dollars(r.testUsd) },
  }));
}

/** The UTC offset of an IANA time zone at `at`, in minutes; 0 when the zone is unknown. */
export function zoneOffsetMinutes(timeZone: string | undefined, at: number): number {
  if (!timeZone) return 0;
  try {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(new Date(at));
    const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
    const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
    if (!match) return 0;
    const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
    return match[1] === '-' ? -minutes : minutes;
  } catch {
    return 0;
  }
}
