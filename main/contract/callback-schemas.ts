/**
 * Warm callbacks: one follow-up per conversation, drafted for a customer who went quiet after the
 * shop answered (or an ad-started chat that stopped after the first exchange). The owner's
 * settings and the words the core records about each callback.
 */
import { z } from 'zod';

/** Why a conversation got a callback (also the `context` of the card's `callback` reason). */
export const CALLBACK_REASONS = ['answered_quiet', 'ad_dropped'] as const;
export const CallbackReason = z.enum(CALLBACK_REASONS);
export type CallbackReason = z.infer<typeof CallbackReason>;

/** Where a callback stands. */
export const CallbackState = z.enum(['planned', 'drafted', 'sent', 'answered', 'skipped']);
export type CallbackState = z.infer<typeof CallbackState>;

/** Why a callback was not drafted or not sent (recorded in `callbacks.skip_reason` and the audit). */
export const CALLBACK_SKIP_REASONS = [
  'switched_off',
  'window_closed',
  'handed_over',
  'opted_out',
  'complaint',
  'assistant_off',
  'quiet_hours',
  'rate_limited',
  'draft_pending',
  'product_gone',
  'out_of_stock',
  'facts_changed',
  'rejected',
] as const;
export const CallbackSkipReason = z.enum(CALLBACK_SKIP_REASONS);
export type CallbackSkipReason = z.infer<typeof CallbackSkipReason>;

/** The shortest and longest delay the owner may set: a callback must fit in WhatsApp's 24-hour window. */
export const CALLBACK_DELAY_MINUTES = { min: 30, max: 20 * 60, default: 3 * 60 } as const;

/** The owner's callback settings. */
export const CallbackSettings = z
  .object({
    enabled: z.boolean(),
    /** How long after the shop's answer the follow-up is drafted. */
    delayMinutes: z.number().int().min(CALLBACK_DELAY_MINUTES.min).max(CALLBACK_DELAY_MINUTES.max),
  })
  .strict();
export type CallbackSettings = z.infer<typeof CallbackSettings>;
