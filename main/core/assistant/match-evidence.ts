/**
 * What a gated search's match rests on, recorded on the draft's steps so a later judge (the
 * autopilot's send gate) can tell a plain, unambiguous match from one the drafting gate let
 * through for a person to check: how many telling words the customer typed that the lead source
 * shares, whether a typo correction or the embeddings carried it, and how close the runner-up is.
 */
import type { RetrievalResult } from '../knowledge/knowledge-search';
import { contentTokens } from '../knowledge/text';
import type { GateVerdict } from './gate';
import { isTellingWord, tellingMatches } from './scope';

/** The lead source's match and its nearest rival. */
export type MatchEvidence = {
  top: string;
  /** Telling words typed right (or a long word's typo) that the lead source shares. */
  strong: number;
  /** Matched words that are typo corrections (any length). */
  typos: number;
  coverage: number;
  evidence: number;
  /** No word matched: only the embeddings found it. */
  semanticOnly: boolean;
  /** The runner-up's lexical score over the lead's (0 when there is none; 1 = a tie). */
  secondRatio: number;
  /** Telling words of the searched text the lead source does not match (asked, not answered). */
  unexplained: number;
  /** Matched words the lead source has only as a shop-lexicon concept (a cross-language bridge); absent on older drafts. */
  bridged?: number;
};

const round = (n: number) => Math.round(n * 1000) / 1000;

/** The evidence for the gate's lead source for the searched `text`, or null when the gate chose none. */
export function matchEvidence(found: Pick<RetrievalResult, 'hits'>, verdict: GateVerdict, text: string): MatchEvidence | null {
  const top = verdict.top;
  if (!top) return null;
  const typed = new Set(top.matched.map((w) => w.split('→')[0]!));
  const rival = found.hits.filter((h) => h.sourceId !== top.sourceId).reduce((best, h) => Math.max(best, h.lexical), 0);
  return {
    top: top.sourceId,
    strong: tellingMatches(top).strong.length,
    typos: top.matched.filter((w) => w.includes('→')).length,
    coverage: round(top.coverage),
    evidence: round(top.evidence),
    semanticOnly: top.matched.length === 0,
    secondRatio: top.lexical > 0 ? round(rival / top.lexical) : 1,
    unexplained: contentTokens(text).filter((w) => isTellingWord(w) && !typed.has(w)).length,
    bridged: top.bridged?.length ?? 0,
  };
}
