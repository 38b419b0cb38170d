/**
 * Figures of the Insights screen in the UI language's own format: counts and shares through
 * Intl, durations in its short units, dollars through `formatLocalePrice` (locale-number.ts).
 */
import { formatLocalePrice } from '../../lib/locale-number';

/** A count ("1,234", "1.234", "1,234" in Hindi's grouping). */
export function formatCount(value: number, language: string): string {
  return new Intl.NumberFormat(language).format(value);
}

/** `part` of `total` as a percentage ("42%", "42 %"); a dash with no total. */
export function formatShare(part: number, total: number, language: string): string {
  if (total === 0) return '—';
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(part / total);
}

/** A wait in the unit that reads best: seconds under two minutes, minutes under two hours, else hours. */
export function formatDuration(ms: number, language: string): string {
  const unit = (value: number, name: 'second' | 'minute' | 'hour', digits: number) =>
    new Intl.NumberFormat(language, { style: 'unit', unit: name, unitDisplay: 'short', maximumFractionDigits: digits }).format(value);
  if (ms < 120_000) return unit(ms / 1000, 'second', ms < 10_000 ? 1 : 0);
  if (ms < 7_200_000) return unit(ms / 60_000, 'minute', 1);
  return unit(ms / 3_600_000, 'hour', 1);
}

/** US dollars: cents, or four decimals for the fractions of a cent a model reply costs. */
export function formatUsd(usd: number, language: string): string {
  const decimals = usd !== 0 && Math.abs(usd) < 0.1 ? 4 : 2;
  return formatLocalePrice(usd.toFixed(decimals), 'USD', language);
}
