/**
 * `eval --autopilot` (FORMAT.md "Autopilot"): what the autopilot would have sent on its own if
 * every topic had earned automatic sending — the most permissive setting an owner can choose.
 * The chat is taken as the best case too (open, in hours, under the limits, not from the
 * backlog), so only the draft itself decides. Pure, like the rest of the report.
 */
import { Language } from '../../contract/schemas';
import type { ReviewReason } from '../../contract/schemas';
import { sendGate, type SendFacts } from '../autopilot/send-gate';
import { rate, violations, type CaseOutcome } from './report';
import type { EvalCase } from './suite';

export type AutopilotFigures = { sent: number; correct: number; precision: number | null; coverage: number | null; sentOnNonAnswer: number };

/** The most permissive chat and owner settings: everything but the draft passes. */
export function permissiveFacts(lang: string | undefined): SendFacts {
  const language = Language.safeParse(lang);
  return {
    autoOn: true,
    topics: { eligible: true, rule: 'eval' },
    chat: { state: 'assistant', optedOut: false, backlog: false, adFirstReply: false, language: language.success ? language.data : 'en' },
    allowAdFirstReply: true,
    withinHours: true,
    withinRate: true,
  };
}

/** Whether the autopilot would send this case's draft alone. */
export function wouldAutoSend(c: EvalCase, o: CaseOutcome): boolean {
  const reasons = (o.reasons ?? []).map((code) => ({ code }) as ReviewReason);
  return sendGate({ route: o.route, reasons, flags: o.flags, steps: o.steps }, permissiveFacts(c.lang)).send;
}

/** Sent, correct, precision, coverage and sends on non-answer cases; `autoSend[i]` for case i. */
export function computeAutopilot(cases: readonly EvalCase[], outcomes: readonly CaseOutcome[]): { autopilot: AutopilotFigures; autoSend: boolean[] } {
  const autoSend = cases.map((c, i) => wouldAutoSend(c, outcomes[i]!));
  let sent = 0;
  let correct = 0;
  let sentOnNonAnswer = 0;
  cases.forEach((c, i) => {
    if (!autoSend[i]) return;
    const o = outcomes[i]!;
    sent += 1;
    if (c.expect.route !== 'answer') sentOnNonAnswer += 1;
    const sources = c.expect.sources ?? [];
    const sourceOk = sources.length === 0 || (o.sources[0] !== undefined && sources.includes(o.sources[0]));
    if (c.expect.route === 'answer' && sourceOk && violations(c, o).length === 0) correct += 1;
  });
  const answerCases = cases.filter((c) => c.expect.route === 'answer').length;
  return { autopilot: { sent, correct, precision: rate(correct, sent), coverage: rate(sent, answerCases), sentOnNonAnswer }, autoSend };
}
