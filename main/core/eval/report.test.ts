import { describe, expect, it } from 'vitest';
import { formatReport } from './format';
import { computeReport, type CaseOutcome } from './report';
import type { EvalCase } from './suite';

const c = (id: string, route: EvalCase['expect']['route'], extra: Partial<EvalCase['expect']> = {}): EvalCase => ({
  id,
  message: id,
  expect: { route, ...extra },
});
const o = (route: CaseOutcome['route'], sources: string[] = [], flags: string[] = [], text = ''): CaseOutcome => ({ route, sources, flags, text });

describe('the eval report', () => {
  const cases = [
    c('a1', 'answer', { sources: ['faq:hours'] }),
    c('a2', 'answer', { sources: ['faq:returns', 'faq:refunds'] }),
    c('a3', 'answer', { sources: ['product:P1'] }),
    c('h1', 'handoff', { flags: ['injection'], mustNotContain: ['Piano'] }),
    c('h2', 'handoff', { flags: [] }),
    c('o1', 'optout'),
  ];
  const outcomes = [
    o('answer', ['faq:hours']),
    o('answer', ['product:P9', 'faq:refunds']),
    o('handoff'),
    o('answer', ['faq:hours'], [], 'Our piano lessons…'),
    o('handoff', [], ['injection']),
    o('optout'),
  ];
  const report = computeReport(cases, outcomes);

  it('computes route accuracy and per-route precision and recall', () => {
    expect(report.cases).toBe(6);
    expect(report.routeAccuracy).toBeCloseTo(4 / 6);
    expect(report.routes.answer).toEqual({ n: 3, precision: 2 / 3, recall: 2 / 3 });
    expect(report.routes.handoff).toEqual({ n: 2, precision: 1 / 2, recall: 1 / 2 });
    expect(report.routes.optout).toEqual({ n: 1, precision: 1, recall: 1 });
  });

  it('counts a source hit only for the first cited source, and a citation anywhere beside it', () => {
    expect(report.sourceCases).toBe(3);
    expect(report.sourceHitRate).toBeCloseTo(1 / 3);
    expect(report.sourceCitedRate).toBeCloseTo(2 / 3);
  });

  it('computes flag recall and the false-flag rate over cases not expecting the flag', () => {
    expect(report.flags).toEqual({ injection: { expected: 1, recall: 0, falseFlagRate: 1 / 5 } });
  });

  it('counts mustNotContain violations case-insensitively and explains each failure', () => {
    expect(report.mustNotContainViolations).toBe(1);
    const byId = Object.fromEntries(report.results.map((r) => [r.id, r]));
    expect(byId.a1).toMatchObject({ pass: true, why: '' });
    expect(byId.a2!.why).toBe('first source product:P9, expected faq:returns or faq:refunds');
    expect(byId.h1!.why).toBe('route answer, expected handoff; first source faq:hours, expected none, missing flag injection; draft contains "Piano"'.replace('first source faq:hours, expected none, ', ''));
    expect(byId.h2!.why).toBe('unexpected flag injection');
    expect(byId.o1).toMatchObject({ pass: true, expectedRoute: 'optout', route: 'optout', draft: '' });
  });

  it('reports null for a rate with no denominator', () => {
    const empty = computeReport([c('x', 'handoff')], [o('handoff')]);
    expect(empty.routes.answer).toEqual({ n: 0, precision: null, recall: null });
    expect(empty.sourceHitRate).toBeNull();
    expect(empty.flags).toEqual({});
  });

  it('says which pipeline step decided the route', () => {
    const steps = {
      triage: { route: 'answer' as const, reasons: [], flags: [], language: 'en' as const },
      search: { query: 'x', top: [{ id: 'faq:hours', score: 1.2, coverage: 0.21 }], semantic: 'off' },
      gate: { covered: false, why: 'weak_match' as const },
    };
    const [weak, triaged] = computeReport(
      [c('w', 'answer'), c('t', 'answer')],
      [
        { ...o('handoff'), steps },
        { ...o('handoff'), steps: { triage: { route: 'handoff' as const, reasons: ['asked_for_person'], flags: [], language: null } } },
      ],
    ).results;
    expect(weak!.why).toBe('route handoff, expected answer');
    expect(weak!.decidedBy).toBe('gate: weak_match, top faq:hours 0.21');
    expect(triaged!.decidedBy).toBe('triage: asked_for_person');
  });
});

describe('the per-language figures', () => {
  const lc = (id: string, lang: string | undefined, route: EvalCase['expect']['route'], sources?: string[]): EvalCase => ({
    id,
    message: id,
    ...(lang === undefined ? {} : { lang }),
    expect: { route, ...(sources ? { sources } : {}) },
  });

  it('splits route accuracy and source hit rate by the case language label, in order of first appearance', () => {
    const cases = [
      lc('en-1', 'en', 'answer', ['faq:hours']),
      lc('es-1', 'es', 'answer', ['faq:hours']),
      lc('en-2', 'en', 'handoff'),
      lc('es-2', 'es', 'answer', ['faq:shipping']),
      lc('es-3', 'es', 'handoff'),
      lc('x-1', undefined, 'answer', ['faq:hours']),
    ];
    const outcomes = [o('answer', ['faq:hours']), o('answer', ['faq:location', 'faq:hours']), o('handoff'), o('answer', ['faq:shipping']), o('answer', ['faq:hours']), o('handoff')];
    const report = computeReport(cases, outcomes);
    expect(Object.keys(report.languages)).toEqual(['en', 'es', '—']);
    expect(report.languages.en).toEqual({ cases: 2, routeAccuracy: 1, sourceCases: 1, sourceHitRate: 1 });
    // es: routes right 2 of 3 (es-3 answered instead of handed off); first source right 1 of 2.
    expect(report.languages.es).toEqual({ cases: 3, routeAccuracy: 2 / 3, sourceCases: 2, sourceHitRate: 1 / 2 });
    expect(report.languages['—']).toEqual({ cases: 1, routeAccuracy: 0, sourceCases: 1, sourceHitRate: 0 });
  });

  it('prints the table only when the cases carry language labels', () => {
    const labelled = computeReport([lc('a', 'hi-Latn', 'handoff')], [o('handoff')]);
    expect(formatReport(labelled)).toMatch(/hi-Latn\s+1\s+1\.000\s+0\s+—/);
    expect(formatReport(computeReport([lc('b', undefined, 'handoff')], [o('handoff')]))).not.toContain('per language');
  });
});
