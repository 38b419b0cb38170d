import { describe, expect, it } from 'vitest';
import type { Product } from '../../contract/schemas';
import { checkFaq, checkProduct, formatOptions, parseOptions, priceProblem } from './knowledge-values';

const PRODUCT: Product = {
  sku: ' A1 ',
  name: ' Pot ',
  description: ' glazed \n',
  price: '12.50',
  currency: 'mxn',
  stock: null,
  options: { ' size ': [' S', '', 'M '], empty: [] },
  tags: [' a ', ''],
  active: true,
};

describe('knowledge values', () => {
  it('reads and writes options, allowing colons in values', () => {
    const text = 'size:S|M|L;time:10:00|12:00';
    const parsed = parseOptions(text);
    expect(parsed).toEqual({ ok: true, options: { size: ['S', 'M', 'L'], time: ['10:00', '12:00'] } });
    expect(parsed.ok && formatOptions(parsed.options)).toBe(text);
    expect(parseOptions(' ; ')).toEqual({ ok: true, options: {} });
    expect(parseOptions(':S')).toMatchObject({ ok: false });
  });

  it('says why a price is refused', () => {
    expect(priceProblem('12.50')).toBeNull();
    expect(priceProblem('12')).toBeNull();
    expect(priceProblem('12,50')).toMatch(/uses a comma/);
    expect(priceProblem('12,5O')).toMatch(/not a decimal with a dot/);
    expect(priceProblem('-1')).toMatch(/negative/);
    expect(priceProblem('1e3')).toMatch(/not a decimal/);
  });

  it('tidies a product to the form that exports and imports unchanged', () => {
    expect(checkProduct(PRODUCT)).toEqual({
      product: { ...PRODUCT, sku: 'A1', name: 'Pot', description: 'glazed', currency: 'MXN', options: { size: ['S', 'M'] }, tags: ['a'] },
      problems: [],
    });
  });

  it('refuses what the folder format cannot say', () => {
    const { problems } = checkProduct({ ...PRODUCT, stock: -1, currency: 'pesos', tags: ['a|b'], options: { 'si:ze': ['S'], color: ['red;blue'] } });
    expect(problems).toEqual([
      'option name "si:ze" cannot contain : ; or |',
      'values of option "color" cannot contain ; or |',
      'currency "PESOS" is not a 3-letter code',
      'stock -1 is negative',
      'a tag cannot contain |',
    ]);
    expect(checkFaq({ id: ' ', question: 'Q', answer: 'A', kind: 'info', alternatives: ['x|y'] }).problems).toEqual([
      'missing id',
      'an alternative phrasing cannot contain |',
    ]);
  });
});
