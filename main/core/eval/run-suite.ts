/**
 * Runs suite cases through the assistant exactly as a chat would reach it: the drafter (triage,
 * retrieval, drafting) with the case's earlier turns as history.
 */
import { Language } from '../../contract/schemas';
import type { Drafter } from '../assistant/drafter';
import type { CaseOutcome } from './report';
import type { EvalCase } from './suite';

/** Drafts every case, in order. */
export async function runCases(drafter: Drafter, cases: readonly EvalCase[]): Promise<CaseOutcome[]> {
  const outcomes: CaseOutcome[] = [];
  for (const c of cases) {
    const language = Language.safeParse(c.lang);
    const outcome = await drafter.draft({
      message: c.message,
      customerName: 'Customer',
      language: language.success ? language.data : 'en',
      history: c.history ?? [],
    });
    outcomes.push({ route: outcome.route, text: outcome.text, sources: outcome.sources.map((s) => s.id), flags: outcome.flags ?? [] });
  }
  return outcomes;
}
