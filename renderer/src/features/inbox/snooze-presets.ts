/**
 * When a snooze ends, for the presets the conversation view offers. Local time: "tomorrow 9:00"
 * is the person's tomorrow morning.
 */

/** One hour from now. */
export function snoozeOneHour(now: number): number {
  return now + 60 * 60 * 1000;
}

/** 9:00 tomorrow, local time (daylight-saving changes included: set by calendar, not by adding 24 h). */
export function snoozeTomorrowMorning(now: number): number {
  const at = new Date(now);
  at.setDate(at.getDate() + 1);
  at.setHours(9, 0, 0, 0);
  return at.getTime();
}

/** A `datetime-local` input's value ("2026-12-08T09:30") as epoch ms, or null when empty/invalid. */
export function parseLocalDateTime(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const at = new Date(y, mo - 1, d, h, mi, 0, 0);
  return Number.isNaN(at.getTime()) ? null : at.getTime();
}

/** Epoch ms as a `datetime-local` value, local time. */
export function toLocalDateTime(at: number): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
