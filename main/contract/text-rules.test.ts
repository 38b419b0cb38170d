import { describe, expect, it } from 'vitest';
import { contract } from './contract';
import { TEXT_LIMITS, describeTextProblem, safeText, textProblem, unsafeCharacter } from './text-rules';

describe('text rules', () => {
  it('refuses controls, NUL, text-direction overrides and isolates, and lone surrogates', () => {
    for (const [text, character] of [
      ['a\u0000b', 'U+0000'],
      ['bell\u0007', 'U+0007'],
      ['del\u007F', 'U+007F'],
      ['c1\u0085', 'U+0085'],
      ['invoice\u202Efdp.exe', 'U+202E'],
      ['\u202Aembedded', 'U+202A'],
      ['iso\u2066late\u2069', 'U+2066'],
      ['lone \uD83D surrogate', 'U+D83D'],
      ['lone \uDE00 low', 'U+DE00'],
    ] as const) {
      expect(unsafeCharacter(text), JSON.stringify(text)).toBe(character);
    }
  });

  it('accepts ordinary text in any script, emoji, tabs and line breaks', () => {
    for (const text of ['Maceta de barro 🌵', 'Línea 1\nLínea 2\tcon tab\r\n', 'שלום עולם', 'مرحبا', 'नमस्ते', 'Tiếng Việt', 'a\u200Db']) {
      expect(unsafeCharacter(text), text).toBeNull();
    }
  });

  it('checks the length after the characters and describes both', () => {
    expect(textProblem('x'.repeat(201), 200)).toEqual({ kind: 'too_long', max: 200, length: 201 });
    expect(textProblem('x'.repeat(200), 200)).toBeNull();
    expect(describeTextProblem('name', { kind: 'too_long', max: 200, length: 204800 })).toBe('name is 204,800 characters long; the most is 200');
    expect(safeText(10, 'tone').safeParse('\u202Ewarm').error?.issues[0]?.message).toBe(
      'tone contains an invisible control or text-direction character (U+202E); remove it',
    );
  });

  it('holds the contract’s knowledge inputs and outgoing replies to them', () => {
    const product = { sku: 'A', name: 'Pot', description: '', price: '1.00', currency: 'MXN', stock: null, options: {}, tags: [], active: true };
    const saveProduct = contract.saveProduct.input;
    expect(saveProduct.safeParse({ product }).success).toBe(true);
    expect(saveProduct.safeParse({ product: { ...product, name: 'x'.repeat(200 * 1024) } }).success).toBe(false);
    expect(saveProduct.safeParse({ product: { ...product, sku: 'A\u0000' } }).success).toBe(false);
    expect(saveProduct.safeParse({ product: { ...product, tags: Array.from({ length: 51 }, (_, i) => `t${i}`) } }).success).toBe(false);
    const faq = { id: 'x', question: 'Q?', answer: 'A.', kind: 'info', alternatives: [] };
    expect(contract.saveFaq.input.safeParse({ faq }).success).toBe(true);
    expect(contract.saveFaq.input.safeParse({ faq: { ...faq, alternatives: Array.from({ length: 50_000 }, (_, i) => `a${i}`) } }).success).toBe(false);
    const profile = { name: 'Casa', about: '', currency: 'MXN', languages: ['es'], timezone: 'UTC', hours: '', location: '', tone: '' };
    expect(contract.saveProfile.input.safeParse(profile).success).toBe(true);
    expect(contract.saveProfile.input.safeParse({ ...profile, location: 'Centro \u2066GDL' }).success).toBe(false);
    expect(contract.updateSettings.input.safeParse({ operatorName: 'Lu\u202Eis' }).success).toBe(false);
    expect(contract.updateSettings.input.safeParse({ operatorName: 'Luis' }).success).toBe(true);
    const approve = contract.approveDraft.input;
    expect(approve.safeParse({ draftId: 1, text: 'Hola, sí tenemos 🌵' }).success).toBe(true);
    expect(approve.safeParse({ draftId: 1, text: 'Pay \u202Eereh' }).success).toBe(false);
    expect(approve.safeParse({ draftId: 1, text: 'x'.repeat(TEXT_LIMITS.reply + 1) }).success).toBe(false);
  });
});
