import { describe, expect, it } from 'vitest';
import type { DraftOutcome } from '../assistant/drafter';
import type { MatchEvidence } from '../assistant/match-evidence';
import { permissiveFacts } from '../eval/autopilot-report';
import { sendGate, type SendFacts } from './send-gate';

const plain: MatchEvidence = { top: 'faq:hours', strong: 3, typos: 0, coverage: 0.9, evidence: 2.1, semanticOnly: false, secondRatio: 0.2, unexplained: 0 };

function answer(match: Partial<MatchEvidence> = {}, extra: Partial<DraftOutcome> = {}): Pick<DraftOutcome, 'route' | 'reasons' | 'flags' | 'steps'> {
  return {
    route: 'answer',
    reasons: [{ code: 'approval_required', message: '', params: {} }],
    flags: [],
    steps: {
      triage: { route: 'answer', reasons: [], flags: [], language: 'en' },
      search: { query: 'q', top: [], semantic: 'off', match: { ...plain, ...match } },
      gate: { covered: true, why: 'covered' },
      composer: 'offline',
      guards: [],
      language: 'en',
    },
    ...extra,
  };
}

const facts = (over: Partial<SendFacts> = {}, chat: Partial<SendFacts['chat']> = {}): SendFacts => {
  const base = permissiveFacts('en');
  return { ...base, ...over, chat: { ...base.chat, ...chat } };
};

const failed = (verdict: ReturnType<typeof sendGate>) => verdict.checks.filter((c) => !c.ok).map((c) => `${c.check}:${c.detail}`);

describe('the send gate', () => {
  it('sends a plain, unambiguous answer and names the rule that sent it', () => {
    const verdict = sendGate(answer(), facts({ topics: { eligible: true, rule: 'faq:hours' } }));
    expect(verdict).toMatchObject({ send: true, rule: 'faq:hours' });
    expect(verdict.checks.every((c) => c.ok)).toBe(true);
  });

  it.each([
    [{ strong: 1 }, 'match:single_word'],
    [{ typos: 1 }, 'match:typo'],
    [{ semanticOnly: true }, 'match:meaning_only'],
    [{ bridged: 1 }, 'match:lexicon_bridge'],
    [{ secondRatio: 0.9 }, 'match:close_second'],
    [{ unexplained: 1 }, 'match:unanswered_words'],
    [{ coverage: 0.3 }, 'match:weak_coverage'],
  ])('never sends on a match that is not plain: %j', (match, why) => {
    const verdict = sendGate(answer(match), facts());
    expect(verdict.send).toBe(false);
    expect(failed(verdict)).toEqual([why]);
  });

  it('holds a draft with a guard reason, a triage flag, a part left unanswered or a reply in another language', () => {
    const guarded = answer({}, {});
    guarded.steps!.guards = ['unsupported_amount'];
    expect(failed(sendGate(guarded, facts()))).toEqual(['reasons:unsupported_amount']);
    expect(failed(sendGate(answer({}, { flags: ['injection'] }), facts()))).toEqual(['flags:injection']);
    const parts = answer({}, { reasons: [{ code: 'part_not_answered', message: '', params: { part: 'x' } }] });
    expect(failed(sendGate(parts, facts()))).toContain('parts:part_not_answered');
    const spanish = answer();
    spanish.steps!.triage.language = 'es';
    expect(failed(sendGate(spanish, facts()))).toEqual(['language:es>en']);
  });

  it('holds for the chat and the owner: paused, opted out, backlog, ad-started first reply, hours, rate, topic not earned', () => {
    expect(failed(sendGate(answer(), facts({}, { state: 'paused' })))).toEqual(['chat:paused']);
    expect(failed(sendGate(answer(), facts({}, { state: 'needs_person' })))).toEqual(['chat:needs_person']);
    expect(failed(sendGate(answer(), facts({}, { optedOut: true })))).toEqual(['optout:optout']);
    expect(failed(sendGate(answer(), facts({}, { backlog: true })))).toEqual(['backlog:backlog']);
    expect(failed(sendGate(answer(), facts({ allowAdFirstReply: false }, { adFirstReply: true })))).toEqual(['ad_first:ad_first_reply']);
    expect(sendGate(answer(), facts({ allowAdFirstReply: true }, { adFirstReply: true })).send).toBe(true);
    expect(failed(sendGate(answer(), facts({ withinHours: false })))).toEqual(['hours:outside_hours']);
    expect(failed(sendGate(answer(), facts({ withinRate: false })))).toEqual(['rate:rate_limited']);
    expect(failed(sendGate(answer(), facts({ autoOn: false })))).toEqual(['mode:off']);
    expect(failed(sendGate(answer(), facts({ topics: { eligible: false, rule: null, detail: 'streak_2_of_5' } })))).toEqual(['topic:streak_2_of_5']);
  });

  it('never sends a handoff or a follow-up answered from an earlier turn\'s subject', () => {
    expect(sendGate({ route: 'handoff', reasons: [], flags: [], steps: { triage: { route: 'handoff', reasons: ['complaint'], flags: [], language: 'en' } } }, facts()).send).toBe(false);
    const followUp = answer();
    followUp.steps!.search!.subject = { from: 'history', text: 'the blue pot', words: ['pot'] };
    expect(failed(sendGate(followUp, facts()))).toEqual(['match:from_history']);
  });
});
