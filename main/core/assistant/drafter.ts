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
};

export type DraftOutcome = {
  route: Route;
  /** Empty when nothing may be said without a person. */
  text: string;
  sources: SourceRef[];
  reasons: ReviewReason[];
  drafter: string;
};

/** Anything that drafts: the offline drafter now, model-backed drafters later. */
export interface Drafter {
  draft(input: DraftInput): Promise<DraftOutcome>;
}
