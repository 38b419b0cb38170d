import { describe, expect, it } from 'vitest';
import { dayRanges, dayStart, knownZone, monthRanges, resolvePeriod } from './period';

const utc = (iso: string) => Date.parse(iso);

describe('Insights periods in the shop time zone', () => {
  it('starts each day at its own local midnight, 25 hours on the day clocks go back', () => {
    const days = dayRanges('2026-10-31', '2026-11-02', 'America/New_York');
    expect(days.map((d) => [d.day, new Date(d.start).toISOString(), (d.end - d.start) / 3_600_000])).toEqual([
      ['2026-10-31', '2026-10-31T04:00:00.000Z', 24],
      ['2026-11-01', '2026-11-01T04:00:00.000Z', 25],
      ['2026-11-02', '2026-11-02T05:00:00.000Z', 24],
    ]);
  });

  it('starts a day whose midnight was skipped at its first instant (São Paulo, 4 Nov 2018, 00:00 → 01:00)', () => {
    expect(new Date(dayStart('2018-11-04', 'America/Sao_Paulo')).toISOString()).toBe('2018-11-04T03:00:00.000Z');
    expect(new Date(dayStart('2018-11-05', 'America/Sao_Paulo')).toISOString()).toBe('2018-11-05T02:00:00.000Z');
  });

  it('reads half-hour zones and falls back to UTC for an unknown one', () => {
    expect(new Date(dayStart('2026-12-07', 'Asia/Kolkata')).toISOString()).toBe('2026-12-06T18:30:00.000Z');
    expect(knownZone('Mars/Olympus')).toBe('UTC');
    expect(knownZone('')).toBe('UTC');
  });

  it('splits a period into shop-local months, clipped to it', () => {
    const period = resolvePeriod({ kind: 'custom', from: '2026-01-30', to: '2026-02-02' }, utc('2026-03-01T00:00:00Z'), 'Asia/Kolkata');
    expect(monthRanges(period).map((m) => [m.month, (m.end - m.start) / 86_400_000])).toEqual([
      ['2026-01', 2],
      ['2026-02', 2],
    ]);
    expect(() => resolvePeriod({ kind: 'custom', from: '2026-02-30', to: '2026-03-02' }, 0, 'UTC')).toThrow(/does not exist/);
  });
});
