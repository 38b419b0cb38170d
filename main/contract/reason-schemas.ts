/**
 * The values a review reason carries for the card's translated sentence, and the fixed words
 * among them: the renderer has a sentence for each, in every UI language (tested).
 */
import { z } from 'zod';

/** The values of a review reason's translated sentence (see `ReviewReason.params`). */
export const ReasonParams = z.record(z.string(), z.union([z.string(), z.number()]));
export type ReasonParams = z.infer<typeof ReasonParams>;

/** Model failures a `model_error` reason names in `params.context`. */
export const MODEL_FAULT_KINDS = [
  'rate_limited',
  'server_error',
  'timeout',
  'unreachable',
  'auth',
  'bad_request',
  'truncated',
  'invalid_json',
  'schema',
  'unknown_source',
  'refused',
] as const;

/** `model_error` variants: a model failure, or the drafter itself failing (`crash`). */
export const MODEL_ERROR_CONTEXTS = [...MODEL_FAULT_KINDS, 'crash'] as const;

/** `no_knowledge` variants when the model, not the knowledge, sent the chat to a person. */
export const NO_KNOWLEDGE_CONTEXTS = ['model_declined', 'model_unsure'] as const;

/** How triage found the customer's words it quotes (`params.via`); none means plainly. */
export const CUSTOMER_QUOTE_VIAS = ['decoded', 'earlier_turn', 'shouting', 'accepted_offer'] as const;

/** Every `params.via`: the customer's words as found, or the model's own reason. */
export const QUOTE_VIAS = [...CUSTOMER_QUOTE_VIAS, 'model'] as const;

/** What a `model_error` reason says follows (`params.then`). */
export const REASON_THEN = ['offline_draft', 'person'] as const;
