import { describe, expect, it } from 'vitest';
import { analyseField, entryTerm, queryGroups, stemmable, variants } from './analyze';

describe('analysis', () => {
  it('gives a word its stems in the customer languages, keeping the word itself', () => {
    expect(variants('macetas')).toEqual(expect.arrayContaining(['macetas', 'maceta']));
    expect(variants('deliveries')).toEqual(expect.arrayContaining(['deliveries', 'deliveri']));
    expect(variants('entregam')).toContain('entreg');
    expect(variants('pengirimannya')).toContain(variants('pengiriman').at(-1));
    expect(variants('खरीदना')).toEqual(['खरीदना', 'खरीद']);
  });

  it('leaves short words, numbers and unstemmable text alone', () => {
    expect(variants('pot')).toEqual(['pot']);
    expect(variants('2024')).toEqual(['2024']);
    expect(variants('giao', false)).toEqual(['giao']);
  });

  it('does not stem Vietnamese, whose syllables other stemmers would merge', () => {
    expect(stemmable('có giao hàng không')).toBe(false);
    expect(stemmable('co giao hang khong')).toBe(false);
    expect(stemmable('tienen macetas?')).toBe(true);
    // ("giao hàng" is also the shop lexicon's delivery, carried by its last word.)
    expect(queryGroups('giao hàng nhanh không').map((g) => g.variants)).toEqual([['giao'], ['hang', '#delivery'], ['nhanh']]);
    // Even when a short message gives no sign of its language, four-letter words are not cut.
    expect(variants('giao')).toEqual(['giao']);
  });

  it('turns a message into one group per content word, folded, each once', () => {
    expect(queryGroups('¿Venden MACETAS? macetas grandes').map((g) => g.token)).toEqual(['macetas', 'grandes']);
    expect(queryGroups('what is the')).toEqual([]);
  });

  it('counts content tokens, not variants, as a field’s length', () => {
    const field = analyseField('Terracotta pots', 'the big one');
    expect(field.length).toBe(3);
    expect(field.terms).toEqual(expect.arrayContaining(['terracotta', 'pots', 'pot', 'big']));
  });

  it('gives a word one term for models that count each word once', () => {
    expect(entryTerm('refunds')).toBe('refund');
    expect(entryTerm('verification')).toBe(entryTerm('verifications'));
    expect(entryTerm('pot')).toBe('pot');
    expect(entryTerm('giao', false)).toBe('giao');
  });
});
