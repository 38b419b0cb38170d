/**
 * What triage tells the shop owner on the review card: one plain-English sentence per reason,
 * quoting the customer's words that triggered it so the owner sees why at a glance.
 */
import type { CUSTOMER_QUOTE_VIAS } from '../../../contract/reason-schemas';
import type { ReviewReason } from '../../../contract/schemas';

/** The reasons triage can give, most urgent first: the first found is the main one. */
export const TRIAGE_CODES = ['injection', 'legal_threat', 'optout', 'complaint', 'refund_or_return', 'order_status', 'asked_for_person'] as const;
export type TriageCode = (typeof TRIAGE_CODES)[number];

/** A triage reason, shaped like a review-card reason. */
export type TriageReason = { code: TriageCode; message: string; params: NonNullable<ReviewReason['params']> } & Pick<ReviewReason, 'code' | 'message'>;

/** How a reason was found: the customer's words, or something else worth saying. */
export type Evidence = { quote: string; via?: (typeof CUSTOMER_QUOTE_VIAS)[number] };

const SAYS: Record<TriageCode, string> = {
  injection: 'This message tries to manipulate the assistant (override its instructions, or get passwords or other people’s data). No draft: reply yourself, if at all.',
  legal_threat: 'The customer mentions legal action or a consumer authority. Handle this one yourself.',
  optout: 'The customer asked not to be messaged again.',
  complaint: 'The customer is complaining or upset. A person should answer.',
  refund_or_return: 'The customer wants a refund or to return an order. Only you can decide that.',
  order_status: 'The customer asks where a particular order is. The assistant cannot see shipments.',
  asked_for_person: 'The customer asked to talk to a person.',
};

/** How evidence was found, in words; the card says it from the `via` code in its own language. */
const VIA: Record<NonNullable<Evidence['via']>, string> = {
  decoded: 'hidden in encoded text',
  earlier_turn: 'earlier in the chat',
  shouting: 'in capitals',
  accepted_offer: 'to the offer of a person',
};

/**
 * The review-card reason for `code`, quoting the evidence. `params` carry the quote and how it
 * was found as a code, so the card can say it in the owner's language.
 */
export function reasonFor(code: TriageCode, evidence: Evidence): TriageReason {
  const quote = evidence.quote ? ` They wrote: “${evidence.quote}”${evidence.via ? ` (${VIA[evidence.via]})` : ''}.` : '';
  const params = evidence.quote ? { quote: evidence.quote, ...(evidence.via ? { via: evidence.via } : {}) } : {};
  return { code, message: `${SAYS[code]}${quote}`, params };
}
