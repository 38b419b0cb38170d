/**
 * The drafter port: turns a customer message into a proposed reply with its sources.
 */
import type { Language, ReviewReason, Route, SourceRef } from '../../contract/schemas';

export type DraftInput = {
  message: string;
  customerName: string;
  language: Language;
  /** Earlier turns, oldest first. */
  history: Array<{ from: 'customer' | 'shop'; text: string }>;
  /** The inbound message being drafted, so a streaming drafter can report progress for it. */
  conversationId?: number;
  messageId?: number;
};

export type DraftOutcome = {
  route: Route;
  /** Empty when nothing may be said without a person. */
  text: string;
  sources: SourceRef[];
  reasons: ReviewReason[];
  drafter: string;
  /** Tokens and estimated cost when a model drafted it. */
  cost?: { promptTokens: number; completionTokens: number; usd: number | null } | null;
  /** Flags triage raised on the message (e.g. `injection`); read by `counterpart eval`. */
  flags?: string[];
};

/** Anything that drafts: the offline drafter now, model-backed drafters later. */
export interface Drafter {
  draft(input: DraftInput): Promise<DraftOutcome>;
}
