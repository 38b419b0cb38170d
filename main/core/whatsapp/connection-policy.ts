/**
 * What to do when a WhatsApp socket closes, decided from Baileys' status code alone. Pure, so
 * every branch is unit-tested; the connection manager carries the decision out.
 */

/** What happens after a close. */
export type CloseDecision =
  /** Open a new socket now (515: WhatsApp asks for a restart, e.g. right after pairing). */
  | { action: 'reconnect_now' }
  /** A transient failure: try again after `delayMs`. */
  | { action: 'backoff'; delayMs: number }
  /** Another WhatsApp Web session took over: wait long, tell the owner, keep the keys. */
  | { action: 'replaced'; delayMs: number }
  /** The phone removed this device: wipe the keys and ask to link again. */
  | { action: 'logged_out' }
  /** The account is banned or blocked: stop and tell. */
  | { action: 'banned' }
  /** Linking did not finish (QR expired, pairing abandoned): back to unlinked. */
  | { action: 'link_ended' };

/** Backoff for transient failures: 2 s doubling to 5 min, with jitter. */
export const BACKOFF = { baseMs: 2_000, maxMs: 5 * 60_000 } as const;
/** After a 440 (replaced) wait this long before trying again. */
export const REPLACED_DELAY_MS = 30 * 60_000;

/**
 * Exponential backoff with "equal jitter": half the step is fixed, half random, so attempts
 * spread out (many shops reconnecting after an outage) but never retry instantly.
 */
export function backoffDelay(attempt: number, random: () => number): number {
  const step = Math.min(BACKOFF.maxMs, BACKOFF.baseMs * 2 ** Math.max(0, attempt));
  return Math.round(step / 2 + (random() * step) / 2);
}

/**
 * Decides on a close. `linked` says whether the device had finished pairing; `attempt` counts
 * consecutive failures since the last successful open.
 */
export function decideOnClose(code: number | undefined, context: { linked: boolean; attempt: number; random: () => number }): CloseDecision {
  if (code === 515) return { action: 'reconnect_now' };
  if (!context.linked) return { action: 'link_ended' };
  switch (code) {
    case 401:
      return { action: 'logged_out' };
    case 403:
      return { action: 'banned' };
    case 440:
      return { action: 'replaced', delayMs: REPLACED_DELAY_MS };
    default:
      // 408 (timed out / lost), 428 (closed), 500 (bad session), 503 (unavailable) and anything
      // unknown are treated as transient.
      return { action: 'backoff', delayMs: backoffDelay(context.attempt, context.random) };
  }
}
