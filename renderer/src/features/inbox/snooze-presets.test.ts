import { describe, expect, it } from 'vitest';
import { parseLocalDateTime, snoozeOneHour, snoozeTomorrowMorning, toLocalDateTime } from './snooze-presets';

describe('snooze presets', () => {
  it('ends an hour from now, or at 9:00 tomorrow local time even late at night', () => {
    const late = new Date(2026, 11, 7, 23, 40).getTime();
    expect(snoozeOneHour(late) - late).toBe(3_600_000);
    const morning = new Date(snoozeTomorrowMorning(late));
    expect([morning.getFullYear(), morning.getMonth(), morning.getDate(), morning.getHours(), morning.getMinutes()]).toEqual([2026, 11, 8, 9, 0]);
    const newYear = new Date(snoozeTomorrowMorning(new Date(2026, 11, 31, 8, 0).getTime()));
    expect([newYear.getFullYear(), newYear.getMonth(), newYear.getDate()]).toEqual([2027, 0, 1]);
  });

  it('reads and writes the custom time field', () => {
    const at = new Date(2026, 11, 8, 14, 5).getTime();
    expect(toLocalDateTime(at)).toBe('2026-12-08T14:05');
    expect(parseLocalDateTime('2026-12-08T14:05')).toBe(at);
    expect(parseLocalDateTime('')).toBeNull();
    expect(parseLocalDateTime('tomorrow')).toBeNull();
  });
});
