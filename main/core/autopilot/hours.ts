/**
 * Whether a moment falls in the hours the owner lets the autopilot send, read in the shop's
 * timezone (the profile's). A range that ends before it starts runs over midnight.
 */

/** "HH:MM" of `at` in `timeZone` (UTC when the zone is unknown). */
export function localTime(at: number, timeZone: string): string {
  const format = (zone: string) =>
    new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(at));
  try {
    return format(timeZone);
  } catch {
    return format('UTC');
  }
}

/** Whether `at` is within `hours` (null: any time). `to` is exclusive. */
export function withinHours(at: number, hours: { from: string; to: string } | null, timeZone: string): boolean {
  if (!hours) return true;
  const now = localTime(at, timeZone);
  if (hours.from === hours.to) return true;
  return hours.from < hours.to ? now >= hours.from && now < hours.to : now >= hours.from || now < hours.to;
}

/** When neither the owner nor the profile says: a shop's ordinary day. */
export const FALLBACK_HOURS = { from: '08:00', to: '20:00' };

/**
 * The hours automatic replies may go out: the owner's autopilot hours, else the first time range
 * in the profile's hours text ("Mon-Sat 09:00-19:00" → 09:00–19:00; days are not read), else
 * `FALLBACK_HOURS`.
 */
export function sendingHours(set: { from: string; to: string } | null, profileHours: string | undefined): { from: string; to: string } {
  return set ?? openingHours(profileHours) ?? FALLBACK_HOURS;
}

/** The first time range in the profile's hours text, or null when it names none (days are not read). */
export function openingHours(profileHours: string | undefined): { from: string; to: string } | null {
  const range = /\b(\d{1,2})[:.](\d\d)\s*(?:-|–|—|to|a)\s*(\d{1,2})[:.](\d\d)\b/i.exec(profileHours ?? '');
  if (!range) return null;
  const pad = (h: string, m: string) => `${h.padStart(2, '0')}:${m}`;
  return { from: pad(range[1]!, range[2]!), to: pad(range[3]!, range[4]!) };
}

/** The shop's local day of `at` ("2026-12-07"), in `timeZone` (UTC when unknown). */
export function localDay(at: number, timeZone: string): string {
  const format = (zone: string) => new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(at));
  try {
    return format(timeZone);
  } catch {
    return format('UTC');
  }
}
