import { describe, expect, it } from 'vitest';
import { formatDecimalForInput, formatLocalePrice, numberSymbols, parseLocaleDecimal } from './locale-number';

const value = (text: string, language: string) => {
  const parsed = parseLocaleDecimal(text, language);
  return parsed.ok ? parsed.value : parsed.problem;
};

describe('numberSymbols', () => {
  it('reads each UI language’s separators from Intl', () => {
    expect(numberSymbols('en')).toEqual({ decimal: '.', group: ',', indian: false });
    for (const language of ['es', 'pt-BR', 'id', 'vi']) expect(numberSymbols(language)).toMatchObject({ decimal: ',', group: '.' });
    expect(numberSymbols('hi')).toEqual({ decimal: '.', group: ',', indian: true });
  });
});

describe('parseLocaleDecimal', () => {
  it('reads a decimal comma where the language writes one', () => {
    for (const language of ['es', 'pt-BR', 'id', 'vi']) {
      expect(value('12,50', language)).toBe('12.50');
      expect(value('139,00', language)).toBe('139.00');
      expect(value('1.234,5', language)).toBe('1234.5');
    }
    expect(value('1,234.50', 'en')).toBe('1234.50');
    expect(value('12.50', 'hi')).toBe('12.50');
  });

  it('reads an Indonesian 150.000 as one hundred fifty thousand, never 150', () => {
    expect(value('150.000', 'id')).toBe('150000');
    expect(value('1.500.000', 'id')).toBe('1500000');
    expect(value('150000', 'id')).toBe('150000');
    expect(value('150.000', 'vi')).toBe('150000');
  });

  it('reads the same ambiguous text by the UI language', () => {
    expect(value('1.234', 'en')).toBe('1.234');
    expect(value('1.234', 'id')).toBe('1234');
    expect(value('1.234', 'es')).toBe('1234');
    expect(value('1,234', 'en')).toBe('1234');
    expect(value('1,234', 'id')).toBe('1.234');
    expect(value('1,234', 'pt-BR')).toBe('1.234');
  });

  it('takes Indian and Western grouping in Hindi, only Western in English', () => {
    expect(value('1,50,000', 'hi')).toBe('150000');
    expect(value('12,34,567.25', 'hi')).toBe('1234567.25');
    expect(value('150,000', 'hi')).toBe('150000');
    expect(value('1,50,000', 'en')).toBe('invalid');
  });

  it('refuses what it would have to guess, instead of saving a different amount', () => {
    // A dot followed by two digits is neither a group of thousands nor the decimal sign in id.
    expect(value('150.00', 'id')).toBe('invalid');
    expect(value('12.50', 'es')).toBe('invalid');
    expect(value('12,50', 'en')).toBe('invalid');
    expect(value('1.234.5', 'en')).toBe('invalid');
    expect(value('1,2,3', 'en')).toBe('invalid');
    expect(value('12,5O', 'es')).toBe('invalid');
    expect(value('12,50,1', 'es')).toBe('invalid');
    expect(value(',50', 'es')).toBe('invalid');
    expect(value('12,', 'es')).toBe('invalid');
    expect(value('1 234', 'en')).toBe('invalid');
    expect(value('1e3', 'en')).toBe('invalid');
    expect(value('Rp 150.000', 'id')).toBe('invalid');
    expect(value('1.234,50.', 'es')).toBe('invalid');
  });

  it('names an empty or negative price', () => {
    expect(value('  ', 'en')).toBe('empty');
    expect(value('-5', 'en')).toBe('negative');
    expect(value('−5,00', 'es')).toBe('negative');
  });

  it('keeps every digit: trailing zeros, long amounts, only leading zeros dropped', () => {
    expect(value(' 549,00 ', 'es')).toBe('549.00');
    expect(value('0,5', 'vi')).toBe('0.5');
    expect(value('007', 'en')).toBe('7');
    expect(value('123.456.789.012.345.678,99', 'id')).toBe('123456789012345678.99');
  });
});

describe('formatDecimalForInput', () => {
  it('writes a stored decimal in the language, keeping its decimals', () => {
    expect(formatDecimalForInput('150000', 'id')).toBe('150.000');
    expect(formatDecimalForInput('139.00', 'es')).toBe('139,00');
    expect(formatDecimalForInput('1234.50', 'en')).toBe('1,234.50');
    expect(formatDecimalForInput('150000', 'hi')).toBe('1,50,000');
    expect(formatDecimalForInput('123456789012345678.99', 'en')).toBe('123,456,789,012,345,678.99');
  });

  it('round-trips through parseLocaleDecimal in every UI language', () => {
    const stored = ['0', '0.5', '7', '12.50', '139.00', '1234', '150000', '1234567.891', '98765432109876543210.12'];
    for (const language of ['en', 'es', 'pt-BR', 'id', 'vi', 'hi']) {
      for (const price of stored) expect(value(formatDecimalForInput(price, language), language)).toBe(price);
    }
  });
});

describe('formatLocalePrice', () => {
  it('shows exactly the stored decimals in the UI language, with the currency code', () => {
    expect(formatLocalePrice('139.00', 'MXN', 'es').replace(/\s/g, ' ')).toBe('139,00 MXN');
    expect(formatLocalePrice('150000', 'IDR', 'id').replace(/\s/g, ' ')).toBe('IDR 150.000');
    expect(formatLocalePrice('1234.5', 'USD', 'en').replace(/\s/g, ' ')).toBe('USD 1,234.5');
    expect(formatLocalePrice('150000', 'INR', 'hi').replace(/\s/g, ' ')).toBe('INR 1,50,000');
  });

  it('shows text that is not a stored decimal as it is', () => {
    expect(formatLocalePrice('12,5O', 'MXN', 'es')).toBe('12,5O MXN');
    expect(formatLocalePrice('10', 'XX', 'en')).toBe('10 XX');
  });
});
