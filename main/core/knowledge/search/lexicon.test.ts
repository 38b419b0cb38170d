import { describe, expect, it } from 'vitest';
import { analyseField, queryGroups } from './analyze';
import { conceptsOf, conceptTerm } from './lexicon';
import { CONCEPTS } from './lexicon-data';
import { isContentToken, tokens } from '../text';

const conceptsIn = (text: string) => new Set(analyseField(text).terms.filter((t) => t.startsWith('#')));
const groupOf = (text: string, token: string) => queryGroups(text).find((g) => g.token === token)?.variants ?? [];

describe('the shop lexicon', () => {
  it('gives a question and an entry in different languages a shared concept term', () => {
    // Spanish question, English FAQ; English question, Spanish FAQ.
    expect(groupOf('¿me lo envuelven para regalo?', 'envuelven')).toContain('#wrap');
    expect(conceptsIn('Gift wrapping in kraft paper is free').has('#wrap')).toBe(true);
    expect(groupOf('do you deliver to Zapopan?', 'deliver')).toContain('#delivery');
    expect(conceptsIn('Hacemos envíos a domicilio en Guadalajara').has('#delivery')).toBe(true);
    // Devanagari, romanised Hindi, Indonesian, Vietnamese phrases.
    expect(groupOf('क्या आप होम डिलीवरी करते हैं', 'डिलीवरी')).toContain('#delivery');
    expect(groupOf('gift pack kar doge?', 'pack')).toContain('#wrap');
    expect(groupOf('ada lidah mertua?', 'mertua')).toContain('#snakeplant');
    expect(groupOf('có giao hàng không', 'hang')).toContain('#delivery');
  });

  it('knows a Hindi word in Devanagari as it knows it romanised ("lagega" / "लगेगा", "ghar pe" / "घर पर")', () => {
    expect(groupOf('delivery kitna lagega', 'lagega')).toContain('#cost');
    expect(groupOf('डिलीवरी का कितना लगेगा', 'लगेगा')).toContain('#cost');
    const asks = (text: string, concept: string) => queryGroups(text).some((g) => g.variants.includes(concept));
    expect(asks('ghar pe chahiye', '#delivery')).toBe(true);
    expect(asks('घर पर चाहिए', '#delivery')).toBe(true);
  });

  it('meets inflected words through their own variants, not through another language stemming a listed word', () => {
    expect(groupOf('do you take cards?', 'cards')).toContain('#card');
    // "depósito" is listed (Spanish, transfer); the English "deposit" is not a form of it.
    expect(groupOf('how do I deposit cash?', 'deposit')).not.toContain('#transfer');
  });

  it('keeps ambiguous folded forms out: Vietnamese "thẻ" would be English "the", "tuổi" would be "tưới"', () => {
    expect(queryGroups('the card is blocked').flatMap((g) => g.variants)).not.toContain('#water');
    expect(conceptsIn('what is the price').has('#card')).toBe(false);
    expect(conceptsIn('bạn bao nhiêu tuổi').has('#water')).toBe(false);
    expect(conceptsIn('tưới nước mấy lần').has('#water')).toBe(true);
  });

  it('makes a phrase of stop words a group of its own, and does not count a concept twice for one mention', () => {
    const groups = queryGroups('monstera giá bao nhiêu');
    expect(groups.map((g) => g.token)).toEqual(['monstera', 'gia']);
    expect(groupOf('monstera giá bao nhiêu', 'gia')).toContain('#price');
    expect(queryGroups('shop kahan hai').map((g) => g.token)).toEqual(['shop', '#where']);
    // "bank transfer": the phrase's concept is already carried by "transfer".
    const words = tokens('bank transfer please');
    const found = conceptsOf(words, (t) => [t], isContentToken);
    expect(found.at.flat().filter((c) => c === conceptTerm('transfer'))).toHaveLength(1);
    expect(found.at[0]).toEqual([]);
  });

  it('does not lengthen an indexed field: concepts are extra terms', () => {
    const plain = analyseField('Do you deliver? How much is shipping?');
    expect(plain.length).toBe(tokens('Do you deliver? How much is shipping?').filter(isContentToken).length);
    expect(plain.terms).toContain('#delivery');
  });

  it('spells every concept so the full-text index reads it back: lower-case terms', () => {
    for (const concept of Object.keys(CONCEPTS)) expect(conceptTerm(concept)).toBe(conceptTerm(concept).toLowerCase());
  });
});
