import { describe, expect, it } from 'vitest';
import { asUiLanguage, detectUiLanguage } from './ui-languages';

describe('detectUiLanguage', () => {
  it('picks the first preferred language the UI speaks', () => {
    expect(detectUiLanguage(['id-ID', 'en-US'])).toBe('id');
    expect(detectUiLanguage(['vi'])).toBe('vi');
    expect(detectUiLanguage(['hi-IN', 'en'])).toBe('hi');
    expect(detectUiLanguage(['es-MX'])).toBe('es');
    expect(detectUiLanguage(['fr-FR', 'de', 'pt-PT', 'en'])).toBe('pt-BR');
    expect(detectUiLanguage(['pt_BR'])).toBe('pt-BR');
    expect(detectUiLanguage(['in'])).toBe('id');
  });

  it('falls back to English', () => {
    expect(detectUiLanguage([])).toBe('en');
    expect(detectUiLanguage(['fr', 'ja'])).toBe('en');
  });

  it('accepts only the six codes as a stored choice', () => {
    expect(asUiLanguage('pt-BR')).toBe('pt-BR');
    expect(asUiLanguage('pt')).toBeNull();
    expect(asUiLanguage(null)).toBeNull();
  });
});
