import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en';
import { es } from '../../i18n/es';
import { emptyDraft, validateDraft } from './catalog/product-draft';
import { textError } from './draft-fields';
import { validateFaqDraft } from './faq/faq-draft';

const product = { ...emptyDraft('MXN'), sku: 'CV-1', name: 'Maceta', price: '10.00' };
const faq = { id: 'hours', question: 'When?', answer: '9-5', kind: 'info' as const, alternatives: '' };

describe('the knowledge forms apply the contract’s text rules', () => {
  it('names the field holding a control or text-direction character', () => {
    expect(validateDraft({ ...product, name: 'Maceta \u202Egpj.exe' }, 'en').errors).toEqual({ name: 'unsafeChars' });
    expect(validateDraft({ ...product, options: 'size:S|\u2066M' }, 'en').errors).toEqual({ options: 'unsafeChars' });
    expect(validateDraft({ ...product, tags: ['ok', 'b\u0000d'] }, 'en').errors).toEqual({ tags: 'unsafeChars' });
    expect(validateFaqDraft({ ...faq, answer: 'Abrimos \u202B9-5' }, new Set()).errors).toEqual({ answer: 'unsafeChars' });
    expect(validateFaqDraft({ ...faq, alternatives: 'fine\nnot\u0007 fine' }, new Set()).errors).toEqual({ alternatives: 'unsafeChars' });
  });

  it('refuses overlong fields and too many list items', () => {
    expect(validateDraft({ ...product, name: 'x'.repeat(201) }, 'en').errors).toEqual({ name: 'tooLong' });
    expect(validateDraft({ ...product, tags: Array.from({ length: 51 }, (_, i) => `t${i}`) }, 'en').errors).toEqual({ tags: 'tooMany' });
    const many = Array.from({ length: 51 }, (_, i) => `phrasing ${i}`).join('\n');
    expect(validateFaqDraft({ ...faq, alternatives: many }, new Set()).errors).toEqual({ alternatives: 'tooMany' });
    expect(validateFaqDraft({ ...faq, question: 'q'.repeat(501) }, new Set()).errors).toEqual({ question: 'tooLong' });
  });

  it('keeps the earlier error of a field and accepts ordinary text', () => {
    expect(validateDraft({ ...product, sku: '' }, 'en').errors).toEqual({ sku: 'skuRequired' });
    expect(validateDraft({ ...product, name: 'Maceta de barro 🌵 «grande»', description: 'Línea 1\nLínea 2' }, 'en').errors).toBeNull();
    expect(textError(['שלום', 'नमस्ते'], 10)).toBeUndefined();
  });

  it('parses options with the core’s own parser, so a repeated option name is refused before saving', () => {
    expect(validateDraft({ ...product, options: 'size:S;size:M' }, 'en').errors).toEqual({ options: 'optionsInvalid' });
    expect(validateDraft({ ...product, options: 'size:S|M;time:10:00|12:00' }, 'en').product?.options).toEqual({ size: ['S', 'M'], time: ['10:00', '12:00'] });
  });

  it('reads the price in the UI language and saves the exact decimal it means', () => {
    expect(validateDraft({ ...product, price: '12,50' }, 'es').product?.price).toBe('12.50');
    expect(validateDraft({ ...product, price: '150.000' }, 'id').product?.price).toBe('150000');
    expect(validateDraft({ ...product, price: '1,234.50' }, 'en').product?.price).toBe('1234.50');
    // Not silently 150 (the old reading of an Indonesian 150.000), and nothing guessed either.
    expect(validateDraft({ ...product, price: '150.00' }, 'id').errors).toEqual({ price: 'priceInvalid' });
    expect(validateDraft({ ...product, price: '12,50' }, 'en').errors).toEqual({ price: 'priceInvalid' });
    expect(validateDraft({ ...product, price: '-3' }, 'es').errors).toEqual({ price: 'priceNegative' });
    expect(validateDraft({ ...product, price: ' ' }, 'vi').errors).toEqual({ price: 'priceRequired' });
    expect(validateDraft({ ...product, price: '9'.repeat(21) }, 'en').errors).toEqual({ price: 'tooLong' });
  });

  it('has the error sentences in English and Spanish', () => {
    for (const lang of [en, es]) {
      for (const code of ['unsafeChars', 'tooLong', 'tooMany'] as const) {
        expect(lang.knowledge.catalog.errors[code]).toBeTruthy();
        expect(lang.knowledge.faq.errors[code]).toBeTruthy();
      }
      expect(lang.knowledge.profile.unsafeChars).toBeTruthy();
    }
  });
});
