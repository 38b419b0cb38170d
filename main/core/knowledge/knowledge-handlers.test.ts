import { afterEach, describe, expect, it } from 'vitest';
import type { FaqEntry, KnowledgeSummary, Product } from '../../contract/schemas';
import { createTestCore, type TestCore } from '../../testing/test-core';

type List = { items: Product[]; total: number };

const product = (sku: string, over: Partial<Product> = {}): Product => ({
  sku,
  name: `Product ${sku}`,
  description: '',
  price: '1.00',
  currency: 'MXN',
  stock: null,
  options: {},
  tags: [],
  active: true,
  ...over,
});

describe('knowledge handlers', () => {
  const cores: TestCore[] = [];
  afterEach(() => cores.splice(0).forEach((c) => c.dispose()));
  const start = async (products: Product[] = []) => {
    const t = createTestCore();
    cores.push(t);
    await t.call('updateSettings', { operatorName: 'Lupita' });
    for (const p of products) await t.call('saveProduct', { product: p });
    return t;
  };
  const skus = (list: List) => list.items.map((p) => p.sku);

  it('lists products by a folded query over SKU, name, tags and description', async () => {
    const t = await start([
      product('FERN-1', { name: 'Helecho Ñandú' }),
      product('POT-2', { name: 'Maceta', tags: ['barro', 'talavera'] }),
      product('POT-3', { name: 'Jarrón', description: 'Cerámica ESMALTADA 50% off' }),
    ]);
    const query = async (q: string) => skus(await t.call<List>('listProducts', { query: q }));
    expect(await query('nandu')).toEqual(['FERN-1']);
    expect(await query('ÑANDÚ')).toEqual(['FERN-1']);
    // Sorted by name: Jarrón before Maceta.
    expect(await query('pot-')).toEqual(['POT-3', 'POT-2']);
    expect(await query('talavera')).toEqual(['POT-2']);
    expect(await query('ceramica esmaltada')).toEqual(['POT-3']);
    expect(await query('50%')).toEqual(['POT-3']);
    expect(await query('_')).toEqual([]);
  });

  it('sorts by price as a number, stock, name and update time; filters by status; pages with a total', async () => {
    const t = await start([
      product('A', { name: 'beta', price: '9.50', stock: 5 }),
      product('B', { name: 'Alpha', price: '10.00', stock: null, active: false }),
      product('C', { name: 'gamma', price: '100', stock: 0 }),
    ]);
    const list = (input: object) => t.call<List>('listProducts', input);
    expect(skus(await list({ sort: { by: 'price', dir: 'asc' } }))).toEqual(['A', 'B', 'C']);
    expect(skus(await list({ sort: { by: 'price', dir: 'desc' } }))).toEqual(['C', 'B', 'A']);
    expect(skus(await list({ sort: { by: 'name', dir: 'asc' } }))).toEqual(['B', 'A', 'C']);
    expect(skus(await list({ sort: { by: 'stock', dir: 'desc' } }))).toEqual(['A', 'C', 'B']);
    t.clock.advance(1000);
    await t.call('saveProduct', { product: product('A', { name: 'beta', price: '9.75', stock: 5 }), originalSku: 'A' });
    expect(skus(await list({ sort: { by: 'updated', dir: 'desc' }, limit: 1 }))).toEqual(['A']);
    expect(await list({ status: 'inactive' })).toMatchObject({ total: 1, items: [{ sku: 'B' }] });
    expect(await list({ status: 'active', sort: { by: 'sku', dir: 'asc' }, offset: 1, limit: 1 })).toMatchObject({ total: 2, items: [{ sku: 'C' }] });
  });

  it('fills the filter text of rows written without it (before migration 4)', async () => {
    const t = await start([product('OLD', { name: 'Canción' })]);
    t.core.db.exec("UPDATE products SET search_text = ''");
    expect(skus(await t.call<List>('listProducts', { query: 'cancion' }))).toEqual(['OLD']);
  });

  it('saves, renames and refuses SKU clashes, unknown originals and bad values', async () => {
    const t = await start([product('A'), product('B')]);
    const saved = await t.call<Product>('saveProduct', {
      product: product(' A2 ', { name: ' Renamed ', currency: 'mxn', tags: [' x ', ''], options: { size: ['S', ' '] } }),
      originalSku: 'A',
    });
    expect(saved).toEqual(product('A2', { name: 'Renamed', tags: ['x'], options: { size: ['S'] } }));
    expect(skus(await t.call<List>('listProducts', { sort: { by: 'sku', dir: 'asc' } }))).toEqual(['A2', 'B']);
    const fail = (input: object) => t.dispatch('saveProduct', input);
    expect(await fail({ product: product('B'), originalSku: 'A2' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await fail({ product: product('B') })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await fail({ product: product('Z'), originalSku: 'gone' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await fail({ product: product('Z', { stock: -1 }) })).toMatchObject({ ok: false, error: { code: 'bad_input', message: 'Stock -1 is negative.' } });
    expect(await fail({ product: product('Z', { tags: ['a|b'] }) })).toMatchObject({ ok: false, error: { code: 'bad_input' } });
    expect(await fail({ product: product('Z', { price: '12,50' }) })).toMatchObject({ ok: false, error: { code: 'bad_input' } });
    expect(await fail({ product: product('   ') })).toMatchObject({ ok: false, error: { code: 'bad_input', message: 'Missing SKU.' } });
    expect(await t.call('getKnowledgeSummary')).toMatchObject({ products: 2 });
  });

  it('audits every write with the operator, in the same transaction, and announces it once committed', async () => {
    const t = await start();
    const events: Array<{ event: string; payload: unknown }> = [];
    t.core.bus.onAny((event, payload) => events.push({ event, payload }));
    await t.call('saveProduct', { product: product('A') });
    await t.call('setProductsActive', { skus: ['A', 'missing'], active: false });
    await t.call('saveFaq', { faq: { id: 'f', question: 'Q?', answer: 'A.', kind: 'info', alternatives: [] } });
    await t.call('saveProfile', { name: 'Casa', about: '', currency: 'MXN', languages: ['es'], timezone: '', hours: '', location: '', tone: '' });
    await t.call('deleteFaq', { id: 'f' });
    await t.call('deleteProducts', { skus: ['A'] });
    expect(t.core.audit.list(6).map((a) => [a.actor, a.action, a.subject]).reverse()).toEqual([
      ['Lupita', 'product.saved', 'product:A'],
      ['Lupita', 'products.deactivated', 'catalog'],
      ['Lupita', 'faq.saved', 'faq:f'],
      ['Lupita', 'profile.saved', 'profile'],
      ['Lupita', 'faq.deleted', 'faq:f'],
      ['Lupita', 'products.deleted', 'catalog'],
    ]);
    expect(t.core.audit.list(10)[0]!.detail).toEqual({ count: 1, skus: ['A'] });
    expect(events.map((e) => e.event)).toEqual(Array(6).fill('knowledgeChanged'));
    expect(events.at(-1)!.payload).toMatchObject({ products: 0, faqs: 0, profile: { name: 'Casa' } });

    // A refused write records nothing and announces nothing.
    await t.call('saveProduct', { product: product('B') });
    const audits = t.core.audit.list(100).length;
    const announced = events.length;
    expect(await t.dispatch('saveProduct', { product: product('B') })).toMatchObject({ ok: false });
    expect(await t.dispatch('deleteFaq', { id: 'nope' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(t.core.audit.list(100)).toHaveLength(audits);
    expect(events).toHaveLength(announced);
  });

  it('bulk deactivates in one go: inactive products leave retrieval and come back when activated', async () => {
    const t = await start();
    await t.call('loadDemoShop');
    const monsteras = skus(await t.call<List>('listProducts', { query: 'monstera' }));
    expect(monsteras.length).toBeGreaterThan(0);
    const found = () => t.core.retriever.search('monstera').map((h) => h.sourceId);
    expect(found()).toEqual(expect.arrayContaining(monsteras.map((s) => `product:${s}`)));
    expect(await t.call('setProductsActive', { skus: monsteras, active: false })).toEqual({ updated: monsteras.length });
    expect(await t.call('setProductsActive', { skus: monsteras, active: false })).toEqual({ updated: 0 });
    expect(found().filter((id) => id.startsWith('product:'))).toEqual(expect.not.arrayContaining(monsteras.map((s) => `product:${s}`)));
    expect((await t.call<List>('listProducts', { status: 'inactive' })).total).toBe(monsteras.length);
    await t.call('setProductsActive', { skus: monsteras, active: true });
    expect(found()).toEqual(expect.arrayContaining(monsteras.map((s) => `product:${s}`)));
  });

  it('renames an FAQ entry and retrieval follows', async () => {
    const t = await start();
    const faq: FaqEntry = { id: 'layaway', question: 'Do you do layaway?', answer: 'Yes, 30% down and 30 days to pay.', kind: 'policy', alternatives: ['apartado'] };
    await t.call('saveFaq', { faq });
    expect(await t.dispatch('saveFaq', { faq })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const renamed = await t.call<FaqEntry>('saveFaq', { faq: { ...faq, id: 'apartado', alternatives: [' apartado ', ''] }, originalId: 'layaway' });
    expect(renamed).toEqual({ ...faq, id: 'apartado' });
    expect(t.core.retriever.search('do you do layaway')[0]!.sourceId).toBe('faq:apartado');
    expect(await t.dispatch('saveFaq', { faq, originalId: 'layaway' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await t.dispatch('saveFaq', { faq: { ...faq, alternatives: ['a|b'] } })).toMatchObject({ ok: false, error: { code: 'bad_input' } });
    await t.call('deleteFaq', { id: 'apartado' });
    expect(await t.call<KnowledgeSummary>('getKnowledgeSummary')).toMatchObject({ faqs: 0 });
    expect(t.core.retriever.search('layaway apartado')).toEqual([]);
  });
});
