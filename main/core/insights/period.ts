/**
 * An insights period in the shop's time zone (the profile's, as the autopilot's hours read it):
 * shop-local days, and the epoch-ms instant each one starts — found per day, so a day that
 * daylight saving makes 23 or 25 hours long is bucketed as the shop lived it.
 */
import { MAX_PERIOD_DAYS, type InsightsPeriod } from '../../contract/insights-schemas';
import { AppError, assertNever } from '../platform/errors';

/** One shop-local day: its name and [start, end) in epoch ms. */
export type DayRange = { day: string; start: number; end: number };

/** A resolved period: its days in order, first to last; [start, end) covers them all. */
export type ResolvedPeriod = { from: string; to: string; start: number; end: number; timeZone: string; days: DayRange[] };

const DAY_MS = 86_400_000;

/** A time zone `Intl` knows, else UTC (an empty or mistyped profile field). */
export function knownZone(timeZone: string | undefined): string {
  if (!timeZone) return 'UTC';
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return timeZone;
  } catch {
    return 'UTC';
  }
}

/** "2026-12-07" moved by `days` calendar days. */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * The shop's wall clock: one `Intl.DateTimeFormat` for the zone, built once per period (building
 * one costs far more than using it, and a year has 366 days to place).
 */
export type ZoneClock = {
  /** The local day of `at` ("2026-12-07"). */
  day(at: number): string;
  /** How far the zone's wall clock is ahead of UTC at `at`, in ms. */
  offset(at: number): number;
};

/** A `ZoneClock` for a zone `Intl` knows (see `knownZone`). */
export function zoneClock(timeZone: string): ZoneClock {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  const parts = (at: number) => {
    const values: Record<string, string> = {};
    for (const part of format.formatToParts(new Date(at))) values[part.type] = part.value;
    return values;
  };
  return {
    day: (at) => {
      const p = parts(at);
      return `${p.year}-${p.month}-${p.day}`;
    },
    offset: (at) => {
      const p = parts(at);
      const whole = at - (((at % 1000) + 1000) % 1000);
      return Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second)) - whole;
    },
  };
}

/**
 * The instant a shop-local day begins. The zone's offset is read at the naive UTC midnight and
 * read again at the instant that gives, so a day next to a daylight-saving change still lands on
 * its own local midnight (or the first instant after it, where midnight itself is skipped).
 */
export function dayStart(day: string, zone: string | ZoneClock): number {
  const clock = typeof zone === 'string' ? zoneClock(knownZone(zone)) : zone;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const naive = Date.UTC(y, m - 1, d);
  const first = naive - clock.offset(naive);
  const second = naive - clock.offset(first);
  return clock.day(second) === day ? second : first;
}

/** Days from `from` to `to` (both included) with their instants. */
export function dayRanges(from: string, to: string, timeZone: string): DayRange[] {
  const clock = zoneClock(knownZone(timeZone));
  const days: DayRange[] = [];
  let start = dayStart(from, clock);
  for (let day = from; day <= to; ) {
    const next = addDays(day, 1);
    const end = dayStart(next, clock);
    days.push({ day, start, end });
    day = next;
    start = end;
  }
  return days;
}

/** Monday of the week `day` falls in (weeks start on Monday, ISO 8601). */
function mondayOf(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}

/** The first and last day a period names, `today` being the shop's local day now. */
export function periodDays(period: InsightsPeriod, today: string): { from: string; to: string } {
  switch (period.kind) {
    case 'preset':
      switch (period.preset) {
        case 'this_week':
          return { from: mondayOf(today), to: today };
        case 'last_7_days':
          return { from: addDays(today, -6), to: today };
        case 'last_30_days':
          return { from: addDays(today, -29), to: today };
        default:
          return assertNever(period.preset);
      }
    case 'custom':
      return { from: period.from, to: period.to };
    default:
      return assertNever(period);
  }
}

/** Resolves a period to days and instants; `invalid_input` for a backwards or too long one. */
export function resolvePeriod(period: InsightsPeriod, now: number, profileZone: string | undefined): ResolvedPeriod {
  const timeZone = knownZone(profileZone);
  const { from, to } = periodDays(period, zoneClock(timeZone).day(now));
  if (addDays(from, 0) !== from || addDays(to, 0) !== to) {
    throw new AppError('bad_input', 'The period names a day that does not exist.');
  }
  if (from > to) throw new AppError('bad_input', 'The period ends before it starts.');
  const length = Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;
  if (length > MAX_PERIOD_DAYS) throw new AppError('bad_input', `A period is at most ${MAX_PERIOD_DAYS} days.`);
  const days = dayRanges(from, to, timeZone);
  return { from, to, start: days[0]!.start, end: days[days.length - 1]!.end, timeZone, days };
}

/** The period's shop-local months ("2026-12"), each clipped to the period. */
export function monthRanges(period: ResolvedPeriod): Array<{ month: string; start: number; end: number }> {
  const months: Array<{ month: string; start: number; end: number }> = [];
  for (const d of period.days) {
    const month = d.day.slice(0, 7);
    const last = months[months.length - 1];
    if (last?.month === month) last.end = d.end;
    else months.push({ month, start: d.start, end: d.end });
  }
  return months;
}
