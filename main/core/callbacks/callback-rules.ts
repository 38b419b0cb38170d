/**
 * The timing rules of warm callbacks as pure functions: WhatsApp's 24-hour service window after
 * the customer's last message, and the end of the owner's quiet hours (the console's attention
 * setting, in the shop's time zone).
 */
import type { QuietHours } from '../../contract/schemas';
import { inQuietHours, minuteOfDayIn } from '../console/attention';

const MINUTE = 60_000;
/** WhatsApp's customer service window: a business may write freely this long after the customer last wrote. */
export const SERVICE_WINDOW_MS = 24 * 60 * MINUTE;

/** When the service window opened by the customer's last message closes. */
export function windowEnd(lastCustomerAt: number): number {
  return lastCustomerAt + SERVICE_WINDOW_MS;
}

/** Whether `at` falls in the owner's quiet hours (shop's time zone). */
export function quietAt(quiet: QuietHours | null | undefined, timeZone: string | undefined, at: number): boolean {
  return inQuietHours(quiet, minuteOfDayIn(timeZone, at));
}

/**
 * The first minute at or after `at` outside quiet hours (`at` itself when not in them). Jumps to
 * the end minute, then steps over a daylight-saving shift by the minute.
 */
export function quietEnd(quiet: QuietHours | null | undefined, timeZone: string | undefined, at: number): number {
  if (!quietAt(quiet, timeZone, at) || !quiet) return at;
  const [h, m] = quiet.to.split(':').map(Number);
  const to = (h ?? 0) * 60 + (m ?? 0);
  const delta = (to - minuteOfDayIn(timeZone, at) + 1440) % 1440;
  let next = Math.floor(at / MINUTE) * MINUTE + delta * MINUTE;
  for (let i = 0; i < 180 && quietAt(quiet, timeZone, next); i += 1) next += MINUTE;
  return next;
}
