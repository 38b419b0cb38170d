import { describe, expect, it } from 'vitest';
import type { Route } from '../../../contract/schemas';
import {
  COMPLAINT_CASES,
  LEGAL_CASES,
  OPTOUT_CASES,
  ORDER_STATUS_CASES,
  PERSON_CASES,
  REFUND_CASES,
  type ConcernCases,
} from '../fixtures/triage-handoff-cases';
import { triage } from '../triage';
import type { TriageCode } from './reasons';

const CONCERNS: Array<[TriageCode, Route, ConcernCases]> = [
  ['asked_for_person', 'handoff', PERSON_CASES],
  ['complaint', 'handoff', COMPLAINT_CASES],
  ['refund_or_return', 'handoff', REFUND_CASES],
  ['legal_threat', 'handoff', LEGAL_CASES],
  ['order_status', 'handoff', ORDER_STATUS_CASES],
  ['optout', 'optout', OPTOUT_CASES],
];

describe.each(CONCERNS)('%s', (code, route, cases) => {
  const byLanguage = Object.entries(cases).map(([lang, c]) => [lang, c!] as const);

  it.each(byLanguage)('is found in %s', (_lang, { yes }) => {
    for (const message of yes) {
      const result = triage(message);
      expect([message, result.route, result.reasons.map((r) => r.code)]).toEqual([message, route, expect.arrayContaining([code])]);
    }
  });

  it.each(byLanguage)('is not found in %s near misses', (_lang, { no }) => {
    for (const message of no) {
      const result = triage(message);
      expect([message, result.reasons.map((r) => r.code)]).toEqual([message, expect.not.arrayContaining([code])]);
      expect([message, result.flags]).toEqual([message, []]);
    }
  });
});

describe('ordinary questions', () => {
  it.each([
    'I want to cancel my order',
    'can I add an item to my order?',
    'I need the invoice for order 5521',
    'my payment didn’t go through',
    'I want to unsubscribe from your newsletter',
    'what delivery options do you have?',
    'how do I change my account password?',
    '¿cómo cancelo mi pedido?',
    'como faço para cancelar meu pedido?',
    'làm sao để hủy đơn hàng?',
    'order cancel kaise kare?',
    'cara batalin pesanan gimana?',
    'i entered the wrong address how to fix it',
    'my card got declined',
    'i dont want the newsletter anymore how do i cancel it',
    'where can i see the status of my order',
    'i wanna give feedback on my order',
  ])('"%s" is left to the assistant', (message) => {
    expect(triage(message)).toMatchObject({ route: 'answer', reason: null, reasons: [], flags: [] });
  });
});
