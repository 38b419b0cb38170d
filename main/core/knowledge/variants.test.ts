import { afterEach, describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../contract/knowledge-schemas';
import type { Product } from '../../contract/schemas';
import { createTestCore, type TestCore } from '../../testing/test-core';
import { checkAmounts } from '../assistant/guards/amounts';
import { chooseVariants } from './variant-choice';

const CATALOG = [
  'sku,name,description,price,currency,stock,options,tags,variant_of',
  'PALM,Kentia Palm,"Slow-growing palm, lush fronds.",450.00,MXN,,size:S|M|L,palma|indoor,',
  'PALM-S,Kentia Palm,,450.00,MXN,7,size:S,,PALM',
  'PALM-M,,,690.00,MXN,4,size:M,,PALM',
  'PALM-L,Kentia Palm,,1150.00,MXN,0,size:L,,PALM',
  'CAN,Watering Can,Brass can.,300.00,MXN,5,color:brass|black,,',
  'CAN-BK,Watering Can,,320.00,MXN,2,color:black,,CAN',
].join('\n');

describe('variants: their own price and stock, imported, searched and quoted', () => {
  const cores: TestCore[] = [];
  afterEach(() => cores.splice(0).forEach((c) => c.dispose()));
  const shop = async (catalog = CATALOG) => {
    const t = createTestCore();
    cores.push(t);
    const preview = await t.call<ImportPreview>('previewImport', { catalog });
    expect(preview.problems).toEqual([]);
    await t.call('applyImport', { previewId: preview.previewId });
    return t;
  };
  const draft = (t: TestCore, message: string, language: 'en' | 'es' = 'en') =>
    t.core.drafter.draft({ message, customerName: 'Ana', language, history: [] });

  it('imports variant rows under their product (name optional), and exports them back unchanged', async () => {
    const t = await shop();
    const palm = t.core.knowledge.productsBySku(['PALM']).get('PALM')!;
    expect(palm.variants).toEqual([
      { sku: 'PALM-S', options: { size: 'S' }, price: '450.00', stock: 7 },
      { sku: 'PALM-M', options: { size: 'M' }, price: '690.00', stock: 4 },
      { sku: 'PALM-L', options: { size: 'L' }, price: '1150.00', stock: 0 },
    ]);
    expect(t.core.knowledge.summary().products).toBe(2);
    // A variant's option value the product row left out is added to the product's options.
    expect(t.core.knowledge.productsBySku(['CAN']).get('CAN')!.options).toEqual({ color: ['brass', 'black'] });
    const files = await t.call<{ catalog: string }>('exportKnowledge');
    expect(files.catalog.split('\n')[0]).toBe('sku,name,description,price,currency,stock,options,tags,active,variant_of');
    expect(files.catalog).toContain('PALM-M,Kentia Palm,,690.00,MXN,4,size:M,,true,PALM');
    // Export → import changes nothing.
    const again = await t.call<ImportPreview>('previewImport', { catalog: files.catalog });
    expect(again.products).toMatchObject({ added: [], changed: [], removed: [], unchanged: 2 });
    // The catalog filter finds a product by a variant's SKU.
    expect((await t.call<{ items: Product[] }>('listProducts', { query: 'palm-l' })).items.map((p) => p.sku)).toEqual(['PALM']);
  });

  it('refuses a variant of an unknown product, in another currency, or naming two values', async () => {
    const t = createTestCore();
    cores.push(t);
    const bad = [
      'sku,name,price,currency,options,variant_of',
      'A,Pot,10.00,MXN,size:S|M,',
      'A-X,,12.00,MXN,size:M,NOPE',
      'A-U,,12.00,USD,size:M,A',
      'A-SM,,12.00,MXN,size:S|M,A',
    ].join('\n');
    const preview = await t.call<ImportPreview>('previewImport', { catalog: bad });
    expect(preview.ok).toBe(false);
    expect(preview.problems.map((p) => [p.line, p.reason])).toEqual([
      [3, expect.stringMatching(/variant_of "NOPE" is not the SKU of a product row/)],
      [4, expect.stringMatching(/currency USD differs/)],
      [5, expect.stringMatching(/one value per option/)],
    ]);
  });

  it('picks the variant the customer names: letters, size words, colours; never from "it\'s"', () => {
    const product = { variants: [
      { sku: 'S', options: { size: 'S' }, price: '1', stock: 1 },
      { sku: 'M', options: { size: 'M' }, price: '2', stock: 1 },
      { sku: 'L', options: { size: 'L' }, price: '3', stock: 1 },
    ] };
    const skus = (text: string) => chooseVariants(product, text).map((v) => v.sku);
    expect(skus('monstera in size L?')).toEqual(['L']);
    expect(skus('¿la maceta grande cuánto cuesta?')).toEqual(['L']);
    expect(skus('talla m porfa')).toEqual(['M']);
    expect(skus('ada yang kecil?')).toEqual(['S']);
    expect(skus("what's the price? it's for a gift")).toEqual(['S', 'M', 'L']);
    expect(skus('S or M?')).toEqual(['S', 'M']);
    expect(chooseVariants({ variants: [{ sku: 'B', options: { color: 'black' }, price: '1', stock: 1 }, { sku: 'W', options: { color: 'white' }, price: '1', stock: 1 }] }, 'and in black?').map((v) => v.sku)).toEqual(['B']);
  });

  it('retrieval finds the product from a size question, and the draft quotes that size\'s price and stock', async () => {
    const t = await shop();
    const found = await t.core.search.search('kentia palm in size L?', { limit: 5 });
    expect(found.hits[0]!.sourceId).toBe('product:PALM');
    const large = await draft(t, 'kentia palm in size L?');
    expect(large.route).toBe('answer');
    expect(large.text).toContain('The Kentia Palm (size L) costs 1150.00 MXN, but it is out of stock right now.');
    expect(large.text).not.toMatch(/450\.00|690\.00/);
    const medium = await draft(t, '¿tienen la palma kentia mediana?', 'es');
    expect(medium.text).toContain('Kentia Palm (size M) cuesta 690.00 MXN y hay existencias.');
    // No size named: each size's price, briefly.
    const any = await draft(t, 'how much is the kentia palm?');
    expect(any.text).toContain('The Kentia Palm costs 450.00 MXN (size S), 690.00 MXN (size M) or 1150.00 MXN (size L) and is in stock.');
    for (const o of [large, medium, any]) expect(o.reasons.map((r) => r.code)).toEqual(['approval_required']);
  });

  it('shows exact counts per variant when the owner chooses it, and the guard accepts them', async () => {
    const t = await shop();
    await t.call('updateSettings', { stockDisplay: 'exact' });
    const medium = await draft(t, 'kentia palm size M?');
    expect(medium.text).toContain('costs 690.00 MXN and we have 4 in stock.');
    expect(medium.reasons.map((r) => r.code)).toEqual(['approval_required']);
  });

  it('the amount guard accepts variant prices and stocks as grounded and blocks any other figure', async () => {
    const t = await shop();
    const palm = t.core.knowledge.productsBySku(['PALM']).get('PALM')!;
    const cited = { products: [palm], faqs: [] };
    expect(checkAmounts('The Kentia Palm in size M is 690.00 MXN, 4 in stock; size L is 1150 MXN.', cited)).toEqual([]);
    const made = checkAmounts('The Kentia Palm in size L is 990.00 MXN.', cited);
    expect(made).toMatchObject([{ code: 'unsupported_amount', blocking: true }]);
    expect(checkAmounts('We have 9 in stock.', cited)).toMatchObject([{ code: 'unsupported_amount' }]);
    // Without the variants, the L price is not grounded (the product row says 450.00).
    expect(checkAmounts('Size L is 1150.00 MXN.', { products: [{ ...palm, variants: [] }], faqs: [] })).toMatchObject([{ code: 'unsupported_amount' }]);
  });

  it('saves variants from the editor, refuses a SKU another product uses, and re-indexes the option words', async () => {
    const t = await shop();
    const can = t.core.knowledge.productsBySku(['CAN']).get('CAN')!;
    const variants = [...(can.variants ?? []), { sku: 'CAN-GR', options: { color: 'green' }, price: '330.00', stock: 1 }];
    const saved = await t.call<Product>('saveProduct', { product: { ...can, variants }, originalSku: 'CAN' });
    expect(saved.variants?.map((v) => v.sku)).toEqual(['CAN-BK', 'CAN-GR']);
    const green = await draft(t, 'watering can in green?');
    expect(green.text).toContain('Watering Can (color green) costs 330.00 MXN');
    const clash = { ...can, variants: [{ sku: 'PALM-S', options: { color: 'red' }, price: '1.00', stock: 1 }] };
    await expect(t.call('saveProduct', { product: clash, originalSku: 'CAN' })).rejects.toThrow(/already used/);
    // Deleting the product takes its variants with it.
    await t.call('deleteProducts', { skus: ['CAN'] });
    expect(t.core.knowledge.productOfVariant('CAN-BK')).toBeNull();
  });
});
