import { describe, expect, it } from 'vitest';
import { LANGUAGE_CASES, UNSURE } from '../fixtures/language-cases';
import { detectCustomerLanguage, detectLanguage, isRomanisedHindi } from './language';

describe('language detection', () => {
  it.each(Object.entries(LANGUAGE_CASES))('recognises %s', (language, messages) => {
    for (const message of messages) expect([message, detectLanguage(message)]).toEqual([message, language]);
  });

  it('says nothing when a message is too short or in another language', () => {
    for (const message of UNSURE) expect([message, detectLanguage(message)]).toEqual([message, null]);
  });

  it('reads romanised Hindi from its own words, not from words it shares with other languages', () => {
    expect(isRomanisedHindi('mera order kahan hai')).toBe(true);
    expect(isRomanisedHindi('namaste')).toBe(true);
    expect(isRomanisedHindi('saya mau kirim ke jakarta')).toBe(false);
    expect(isRomanisedHindi('se vende por kilo')).toBe(false);
    expect(isRomanisedHindi('yeh sure')).toBe(false);
  });

  it('falls back to the customer’s earlier turns for a short message', () => {
    expect(detectCustomerLanguage('ok', [])).toBeNull();
    expect(detectCustomerLanguage('ok', ['¿Tienen envío a Monterrey?', 'necesito dos macetas grandes'])).toBe('es');
    expect(detectCustomerLanguage('Do you have blue pots?', ['¿Tienen envío a Monterrey?'])).toBe('en');
  });
});
