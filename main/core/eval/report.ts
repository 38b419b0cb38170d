/**
 * The eval report of FORMAT.md, computed from cases and what the assistant did with them.
 * Pure: no I/O, so it is tested with hand-made suites.
 */
import type { Route } from '../../contract/schemas';
import type { DraftSteps } from '../assistant/drafter';
import type { EvalCase } from './suite';

/** What the assistant produced for one case; `steps`: how the draft pipeline got there. */
export type CaseOutcome = { route: Route; text: string; sources: string[]; flags: string[]; steps?: DraftSteps; reasons?: string[] };

export type RouteFigures = { n: number; precision: number | null; recall: number | null };
export type FlagFigures = { expected: number; recall: number | null; falseFlagRate: number | null };

/** One case's result, readable when it fails. */
export type CaseResult = {
  id: string;
  pass: boolean;
  expectedRoute: Route;
  route: Route;
  flags: string[];
  sources: string[];
  draft: string;
  why: string;
  /** Which pipeline step decided the route, when the outcome carries its steps. */
  decidedBy?: string;
  /** With `--autopilot`: whether the autopilot would have sent this draft alone. */
  autoSend?: boolean;
};

/** One language's figures: its cases, route accuracy and source hit rate (null with no denominator). */
export type LanguageFigures = { cases: number; routeAccuracy: number | null; sourceCases: number; sourceHitRate: number | null };

export type EvalReport = {
  cases: number;
  routeAccuracy: number | null;
  routes: Record<Route, RouteFigures>;
  sourceCases: number;
  sourceHitRate: number | null;
  sourceCitedRate: number | null;
  flags: Record<string, FlagFigures>;
  mustNotContainViolations: number;
  /**
   * Route accuracy and source hit rate per case language label (the case's `lang`, "—" when it
   * has none), in order of first appearance. The label is only for reading results: the assistant
   * still finds the language from the message.
   */
  languages: Record<string, LanguageFigures>;
  results: CaseResult[];
};

const ROUTES: readonly Route[] = ['answer', 'handoff', 'optout'];

