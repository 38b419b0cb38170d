/**
 * The drafter port: turns a customer message into a proposed reply with its sources.
 */
import type { Language, ReviewReason, Route, SourceRef } from '../../contract/schemas';
import type { MatchEvidence } from './match-evidence';

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
  /** What each pipeline step found, so the card, the audit log and eval can say why. */
  steps?: DraftSteps;
};

/**
 * One draft's way through the pipeline: each step that ran, with what it decided. Steps that did
 * not run (no search after a handoff) are absent.
 */
export type DraftSteps = {
  triage: { route: Route; reasons: string[]; flags: string[]; language: Language | null };
  /** Small talk read in the turn: the whole turn (`kind`), or a greeting/thanks cut off a question. */
  turn?: { smallTalk: 'greeting' | 'thanks' | 'chat' | null; trimmed: boolean };
  search?: {
    query: string;
    top: Array<{ id: string; score: number; coverage: number }>;
    semantic: string;
    /** Set when the turn alone was not covered and the subject came from an earlier customer turn. */
    subject?: { from: 'history'; text: string; words: string[] };
    /** What the gate's lead source matched on (the autopilot's send gate reads it). */
    match?: MatchEvidence | null;
  };
  /** A turn of several questions, offline: each part as searched and gated on its own. */
  parts?: Array<{ text: string; covered: boolean; top: string | null; match?: MatchEvidence | null }>;
  gate?: { covered: boolean; why: 'covered' | 'no_match' | 'weak_match' | 'out_of_scope' | 'small_talk' };
  composer?: 'offline' | 'model' | 'small_talk';
  /** The model fault the offline composition stands in for (`not_asked`: nothing worth showing it). */
  fallback?: string;
  guards?: string[];
  /** The language the reply was written in. */
  language?: Language;
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
