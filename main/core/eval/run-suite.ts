/**
 * Runs suite cases through the assistant exactly as a chat would reach it: the drafter (triage,
 * retrieval, drafting) with the case's earlier turns as history.
 */
import { Language } from '../../contract/schemas';
import type { Drafter } from '../assistant/drafter';
import type { CaseOutcome } from './report';
import type { EvalCase } from './suite';

/** Drafts one case; nothing is stored and nothing is sent. */
export async function runCase(drafter: Drafter, c: EvalCase): Promise<CaseOutcome & { drafter: string }> {
  const language = Language.safeParse(c.lang);
  const outcome = await drafter.draft({
    message: c.message,
    customerName: 'Customer',
    language: language.success ? language.data : 'en',
    history: c.history ?? [],
  });
  return { route: outcome.route, text: outcome.text, sources: outcome.sources.map((s) => s.id), flags: outcome.flags ?? [], drafter: outcome.drafter };
}

/** Drafts every case, in order. */
export async function runCases(drafter: Drafter, cases: readonly EvalCase[]): Promise<CaseOutcome[]> {
  const outcomes: CaseOutcome[] = [];
  for (const c of cases) {
    const { route, text, sources, flags } = await runCase(drafter, c);
    outcomes.push({ route, text, sources, flags });
  }
  return outcomes;
}