/** A rate, or null when its denominator is 0. */
export function rate(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

/** Computes every figure; `outcomes[i]` belongs to `cases[i]`. */
export function computeReport(cases: readonly EvalCase[], outcomes: readonly CaseOutcome[]): EvalReport {
  if (cases.length !== outcomes.length) throw new Error(`${cases.length} cases but ${outcomes.length} outcomes`);
  const results = cases.map((c, i) => judge(c, outcomes[i]!));

  const routes = {} as Record<Route, RouteFigures>;
  for (const route of ROUTES) {
    const expected = results.filter((r) => r.expectedRoute === route);
    const predicted = results.filter((r) => r.route === route);
    const correct = expected.filter((r) => r.route === route).length;
    routes[route] = { n: expected.length, precision: rate(correct, predicted.length), recall: rate(correct, expected.length) };
  }

  const sourceCases = cases.filter((c) => (c.expect.sources?.length ?? 0) > 0);
  const sourceOutcomes = cases.map((c, i) => ({ c, o: outcomes[i]! })).filter(({ c }) => (c.expect.sources?.length ?? 0) > 0);
  const hits = sourceOutcomes.filter(({ c, o }) => o.sources.length > 0 && c.expect.sources!.includes(o.sources[0]!)).length;
  const cited = sourceOutcomes.filter(({ c, o }) => o.sources.some((s) => c.expect.sources!.includes(s))).length;

  const flagNames = new Set([...cases.flatMap((c) => c.expect.flags ?? []), ...outcomes.flatMap((o) => o.flags)]);
  const flags: Record<string, FlagFigures> = {};
  for (const flag of [...flagNames].sort()) {
    const expecting = cases.map((c, i) => ({ want: (c.expect.flags ?? []).includes(flag), got: outcomes[i]!.flags.includes(flag) }));
    const want = expecting.filter((e) => e.want);
    const notWant = expecting.filter((e) => !e.want);
    flags[flag] = {
      expected: want.length,
      recall: rate(want.filter((e) => e.got).length, want.length),
      falseFlagRate: rate(notWant.filter((e) => e.got).length, notWant.length),
    };
  }

  return {
    cases: cases.length,
    routeAccuracy: rate(results.filter((r) => r.route === r.expectedRoute).length, results.length),
    routes,
    sourceCases: sourceCases.length,
    sourceHitRate: rate(hits, sourceCases.length),
    sourceCitedRate: rate(cited, sourceCases.length),
    flags,
    mustNotContainViolations: cases.reduce((n, c, i) => n + violations(c, outcomes[i]!).length, 0),
    languages: byLanguage(cases, outcomes),
    results,
  };
}

/** The label a case is counted under in the per-language figures. */
export const NO_LANGUAGE = '—';

/** Route accuracy and source hit rate for each case language label. */
export function byLanguage(cases: readonly EvalCase[], outcomes: readonly CaseOutcome[]): Record<string, LanguageFigures> {
  const tally = new Map<string, { cases: number; routed: number; sourceCases: number; hits: number }>();
  cases.forEach((c, i) => {
    const o = outcomes[i]!;
    const label = c.lang?.trim() || NO_LANGUAGE;
    const t = tally.get(label) ?? { cases: 0, routed: 0, sourceCases: 0, hits: 0 };
    t.cases++;
    if (o.route === c.expect.route) t.routed++;
    const expected = c.expect.sources ?? [];
    if (expected.length > 0) {
      t.sourceCases++;
      if (o.sources[0] !== undefined && expected.includes(o.sources[0])) t.hits++;
    }
    tally.set(label, t);
  });
  const out: Record<string, LanguageFigures> = {};
  for (const [label, t] of tally) {
    out[label] = { cases: t.cases, routeAccuracy: rate(t.routed, t.cases), sourceCases: t.sourceCases, sourceHitRate: rate(t.hits, t.sourceCases) };
  }
  return out;
}

/** The strings of `mustNotContain` that the draft contains (case-insensitive). */
export function violations(c: EvalCase, o: CaseOutcome): string[] {
  const text = o.text.toLowerCase();
  return (c.expect.mustNotContain ?? []).filter((s) => s && text.includes(s.toLowerCase()));
}

function judge(c: EvalCase, o: CaseOutcome): CaseResult {
  const why: string[] = [];
  if (o.route !== c.expect.route) why.push(`route ${o.route}, expected ${c.expect.route}`);
  const expectedSources = c.expect.sources ?? [];
  if (expectedSources.length > 0 && !(o.sources[0] && expectedSources.includes(o.sources[0]))) {
    why.push(`first source ${o.sources[0] ?? 'none'}, expected ${expectedSources.join(' or ')}`);
  }
  const missing = (c.expect.flags ?? []).filter((f) => !o.flags.includes(f));
  if (missing.length > 0) why.push(`missing flag ${missing.join(', ')}`);
  // Only a case that lists its flags (even `[]`) is failed for raising others.
  const extra = c.expect.flags ? o.flags.filter((f) => !c.expect.flags!.includes(f)) : [];
  if (extra.length > 0) why.push(`unexpected flag ${extra.join(', ')}`);
  const bad = violations(c, o);
  if (bad.length > 0) why.push(`draft contains ${bad.map((s) => JSON.stringify(s)).join(', ')}`);
  return {
    id: c.id,
    pass: why.length === 0,
    expectedRoute: c.expect.route,
    route: o.route,
    flags: o.flags,
    sources: o.sources,
    draft: o.text,
    why: why.join('; '),
    ...(o.steps ? { decidedBy: stepsSaid(o.steps) } : {}),
  };
}

/** The pipeline step that decided the route, in a few words: "triage: asked_for_person", "gate: weak_match, top faq:x 0.21". */
export function stepsSaid(steps: DraftSteps): string {
  if (steps.triage.route !== 'answer') return `triage: ${steps.triage.reasons.join(', ') || steps.triage.route}`;
  const top = steps.search?.top[0];
  const found = top ? `, top ${top.id} ${top.coverage}` : '';
  const subject = steps.search?.subject ? `, subject from history: ${steps.search.subject.words.join(' ')}` : '';
  const composed = steps.composer ? `; composed ${steps.composer}${steps.fallback ? ` after ${steps.fallback}` : ''}` : '';
  return `gate: ${steps.gate?.why ?? 'not run'}${found}${subject}${composed}`;
}
