import { describe, expect, it } from 'vitest';
import { analyseField, entryTerm, messageWords, queryGroups, stemmable, variants } from './analyze';

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

  it('reads Vietnamese "shop" at the start or end of a clause as the seller addressed, elsewhere as the shop', () => {
    const tokensOf = (text: string) => queryGroups(text).map((g) => g.token);
    // Addressed: the question is the price or the delivery, not the shop (no #shop concept either).
    expect(tokensOf('monstera giá bao nhiêu vậy shop')).not.toContain('shop');
    expect(queryGroups('shop có giao hàng tận nhà không').flatMap((g) => g.variants)).not.toContain('#shop');
    expect(tokensOf('còn size L không shop? mình ở Hà Nội')).not.toContain('shop');
    expect(messageWords('chậu này bao nhiêu vậy shop')).toEqual(['chau']);
    // The noun: the shop's address, mid-clause; and a message that is only the word keeps it.
    expect(tokensOf('địa chỉ shop ở đâu')).toContain('shop');
    expect(tokensOf('shop')).toEqual(['shop']);
    // Not Vietnamese: an English "shop" is always the noun.
    expect(tokensOf('where is your shop')).toContain('shop');
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
