/**
 * The cost meter: tokens and estimated US dollars per draft, and a per-day summary.
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

/** One day of the summary. */
export type CostDay = { day: string; drafts: number; promptTokens: number; completionTokens: number; usd: number };

/**
 * Tokens and dollars per day over the last `days` days, newest first, for drafts that used a
 * model. Days are the shop's calendar days: `offsetMinutes` is its UTC offset now.
 */
export function costSummary(db: Database, args: { now: number; days: number; offsetMinutes: number }): CostDay[] {
  const offsetMs = args.offsetMinutes * 60_000;
  const dayMs = 86_400_000;
  const todayStart = Math.floor((args.now + offsetMs) / dayMs) * dayMs - offsetMs;
  const since = todayStart - (args.days - 1) * dayMs;
  const rows = db
    .prepare(
      `SELECT date((created_at + ?) / 1000, 'unixepoch') AS day, COUNT(*) AS drafts,
         COALESCE(SUM(prompt_tokens), 0) AS promptTokens, COALESCE(SUM(completion_tokens), 0) AS completionTokens,
         COALESCE(SUM(cost_usd), 0) AS usd
       FROM drafts WHERE prompt_tokens IS NOT NULL AND created_at >= ?
       GROUP BY day ORDER BY day DESC`,
    )
    .all(offsetMs, since) as CostDay[];
  return rows.map((r) => ({ ...r, usd: Math.round(Number(r.usd) * 1e6) / 1e6 }));
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
