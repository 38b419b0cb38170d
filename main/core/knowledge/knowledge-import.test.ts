import { afterEach, describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../contract/knowledge-schemas';
import type { BusinessProfile, KnowledgeSummary, Product } from '../../contract/schemas';
import { createTestCore, type TestCore } from '../../testing/test-core';
import { MAX_PREVIEWS, PREVIEW_TTL_MS } from './knowledge-import';

type Files = { profile: string; catalog: string; faq: string };

const CATALOG = [
  'sku,name,description,price,currency,stock,options,tags',
  'P1,"Pot, large","Glazed ""Talavera"" pot,',
  'two lines",120.00,MXN,3,size:S|M;color:blue,pot|maceta',
  'P2,Fern,Ñandú fern,80.5,MXN,,,',
  'P3,Cactus,Small,15.00,MXN,0,,',
].join('\n');
const FAQ = 'id,question,answer,kind,alternatives\nreturns,Returns?,"Within 14 days, with receipt.",policy,puedo devolver|can i return\nhours,Hours?,9 to 5,info,\n';

describe('import with preview, and export', () => {
  const cores: TestCore[] = [];
  afterEach(() => cores.splice(0).forEach((c) => c.dispose()));
  const start = () => {
    const t = createTestCore();
    cores.push(t);
    return t;
  };
  const importFiles = async (t: TestCore, files: Partial<Files>) => {
    const preview = await t.call<ImportPreview>('previewImport', files);
    expect(preview.problems).toEqual([]);
    return t.call<KnowledgeSummary>('applyImport', { previewId: preview.previewId });
  };

  it('previews added, changed and removed without writing, then applies in one go', async () => {
    const t = start();
    await importFiles(t, { catalog: CATALOG, faq: FAQ });
    const before = await t.call<KnowledgeSummary>('getKnowledgeSummary');
    const edited = CATALOG.replace('120.00', '125.00').replace(/\nP3,.*$/, '\nP4,Palm,,9.00,MXN,2,,');
    const preview = await t.call<ImportPreview>('previewImport', { catalog: edited });
    expect(preview).toMatchObject({
      ok: true,
      products: { added: ['P4'], changed: ['P1'], removed: ['P3'], unchanged: 1 },
      faqs: null,
      profileChanged: false,
    });
    expect(await t.call('getKnowledgeSummary')).toEqual(before);

    const events: unknown[] = [];
    t.core.bus.onAny((event, payload) => event === 'knowledgeChanged' && events.push(payload));
    const after = await t.call<KnowledgeSummary>('applyImport', { previewId: preview.previewId });
    expect(after).toMatchObject({ products: 3, faqs: 2 });
    expect(events).toEqual([after]);
    expect([...t.core.knowledge.productsBySku(['P1', 'P3', 'P4']).keys()]).toEqual(['P1', 'P4']);
    const [entry] = t.core.audit.list(1);
    expect(entry).toMatchObject({
      action: 'knowledge.imported',
      detail: { products: { added: 1, changed: 1, removed: 1, unchanged: 1, removedKeys: ['P3'] }, faqs: null, profileChanged: false },
    });
    expect(await t.dispatch('applyImport', { previewId: preview.previewId })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('writes only what differs, so unchanged rows keep their update time', async () => {
    const t = start();
    await importFiles(t, { catalog: CATALOG });
    t.clock.advance(60_000);
    await importFiles(t, { catalog: CATALOG.replace('80.5', '81.5') });
    const { items } = await t.call<{ items: Product[] }>('listProducts', { sort: { by: 'updated', dir: 'desc' }, limit: 1 });
    expect(items.map((p) => p.sku)).toEqual(['P2']);
  });

  it('leaves the parts whose file is not given untouched', async () => {
    const t = start();
    await t.call('loadDemoShop');
    const products = t.core.knowledge.allProducts();
    const preview = await t.call<ImportPreview>('previewImport', { faq: FAQ });
    expect(preview).toMatchObject({ products: null, profileChanged: false, faqs: { added: [], changed: ['returns', 'hours'] } });
    expect(preview.faqs!.removed).toHaveLength(10);
    await t.call('applyImport', { previewId: preview.previewId });
    expect(t.core.knowledge.allProducts()).toEqual(products);
    expect(t.core.knowledge.listFaqs().map((f) => f.id).sort()).toEqual(['hours', 'returns']);
  });

  it('applies all or nothing: a write that fails midway leaves the knowledge as it was', async () => {
    const t = start();
    await t.call('loadDemoShop');
    const products = t.core.knowledge.allProducts();
    const faqs = t.core.knowledge.listFaqs();
    const audits = t.core.audit.list(100).length;
    const preview = await t.call<ImportPreview>('previewImport', { catalog: `${CATALOG}\nBOOM,Last,,1.00,MXN,1,,`, faq: FAQ });
    t.core.db.exec("CREATE TEMP TRIGGER boom BEFORE INSERT ON main.products WHEN new.sku = 'BOOM' BEGIN SELECT RAISE(ABORT, 'disk on fire'); END");
    expect(await t.dispatch('applyImport', { previewId: preview.previewId })).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(t.core.knowledge.allProducts()).toEqual(products);
    expect(t.core.knowledge.listFaqs()).toEqual(faqs);
    expect(t.core.audit.list(100)).toHaveLength(audits);
    expect(t.core.retriever.search('monstera').map((h) => h.sourceId)).toContain('product:CV-001');
    // The preview survives a failed apply, so it can be retried.
    t.core.db.exec('DROP TRIGGER temp.boom');
    expect(await t.call('applyImport', { previewId: preview.previewId })).toMatchObject({ products: 4, faqs: 2 });
  });

  it('forgets previews after 30 minutes and keeps only the newest few', async () => {
    const t = start();
    const first = await t.call<ImportPreview>('previewImport', { catalog: CATALOG });
    t.clock.advance(PREVIEW_TTL_MS + 1);
    expect(await t.dispatch('applyImport', { previewId: first.previewId })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const ids: string[] = [];
    for (let i = 0; i <= MAX_PREVIEWS; i++) ids.push((await t.call<ImportPreview>('previewImport', { catalog: CATALOG })).previewId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(await t.dispatch('applyImport', { previewId: ids[0] })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await t.dispatch('applyImport', { previewId: ids.at(-1) })).toMatchObject({ ok: true });
  });

  it('exports the folder format: FORMAT.md headers plus active, RFC 4180 quoting, pretty profile', async () => {
    const t = start();
    await importFiles(t, { catalog: CATALOG, faq: FAQ });
    await t.call('setProductsActive', { skus: ['P3'], active: false });
    const files = await t.call<Files>('exportKnowledge');
    expect(files.catalog).toBe(
      [
        'sku,name,description,price,currency,stock,options,tags,active',
        'P1,"Pot, large","Glazed ""Talavera"" pot,\ntwo lines",120.00,MXN,3,size:S|M;color:blue,pot|maceta,true',
        'P2,Fern,Ñandú fern,80.5,MXN,,,,true',
        'P3,Cactus,Small,15.00,MXN,0,,,false',
        '',
      ].join('\n'),
    );
    expect(files.faq).toBe(
      'id,question,answer,kind,alternatives\nreturns,Returns?,"Within 14 days, with receipt.",policy,puedo devolver|can i return\nhours,Hours?,9 to 5,info,\n',
    );
    expect(files.profile).toBe('{}\n');
    expect(t.core.audit.list(1)[0]).toMatchObject({ action: 'knowledge.exported', detail: { products: 3, faqs: 2 } });
    // "No profile" exports as {} and reads back as no profile.
    const u = start();
    expect(await u.call('previewImport', { profile: files.profile })).toMatchObject({ ok: true, profileChanged: false });
    expect(await importFiles(u, files)).toMatchObject({ profile: null, products: 3, faqs: 2 });
  });

  it('round-trips export → import without losing anything', async () => {
    const t = start();
    await t.call('loadDemoShop');
    const profile: BusinessProfile = { ...t.core.knowledge.profile()!, about: 'Plantas, macetas y "más"\nen Guadalajara 🌵' };
    await t.call('saveProfile', profile);
    const tricky: Product[] = [
      { sku: 'T-1', name: 'Comma, "quote" and\nnewline', description: 'Línea uno,\r\nlínea "dos"\n\nTiếng Việt · हिन्दी · 日本語 · 🌵', price: '0.5', currency: 'MXN', stock: null, options: { 'talla grande': ['S', 'M L'], hora: ['10:00', '12:00'] }, tags: ['a, b', 'ñ'], active: false },
      { sku: 'T,2 "x"', name: '=SUM(A1)', description: '', price: '1000000.000', currency: 'USD', stock: 0, options: {}, tags: [], active: true },
    ];
    for (const product of tricky) await t.call('saveProduct', { product });
    await t.call('saveFaq', { faq: { id: 'q,"1"', question: 'Line\nbreak?', answer: 'Yes, "really",\nsure.', kind: 'policy', alternatives: ['one, two', 'tres'] } });
    await t.call('setProductsActive', { skus: ['CV-001'], active: false });
    const products = t.core.knowledge.allProducts();
    const faqs = t.core.knowledge.listFaqs();
    const files = await t.call<Files>('exportKnowledge');

    const u = start();
    const preview = await u.call<ImportPreview>('previewImport', files);
    expect(preview).toMatchObject({ ok: true, products: { removed: [], changed: [] } });
    await u.call('applyImport', { previewId: preview.previewId });
    expect(u.core.knowledge.allProducts()).toEqual(products);
    expect(u.core.knowledge.listFaqs()).toEqual(faqs);
    expect(u.core.knowledge.profile()).toEqual(profile);
    expect(u.core.retriever.search('monstera').map((h) => h.sourceId)).not.toContain('product:CV-001');

    const again = await t.call<ImportPreview>('previewImport', files);
    expect(again).toMatchObject({ products: { added: [], changed: [], removed: [] }, faqs: { added: [], changed: [], removed: [] }, profileChanged: false });
  });
});
