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
  /**
   * Stops the draft (a test run being cancelled). A drafter that waits on a model aborts the
   * call and rejects with `DraftCancelled`; one that only reads local knowledge may ignore it.
   * Live drafting passes none.
   */
  signal?: AbortSignal;
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

/** A draft stopped by its caller's signal: not a failure, and nothing to fall back to. */
export class DraftCancelled extends Error {
  constructor() {
    super('The draft was cancelled.');
    this.name = 'DraftCancelled';
  }
}

/** Anything that drafts: the offline drafter now, model-backed drafters later. */
export interface Drafter {
  draft(input: DraftInput): Promise<DraftOutcome>;
}
