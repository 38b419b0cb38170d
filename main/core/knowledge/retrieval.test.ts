import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestCore, type TestCore } from '../../testing/test-core';
import { readKnowledgeFolder } from './knowledge-folder';
import type { KnowledgeSet } from './knowledge-repo';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'retrieval-shop');

function fixtureSet(): KnowledgeSet {
  const folder = readKnowledgeFolder(FIXTURE);
  if (!folder.ok) throw new Error(JSON.stringify(folder.problems));
  return folder.set;
}

describe('retrieval over a multilingual shop', () => {
  let t: TestCore;
  beforeAll(() => {
    t = createTestCore();
    t.core.knowledge.replaceAll(fixtureSet());
  });
  afterAll(() => t.dispose());

  const top = (message: string, history?: Array<{ from: 'customer' | 'shop'; text: string }>) =>
    t.core.retriever.search(message, { history })[0]?.sourceId;

  it.each<[string, string, string]>([
    ['en', 'how long does the shipping take?', 'faq:shipping'],
    ['en', 'do you have leather wallets?', 'product:SH-02'],
    ['es', '¿Cuánto tarda el envío?', 'faq:shipping'],
    ['es', 'cuanto tarda el envio', 'faq:shipping'],
    ['es', '¿Tienen camisetas de algodón?', 'product:SH-01'],
    ['es', 'tienen camisetas de algodon', 'product:SH-01'],
    ['pt', 'quanto tempo demora a entrega?', 'faq:shipping'],
    ['pt', 'tem sandálias de couro?', 'product:SH-06'],
    ['pt', 'tem sandalias de couro', 'product:SH-06'],
    ['vi', 'giao hàng mất bao lâu', 'faq:shipping'],
    ['vi', 'giao hang mat bao lau', 'faq:shipping'],
    ['vi', 'shop có áo dài lụa không?', 'product:SH-03'],
    ['vi', 'co ao dai lua khong', 'product:SH-03'],
    ['hi', 'डिलीवरी में कितने दिन लगते हैं?', 'faq:shipping'],
    ['hi', 'सूती कुर्ता मिलेगा?', 'product:SH-05'],
    ['hi-latn', 'delivery mein kitne din lagenge', 'faq:shipping'],
    ['hi-latn', 'kurta milega kya?', 'product:SH-05'],
    ['hi-latn', 'upi se payment kar sakte hain?', 'faq:payment'],
    ['id', 'berapa lama pengiriman?', 'faq:shipping'],
    ['id', 'ada kemeja batik?', 'product:SH-04'],
    ['id', 'bisa bayar pakai transfer bank?', 'faq:payment'],
  ])('%s: "%s" finds %s', (_lang, message, expected) => {
    expect(top(message)).toBe(expected);
  });

  it('tolerates typos in words the knowledge uses', () => {
    expect(top('do you have a lether wallet?')).toBe('product:SH-02');
    expect(top('ceramc mug')).toBe('product:SH-07');
    const hit = t.core.retriever.search('lether wallet')[0]!;
    expect(hit.matched).toContain('lether→leather');
  });

  it('does not "correct" a real word into a different one', () => {
    // "wallet" is known; "mallet" is one key away but its first letter differs: no match.
    expect(t.core.retriever.search('mallet')).toEqual([]);
  });

  it('matches plurals and inflections through stems', () => {
    expect(top('wallets')).toBe('product:SH-02');
    expect(top('mugs')).toBe('product:SH-07');
    expect(top('camisetas')).toBe('product:SH-01');
  });

  it('searches product options and tags', () => {
    expect(top('kemeja batik ukuran XL')).toBe('product:SH-04');
    expect(top('a gift for my dad')).toBe('product:SH-02');
    expect(top('mug in sage')).toBe('product:SH-07');
  });

  it('finds every FAQ entry by each of its alternatives', () => {
    for (const faq of fixtureSet().faqs) {
      for (const alternative of faq.alternatives) expect([alternative, top(alternative)]).toEqual([alternative, `faq:${faq.id}`]);
    }
  });

  it('returns nothing for messages made only of stop words', () => {
    for (const message of ['hola, buenas tardes', 'what is the', 'क्या है', 'oi, tudo bem?', 'xin chào', 'halo kak', '?']) {
      expect([message, t.core.retriever.search(message)]).toEqual([message, []]);
    }
  });

  it('uses earlier customer turns only to break ties, never to explain the message', () => {
    const alone = t.core.retriever.search('¿la tienen en negro?');
    expect(alone.map((h) => h.sourceId).sort()).toEqual(['product:SH-01', 'product:SH-08']);
    expect(top('¿la tienen en negro?', [{ from: 'customer', text: 'me interesa la mochila urbana' }])).toBe('product:SH-08');
    expect(top('¿la tienen en negro?', [{ from: 'customer', text: 'busco una camiseta' }])).toBe('product:SH-01');
    // The shop's own turns are not the customer's interest.
    expect(top('¿la tienen en negro?', [{ from: 'shop', text: 'tenemos la mochila urbana' }])).toBe(alone[0]!.sourceId);
    const hinted = t.core.retriever.search('¿la tienen en negro?', { history: [{ from: 'customer', text: 'mochila' }] });
    expect(hinted.find((h) => h.sourceId === 'product:SH-08')!.coverage).toBe(alone.find((h) => h.sourceId === 'product:SH-08')!.coverage);
  });

  it('reports what matched and how much of the message it explains', () => {
    const [hit] = t.core.retriever.search('leather wallet for my brother');
    expect(hit).toMatchObject({ sourceId: 'product:SH-02', kind: 'product', key: 'SH-02', matched: ['leather', 'wallet'] });
    expect(hit!.coverage).toBeGreaterThan(0.5);
    expect(hit!.coverage).toBeLessThan(1);
  });
});

describe('retrieval keeps up with knowledge changes', () => {
  let t: TestCore;
  beforeAll(() => {
    t = createTestCore();
    t.core.knowledge.replaceAll(fixtureSet());
  });
  afterAll(() => t.dispose());

  it('leaves out inactive products and brings them back when reactivated', () => {
    const wallet = fixtureSet().products.find((p) => p.sku === 'SH-02')!;
    t.core.knowledge.upsertProduct({ ...wallet, active: false });
    expect(t.core.retriever.search('leather wallet').map((h) => h.sourceId)).not.toContain('product:SH-02');
    t.core.knowledge.upsertProduct(wallet);
    expect(t.core.retriever.search('leather wallet')[0]?.sourceId).toBe('product:SH-02');
  });

  it('forgets a renamed product’s old words and a removed source', () => {
    const mug = fixtureSet().products.find((p) => p.sku === 'SH-07')!;
    t.core.knowledge.upsertProduct({ ...mug, name: 'Enamel Cup', description: 'Camping cup.' });
    expect(t.core.retriever.search('ceramic mug').map((h) => h.sourceId)).not.toContain('product:SH-07');
    expect(t.core.retriever.search('enamel cup')[0]?.sourceId).toBe('product:SH-07');

    const set = fixtureSet();
    t.core.knowledge.replaceAll({ ...set, products: set.products.filter((p) => p.sku !== 'SH-07'), faqs: set.faqs.filter((f) => f.id !== 'hours') });
    expect(t.core.retriever.search('enamel cup')).toEqual([]);
    expect(t.core.retriever.search('when are you open').map((h) => h.sourceId)).not.toContain('faq:hours');
  });
});
