import { describe, expect, it } from 'vitest';
import type { Product } from '../../../../../main/contract/schemas';
import { toFaqDraft, validateFaqDraft } from '../faq/faq-draft';
import { emptyDraft, toDraft, validateDraft } from './product-draft';

const palm: Product = {
  sku: 'PALM', name: 'Kentia Palm', description: '', price: '450.00', currency: 'MXN', stock: null,
  options: { size: ['S', 'L'] }, tags: [], active: true,
  variants: [
    { sku: 'PALM-S', options: { size: 'S' }, price: '450.00', stock: 7 },
    { sku: 'PALM-L', options: { size: 'L' }, price: '1150.00', stock: null },
  ],
  translations: { es: { name: 'Palma Kentia', description: '' } },
};

describe('the catalog form edits variants; the FAQ form edits translations', () => {
  it('a saved product with variants and translations round-trips through the form unchanged', () => {
    const draft = toDraft(palm, 'en');
    expect(draft.variants).toEqual([
      { sku: 'PALM-S', options: 'size:S', price: '450.00', stock: '7' },
      { sku: 'PALM-L', options: 'size:L', price: '1,150.00', stock: '' },
    ]);
    expect(validateDraft(draft, 'en').product).toEqual(palm);
    // In Spanish the same prices show with a decimal comma and save as the same decimals.
    const es = toDraft(palm, 'es');
    expect(es.variants?.map((v) => v.price)).toEqual(['450,00', '1150,00']);
    expect(validateDraft(es, 'es').product).toEqual(palm);
  });

  it('refuses a variant without SKU, with two values for an option, a price that is no number in the UI language, or a repeated pick', () => {
    const base = { ...emptyDraft('MXN'), sku: 'P', name: 'Pot', price: '10.00' };
    const error = (variants: Array<{ sku: string; options: string; price: string; stock: string }>) => validateDraft({ ...base, variants }, 'en').errors?.variants;
    expect(error([{ sku: '', options: 'size:L', price: '1.00', stock: '' }])).toBe('skuRequired');
    expect(error([{ sku: 'P', options: 'size:L', price: '1.00', stock: '' }])).toBe('skuRepeated');
    expect(error([{ sku: 'P-L', options: 'size:L|M', price: '1.00', stock: '' }])).toBe('optionsInvalid');
    expect(error([{ sku: 'P-L', options: 'size:L', price: '1,00', stock: '' }])).toBe('priceInvalid');
    expect(error([{ sku: 'P-L', options: 'size:L', price: 'abc', stock: '' }])).toBe('priceInvalid');
    expect(error([{ sku: 'P-L', options: 'size:L', price: '1.00', stock: '' }, { sku: 'P-L2', options: 'size:L', price: '2.00', stock: '' }])).toBe('optionsRepeated');
    expect(validateDraft({ ...base, variants: [] }, 'en').product).not.toHaveProperty('variants');
  });

  it('keeps filled translations, drops blank ones, and asks for the answer of a translated question', () => {
    const faq = { id: 'hours', question: 'When?', answer: '9-5', kind: 'info' as const, alternatives: [] };
    const draft = { ...toFaqDraft(faq), translations: { es: { question: ' ¿Cuándo? ', answer: ' 9 a 5 ' }, pt: { question: '', answer: '' } } };
    expect(validateFaqDraft(draft, new Set()).faq).toEqual({ ...faq, translations: { es: { question: '¿Cuándo?', answer: '9 a 5' } } });
    expect(validateFaqDraft({ ...draft, translations: { es: { question: '¿Cuándo?', answer: '' } } }, new Set()).errors).toEqual({ translations: 'translationAnswerRequired' });
    expect(validateFaqDraft(toFaqDraft(faq), new Set()).faq).toEqual(faq);
  });
});
