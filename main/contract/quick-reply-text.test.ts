import { describe, expect, it } from 'vitest';
import { chooseQuickReplyLanguage, fillQuickReply, personalName, quickReplyText } from './quick-reply-text';

describe('fillQuickReply', () => {
  it('fills the customer first name, full name, shop and operator', () => {
    const context = { customerName: 'María José Pérez', shopName: 'Casa Verde', operatorName: 'Luis' };
    expect(fillQuickReply('Hola {name}, soy {operator} de {shop}.', context)).toBe('Hola María, soy Luis de Casa Verde.');
    expect(fillQuickReply('Dear {fullname}', context)).toBe('Dear María José Pérez');
  });

  it('drops an unknown name with the space or comma that joined it, never "Hi Customer!"', () => {
    for (const customerName of ['', '   ', null, '+52 55 1234 5678', 'WhatsApp customer', 'Customer']) {
      expect(fillQuickReply('Hi {name}!', { customerName })).toBe('Hi!');
      expect(fillQuickReply('Hola {name}, ¿en qué te ayudo?', { customerName })).toBe('Hola, ¿en qué te ayudo?');
      expect(fillQuickReply('{name}, your order is ready.', { customerName })).toBe('Your order is ready.');
      expect(fillQuickReply('¡Gracias {name}!', { customerName })).toBe('¡Gracias!');
    }
  });

  it('touches only the lines with an empty value, and keeps unknown {words} as written', () => {
    expect(fillQuickReply('Hi {name},\n\nWe open at 9 ,  see {link}.', {})).toBe('Hi,\n\nWe open at 9 ,  see {link}.');
    expect(fillQuickReply('Thanks from {shop}', { shopName: ' ' })).toBe('Thanks from');
    expect(fillQuickReply('{NAME} hi', { customerName: 'ana' })).toBe('ana hi');
  });
});

describe('personalName', () => {
  it('keeps real names and refuses phone numbers and placeholders', () => {
    expect(personalName('  Ana   López ')).toBe('Ana López');
    expect(personalName('(555) 123-4567')).toBe('');
    expect(personalName('whatsapp contact')).toBe('');
  });
});

describe('chooseQuickReplyLanguage', () => {
  const texts = { en: 'Hello', es: 'Hola', pt: '  ' };
  it("prefers the customer's language, then the shop's languages in order, then any written one", () => {
    expect(chooseQuickReplyLanguage(texts, 'es')).toBe('es');
    // Portuguese is blank: the shop's first language with words wins.
    expect(chooseQuickReplyLanguage(texts, 'pt', ['es', 'en'])).toBe('es');
    expect(chooseQuickReplyLanguage(texts, 'vi', ['hi'])).toBe('en');
    expect(chooseQuickReplyLanguage({}, 'en')).toBeNull();
  });

  it('returns the filled text with the language it chose', () => {
    expect(quickReplyText({ en: 'Hi {name}', id: 'Halo {name}' }, 'id', { customerName: 'Budi' })).toEqual({ text: 'Halo Budi', language: 'id' });
    expect(quickReplyText({ en: 'Hi {name}' }, 'hi', { customerName: '' })).toEqual({ text: 'Hi', language: 'en' });
  });
});
