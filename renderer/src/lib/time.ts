/** Epoch milliseconds, accepting seconds too (values before ~1973 in ms are surely seconds). */
export function toMillis(at: number): number {
  return at < 100_000_000_000 ? at * 1000 : at;
}

const UNITS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "3 minutes ago", "yesterday", "just now"… in the given UI language. */
export function formatRelative(at: number, now: number, language: string): string {
  const seconds = Math.round((toMillis(at) - now) / 1000);
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return format.format(0, 'second');
}

/** Full local date and time, for tooltips and tables. */
export function formatAbsolute(at: number, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(toMillis(at));
}

/** Clock time only ("14:05"), for chat bubbles. */
export function formatClock(at: number, language: string): string {
  return new Intl.DateTimeFormat(language, { timeStyle: 'short' }).format(toMillis(at));
}
