import { describe, expect, it } from 'vitest';
import { guessLanguage } from './guess-language';

describe('guessing a WhatsApp customer language', () => {
  it('reads common words first', () => {
    expect(guessLanguage('What are your opening hours?', '5511987654321@s.whatsapp.net', null)).toBe('en');
    expect(guessLanguage('hola, ¿cuánto cuesta?', null, null)).toBe('es');
    expect(guessLanguage('olá, quanto custa?', null, 'en')).toBe('pt');
    expect(guessLanguage('berapa harga pot ini', null, null)).toBe('id');
  });

  it('keeps the conversation language, then falls back to the phone country', () => {
    expect(guessLanguage('👍', '5511987654321@s.whatsapp.net', 'es')).toBe('es');
    expect(guessLanguage('👍', '5511987654321@s.whatsapp.net', null)).toBe('pt');
    expect(guessLanguage('👍', '919812345678@s.whatsapp.net', null)).toBe('hi');
    expect(guessLanguage('👍', '18095551234@s.whatsapp.net', null)).toBe('es');
    expect(guessLanguage('👍', null, null)).toBe('en');
  });
});
