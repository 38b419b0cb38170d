import { describe, expect, it } from 'vitest';
import { contentTokens, fold, tokens } from './text';

describe('text folding', () => {
  it('strips Latin diacritics in every customer language', () => {
    expect(fold('¿Cuánto cuesta la MACETA?')).toBe('¿cuanto cuesta la maceta?');
    expect(fold('Você entrega à noite?')).toBe('voce entrega a noite?');
    expect(fold('Giá bao nhiêu? Đặt hàng')).toBe('gia bao nhieu? dat hang');
  });

  it('keeps Devanagari vowel signs and evens out nukta and chandrabindu', () => {
    expect(tokens('कीमत क्या है')).toEqual(['कीमत', 'क्या', 'है']);
    expect(fold('हाँ')).toBe(fold('हां'));
    expect(fold('फ़ोन')).toBe(fold('फोन'));
  });

  it('joins words split by an apostrophe', () => {
    expect(tokens("don't l’eau")).toEqual(['dont', 'leau']);
  });

  it('drops stop words and keeps content words', () => {
    expect(contentTokens('Hola, ¿cuánto cuesta la maceta grande?')).toEqual(['cuanto', 'cuesta', 'maceta', 'grande']);
    expect(contentTokens('what is the price of the monstera')).toEqual(['price', 'monstera']);
    expect(contentTokens('क्या आप होम डिलीवरी करते हैं')).toEqual(['होम', 'डिलीवरी']);
  });

  it('drops Hindi auxiliaries, postpositions and pronouns, in Devanagari and romanised', () => {
    expect(contentTokens('मैंने गमला लिया था, इस्तेमाल नहीं किया, वापस कर सकता हूँ?')).toEqual(['गमला', 'लिया', 'इस्तेमाल', 'वापस']);
    expect(contentTokens('हमें ऑफिस के लिए 30 पौधे चाहिए')).toEqual(['ऑफिस', '30', 'पौधे']);
    expect(contentTokens('gamla kharida tha use nahi kiya, return ho jayega?')).toEqual(['gamla', 'kharida', 'use', 'return']);
  });
});
