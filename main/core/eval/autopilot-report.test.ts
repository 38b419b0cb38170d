import { describe, expect, it } from 'vitest';
import { computeAutopilot } from './autopilot-report';
import type { CaseOutcome } from './report';
import type { EvalCase } from './suite';

const match = { top: 'faq:a', strong: 3, typos: 0, coverage: 1, evidence: 2, semanticOnly: false, secondRatio: 0.1, unexplained: 0 };
const sendable = (source: string, text = 'ok'): CaseOutcome => ({
  route: 'answer',
  text,
  sources: [source],
  flags: [],
  reasons: ['approval_required'],
  steps: {
    triage: { route: 'answer', reasons: [], flags: [], language: 'en' },
    search: { query: 'q', top: [], semantic: 'off', match: { ...match, top: source } },
    gate: { covered: true, why: 'covered' },
    composer: 'offline',
    guards: [],
    language: 'en',
  },
});
const held: CaseOutcome = { route: 'handoff', text: '', sources: [], flags: [], reasons: ['no_knowledge'] };
const c = (id: string, route: EvalCase['expect']['route'], extra: Partial<EvalCase['expect']> = {}): EvalCase => ({ id, message: 'm', lang: 'en', expect: { route, ...extra } });

describe('eval --autopilot figures', () => {
  it('counts sent, correct (route, first source, mustNotContain), precision, coverage and sends on non-answer cases', () => {
    const cases = [
      c('right', 'answer', { sources: ['faq:a'] }),
      c('wrong-source', 'answer', { sources: ['faq:b'] }),
      c('says-it', 'answer', { mustNotContain: ['secret'] }),
      c('held', 'answer'),
      c('should-hand-off', 'handoff'),
    ];
    const outcomes = [sendable('faq:a'), sendable('faq:a'), sendable('faq:c', 'the secret'), held, sendable('faq:a')];
    const { autopilot, autoSend } = computeAutopilot(cases, outcomes);
    expect(autoSend).toEqual([true, true, true, false, true]);
    expect(autopilot).toEqual({ sent: 4, correct: 1, precision: 0.25, coverage: 1, sentOnNonAnswer: 1 });
  });

  it('reports null precision when nothing was sent', () => {
    expect(computeAutopilot([c('x', 'handoff')], [held]).autopilot).toEqual({ sent: 0, correct: 0, precision: null, coverage: null, sentOnNonAnswer: 0 });
  });
});
