/**
 * Runs suite cases through the assistant exactly as a chat would reach it: the drafter (triage,
 * retrieval, drafting) with the case's earlier turns as history.
 */
import { Language } from '../../contract/schemas';
import type { DraftOutcome, Drafter } from '../assistant/drafter';
import type { CaseOutcome } from './report';
import type { EvalCase } from './suite';

/** One case's outcome, who drafted it, and what the model call cost (null when none was made or its usage is unknown). */
export type CaseRun = CaseOutcome & { drafter: string; cost: NonNullable<DraftOutcome['cost']> | null };

/**
 * Drafts one case; nothing is stored and nothing is sent. `signal` cancels it: a model call in
 * progress is aborted and this rejects with `DraftCancelled`.
 */
export async function runCase(drafter: Drafter, c: EvalCase, signal?: AbortSignal): Promise<CaseRun> {
  const language = Language.safeParse(c.lang);
  const outcome = await drafter.draft({
    message: c.message,
    customerName: 'Customer',
    language: language.success ? language.data : 'en',
    history: c.history ?? [],
    signal,
  });
  return {
    route: outcome.route,
    text: outcome.text,
    sources: outcome.sources.map((s) => s.id),
    flags: outcome.flags ?? [],
    reasons: outcome.reasons.map((r) => r.code),
    drafter: outcome.drafter,
    cost: outcome.cost ?? null,
    ...(outcome.steps ? { steps: outcome.steps } : {}),
  };
}

/** Drafts every case, in order. */
export async function runCases(drafter: Drafter, cases: readonly EvalCase[]): Promise<CaseOutcome[]> {
  const outcomes: CaseOutcome[] = [];
  for (const c of cases) {
    const { route, text, sources, flags, steps, reasons } = await runCase(drafter, c);
    outcomes.push({ route, text, sources, flags, reasons, ...(steps ? { steps } : {}) });
  }
  return outcomes;
}
