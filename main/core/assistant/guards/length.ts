/**
 * Length guard: WhatsApp replies from a shop should read at a glance.
 */
import type { ReviewReason } from '../../../contract/schemas';

/** Characters above which a reply is flagged as too long. */
export const MAX_REPLY_CHARS = 1000;

/** A (non-blocking) reason when the reply is longer than `max` characters. */
export function checkLength(reply: string, max = MAX_REPLY_CHARS): ReviewReason[] {
  const length = [...reply].length;
  if (length <= max) return [];
  return [{ code: 'too_long', message: `The reply is ${length} characters long; consider trimming it below ${max}.`, params: { length, max } }];
}
