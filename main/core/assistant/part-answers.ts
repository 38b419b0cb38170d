/**
 * A turn of several questions, answered part by part: each part is searched and gated on its
 * own; a covered part gets its answer (quoted sentences, product sentences), and a part nothing
 * covers is named on the card (`part_not_answered`) for the person to complete — never guessed.
 */
import type { ReviewReason, SourceRef } from '../../contract/schemas';
import type { RetrievalResult } from '../knowledge/knowledge-search';
import type { DraftSteps } from './drafter';
import { wouldAnswer } from './gate';
import { matchEvidence } from './match-evidence';
import { REASONS, composeAnswer, notedFacts, type Composed, type OfflineComposeInput } from './offline-composer';
import { PHRASES, greetingFor } from './phrases';

/** The card's line for a part of the turn no knowledge answers; `part` is the customer's words. */
export function partNotAnswered(part: string): ReviewReason {
  return {
    code: 'part_not_answered',
    message: `Not answered: "${part}". Nothing in your catalog or FAQ covers this part; complete the reply yourself.`,
    params: { part },
  };
}

/** What every part's answer shares: knowledge, language, greeting, stock display. */
export type PartShape = Omit<OfflineComposeInput, 'hits' | 'top' | 'question'>;

/**
 * The reply to a turn's parts, or null when no part is covered on its own (the caller then
 * answers the turn whole). Searches once per part; records each part's verdict in `steps`.
 * `lead`: the source the whole turn's search leads with, when the gate covers the whole turn. When
 * no covered part leads with it, the sentences are one question told in several ("I'm worried my
 * card is lost in the mail? How long does it take to arrive?"): each piece alone points elsewhere,
 * and the turn is answered whole (null). Otherwise the parts are answered in the customer's order.
 */
export async function answerParts(
  parts: readonly string[],
  search: (part: string) => Promise<RetrievalResult>,
  shape: PartShape,
  steps: DraftSteps,
  lead?: string,
): Promise<Composed | null> {
  const paragraphs: string[] = [];
  const sources: SourceRef[] = [];
  const citedProducts: Composed['citedProducts'] = [];
  const citedFaqs: Composed['citedFaqs'] = [];
  const missing: string[] = [];
  steps.parts = [];
  const judged: Array<{ part: string; found: RetrievalResult; verdict: ReturnType<typeof wouldAnswer> }> = [];
  for (const part of parts) {
    const found = await search(part);
    const verdict = wouldAnswer(found, part);
    judged.push({ part, found, verdict });
  }
  const leads = (j: (typeof judged)[number]) => j.verdict.covered && j.verdict.top?.sourceId === lead;
  if (lead !== undefined && !judged.some(leads)) {
    for (const { part, found, verdict } of judged) steps.parts.push({ text: part, covered: verdict.covered, top: verdict.top?.sourceId ?? null, match: matchEvidence(found, verdict, part) });
    return null;
  }
  for (const { part, found, verdict } of judged) {
    const answer = verdict.covered && verdict.top ? composeAnswer({ ...shape, hits: found.hits, top: verdict.top, question: part }) : null;
    steps.parts.push({ text: part, covered: answer !== null, top: verdict.top?.sourceId ?? null, match: matchEvidence(found, verdict, part) });
    if (!answer) {
      missing.push(part);
      continue;
    }
    // Two parts answered by the same source say it once.
    if (answer.composed.sources.every((s) => sources.some((have) => have.id === s.id))) continue;
    paragraphs.push(...answer.parts);
    for (const s of answer.composed.sources) if (!sources.some((have) => have.id === s.id)) sources.push(s);
    for (const p of answer.composed.citedProducts) if (!citedProducts.some((have) => have.sku === p.sku)) citedProducts.push(p);
    for (const f of answer.composed.citedFaqs) if (!citedFaqs.some((have) => have.id === f.id)) citedFaqs.push(f);
  }
  if (paragraphs.length === 0) return null;
  const phrases = PHRASES[shape.language];
  const noted = notedFacts(shape.facts ?? [], parts.join('\n'), phrases);
  sources.push(...noted.sources);
  const text = [...(shape.greet ? [greetingFor(phrases, shape.customerName)] : []), ...paragraphs, ...noted.lines, phrases.closing].join('\n\n');
  const reasons: ReviewReason[] = [REASONS.approval];
  if (citedFaqs.some((f) => f.kind === 'policy')) reasons.push(REASONS.policy);
  reasons.push(...missing.map(partNotAnswered));
  return { text, sources, reasons, citedProducts, citedFaqs };
}
