import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { CALLBACK_REASONS } from '../../../../main/contract/callback-schemas';
import { MODEL_ERROR_CONTEXTS, NO_KNOWLEDGE_CONTEXTS, QUOTE_VIAS, REASON_THEN } from '../../../../main/contract/reason-schemas';
import { ReviewReason } from '../../../../main/contract/schemas';
import { en } from '../../i18n/en';
import { es } from '../../i18n/es';
import { FIXED_REASON_CODES, reasonText } from './reason-text';

const CODES = ReviewReason.shape.code.options;
const MISSING = '\u0000missing';

/** A real i18next with the app's strings and no fallback language, so a gap in one shows. */
async function translator(lng: 'en' | 'es'): Promise<TFunction> {
  const instance = i18next.createInstance();
  await instance.init({
    resources: { en: { translation: en }, es: { translation: es } },
    lng,
    fallbackLng: false,
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

describe('review reason translations', () => {
  it.each(['en', 'es'] as const)('every contract reason code has a badge and an explanation in %s', async (lng) => {
    const t = await translator(lng);
    for (const code of CODES) {
      expect(t(`queue.reason.${code}`, { defaultValue: MISSING }), `queue.reason.${code}`).not.toBe(MISSING);
      // Plural sentences exist only as _one/_other; every count must find one.
      for (const count of [1, 2]) {
        expect(t(`queue.reasonDetail.${code}`, { count, defaultValue: MISSING }), `queue.reasonDetail.${code}`).not.toBe(MISSING);
      }
    }
  });

  it.each(['en', 'es'] as const)('every variant the core may name in params has its own sentence in %s', async (lng) => {
    const t = await translator(lng);
    const has = (key: string) => expect(t(key, { defaultValue: MISSING }), key).not.toBe(MISSING);
    for (const context of MODEL_ERROR_CONTEXTS) has(`queue.reasonDetail.model_error_${context}`);
    for (const context of NO_KNOWLEDGE_CONTEXTS) has(`queue.reasonDetail.no_knowledge_${context}`);
    for (const context of CALLBACK_REASONS) has(`queue.reasonDetail.callback_${context}`);
    for (const via of QUOTE_VIAS) has(`queue.reasonQuote_${via}`);
    for (const then of REASON_THEN) has(`queue.reasonThen.${then}`);
  });

  it('sentences of fixed codes take no values, so rows stored without params can use them', () => {
    const sentences: Array<Record<string, string | undefined>> = [en.queue.reasonDetail, es.queue.reasonDetail];
    for (const code of FIXED_REASON_CODES) {
      for (const detail of sentences) expect(detail[code], code).toMatch(/^[^{]+$/);
    }
  });

  it('the approval sentence promises no auto-send in either language', () => {
    expect(en.queue.reasonDetail.approval_required).toBe('Approval first: every reply waits for you.');
    expect(es.queue.reasonDetail.approval_required).not.toMatch(/autom/i);
  });
});

describe('reasonText', () => {
  it('fills the Spanish sentence from params, with language codes shown by their names', async () => {
    const t = await translator('es');
    const reason: ReviewReason = {
      code: 'wrong_language',
      message: 'The reply seems to be in English, but the customer writes in Spanish.',
      params: { foundLanguage: 'en', expectedLanguage: 'es' },
    };
    expect(reasonText(t, reason)).toBe('La respuesta parece estar en English, pero el cliente escribe en Español.');
  });

  it('picks the plural and formats numbers', async () => {
    const t = await translator('es');
    const one = { code: 'unsupported_amount', message: '', params: { amounts: '"$12"', count: 1 } } as const;
    const two = { code: 'unsupported_amount', message: '', params: { amounts: '"$12", "15%"', count: 2 } } as const;
    expect(reasonText(t, one)).toBe('"$12" no está en el catálogo ni en las preguntas frecuentes citadas; revisa la cifra antes de enviar.');
    expect(reasonText(t, two)).toMatch(/^"\$12", "15%" no están /);
    const long = await translator('en');
    expect(reasonText(long, { code: 'too_long', message: '', params: { length: 1234, max: 1000 } })).toBe(
      'The reply is 1,234 characters long; consider trimming it below 1,000.',
    );
  });

  it('adds the customer’s words, how they were found, and what happens next', async () => {
    const t = await translator('es');
    expect(reasonText(t, { code: 'asked_for_person', message: '', params: { quote: 'quiero hablar con alguien', via: 'earlier_turn' } })).toBe(
      'El cliente pidió hablar con una persona. Escribió antes en el chat: «quiero hablar con alguien».',
    );
    expect(reasonText(t, { code: 'model_error', message: '', params: { context: 'timeout', seconds: 30, then: 'person' } })).toBe(
      'El modelo no respondió durante 30 segundos. Debería responder una persona.',
    );
  });

  it('shows the stored English sentence of a row saved before params, unless the sentence takes no values', async () => {
    const t = await translator('es');
    const old = { code: 'too_long', message: 'The reply is 1234 characters long; consider trimming it below 1000.' } as const;
    expect(reasonText(t, old)).toBe(old.message);
    const approval = { code: 'approval_required', message: 'Approval first: every reply waits for you until you allow auto-send.' } as const;
    expect(reasonText(t, approval)).toBe('Primero tu aprobación: cada respuesta te espera.');
  });
});
