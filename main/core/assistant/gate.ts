/**
 * The confidence gate: can the knowledge answer this message? One decision, shared by the draft
 * pipeline and the "What would the assistant find?" box, so the two cannot disagree.
 */
import type { FusedHit, RetrievalResult } from '../knowledge/knowledge-search';
import type { Hit } from '../knowledge/retrieval';
import { answersQuestion } from './scope';

/**
 * When retrieval is confident enough to draft. A source must explain `coverage` of the message
 * (words the knowledge never uses count against it), or hold strong `evidence` (several telling
 * words) while explaining at least `minCoverage`. Tuned on the development suites: in-domain
 * questions, including chatty ones, pass; off-topic questions and attacks mostly do not.
 * `hits`: how many of the first hits the gate judges, so a caller asking for more (the model's
 * wider candidate list, the inspect box) gets the same verdict as one asking for fewer.
 */
export const GATE = { coverage: 0.3, evidence: 1.2, minCoverage: 0.2, hits: 8 };

/** Whether a hit is good enough to draft from. */
export function isConfident(hit: Hit): boolean {
  return hit.coverage >= GATE.coverage || (hit.evidence >= GATE.evidence && hit.coverage >= GATE.minCoverage);
}

/**
 * Whether the knowledge covers the message: the hit whose words match best (`lexical`) is
 * confident. The ranking also weighs function words (the FAQ entry model counts "why" and "not"),
 * so the first hit may explain a little less than the best lexical match; whether the shop can
 * answer at all is judged on the words alone, as before that re-ranking.
 */
export function isCovered(hits: readonly Hit[]): boolean {
  const best = hits.reduce<Hit | undefined>((b, h) => (b === undefined || h.lexical > b.lexical ? h : b), undefined);
  return best !== undefined && isConfident(best);
}

/** Why the gate decided as it did (recorded on the outcome's steps). */
export type GateWhy = 'covered' | 'no_match' | 'weak_match' | 'out_of_scope';

/** The gate's verdict and the source a draft leads with. */
export type GateVerdict = { covered: boolean; why: GateWhy; top: FusedHit | null };

/**
 * Whether a draft would be written from what the search found for `message` (the text that was
 * searched), and which source leads it.
 */
export function wouldAnswer(found: Pick<RetrievalResult, 'hits' | 'semantic'>, message: string): GateVerdict {
  const hits = found.hits.slice(0, GATE.hits);
  // Fusion may rank first a source no word matched; the draft then leads with the first one that
  // is confident on its words (`isCovered` already requires one to exist).
  const top = found.semantic.state === 'used' ? (hits.find(isConfident) ?? hits[0]) : hits[0];
  if (!top) return { covered: false, why: 'no_match', top: null };
  if (!isCovered(hits)) return { covered: false, why: 'weak_match', top };
  // The scope check, once, for the pipeline and the inspect box alike: words that pass the gate
  // may still not answer the question (one shared word, a typo correction, generic words only).
  if (!answersQuestion(message, hits)) return { covered: false, why: 'out_of_scope', top };
  return { covered: true, why: 'covered', top };
}
