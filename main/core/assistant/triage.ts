/**
 * First-pass triage that needs no model: before anything is drafted, does this message belong
 * to a person (asks for one, complains, wants a refund, threatens legal action, asks where an
 * order is), ask us to stop, or attack the assistant? Rules are data, per concern and language,
 * in `triage/`; the language comes from a detector library.
 */
import type { Language, Route } from '../../contract/schemas';
import { findHandoffs, type Finding } from './triage/detect-handoff';
import { findInjection } from './triage/detect-injection';
import { inheritedFindings, lastTurn, type Turn } from './triage/history';
import { detectCustomerLanguage } from './triage/language';
import { TRIAGE_CODES, reasonFor, type TriageCode, type TriageReason } from './triage/reasons';
import { foldView, type TextView } from './triage/text-view';
import { correctTypos } from './triage/typos';

export type { TriageCode, TriageReason } from './triage/reasons';

/** What triage decided for one customer message. */
export type TriageResult = {
  route: Route;
  /** The main reason (the first of `reasons`), or null when the assistant may answer. */
  reason: TriageCode | null;
  /** Every reason that applies, main one first, each with a sentence for the review card. */
  reasons: TriageReason[];
  /** Raised on the message whatever the route, e.g. `injection`. */
  flags: string[];
  /** The language the message is written in, or null when unsure. */
  language: Language | null;
};

/** Optional context: the chat's earlier turns, oldest first. */
export type TriageOptions = { history?: readonly Turn[] };

/** The folded message and its typo-corrected reading (the same object when nothing changed). */
function readings(message: string): TextView[] {
  const view = foldView(message);
  const corrected = correctTypos(view);
  return corrected === view ? [view] : [view, corrected];
}

/** Handoff and opt-out concerns of a message on its own. */
function concernsOf(message: string): Finding[] {
  return findHandoffs(readings(message), message);
}

/** Routes a customer message before any drafting. */
export function triage(message: string, options: TriageOptions = {}): TriageResult {
  const history = options.history ?? [];
  const views = readings(message);
  const findings = findHandoffs(views, message);
  if (history.length > 0) findings.push(...inheritedFindings(views[0]!, history, concernsOf));

  const lastCustomer = lastTurn(history, 'customer');
  let injection = findInjection(views, message);
  // An attack split over two messages ("ignore all your" … "previous instructions") is still
  // one; an attack in the earlier message alone was flagged on that message.
  if (!injection && lastCustomer && !findInjection(readings(lastCustomer.text), lastCustomer.text)) {
    const joined = `${lastCustomer.text}\n${message}`;
    const split = findInjection(readings(joined), joined);
    if (split) injection = { ...split, via: 'earlier_turn' };
  }
  if (injection) findings.push({ code: 'injection', evidence: injection });

  const customerTurns = history.filter((t) => t.from === 'customer').map((t) => t.text);
  const language = detectCustomerLanguage(message, customerTurns);
  const route = routeOf(findings);
  const reasons = orderedReasons(findings, route);
  return { route, reason: reasons[0]?.code ?? null, reasons, flags: injection ? ['injection'] : [], language };
}

/** Attacks go to a person; a stop request is honoured; any other concern goes to a person. */
function routeOf(findings: readonly Finding[]): Route {
  const codes = new Set(findings.map((f) => f.code));
  if (codes.has('injection')) return 'handoff';
  if (codes.has('optout')) return 'optout';
  return codes.size > 0 ? 'handoff' : 'answer';
}

/** One reason per concern, most urgent first; an opt-out route leads with the opt-out. */
function orderedReasons(findings: readonly Finding[], route: Route): TriageReason[] {
  const first = new Map<TriageCode, Finding>();
  for (const finding of findings) if (!first.has(finding.code)) first.set(finding.code, finding);
  const order: TriageCode[] = route === 'optout' ? ['optout', ...TRIAGE_CODES.filter((c) => c !== 'optout')] : [...TRIAGE_CODES];
  return order.flatMap((code) => {
    const finding = first.get(code);
    return finding ? [reasonFor(code, finding.evidence)] : [];
  });
}
