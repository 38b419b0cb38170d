import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../contract/knowledge-schemas';
import type { FaqEntry, KnowledgeSummary, Product } from '../../contract/schemas';
import { runKnowledge, type KnowledgeIo } from '../../cli/knowledge-command';
import { createTestCore, type TestCore } from '../../testing/test-core';

const CATALOG = [
  'sku,name,description,price,currency,stock,options,tags',
  'P1,"Pot, large","Glazed ""Talavera"" pot,',
  'two lines",120.00,MXN,3,size:S|M;color:blue,pot|maceta',
  'P2,Fern,Ñandú fern,80.5,MXN,,,',
].join('\n');
const FAQ = 'id,question,answer,kind,alternatives\nreturns,Returns?,"Within 14 days, with receipt.",policy,puedo devolver|can i return\n';

describe('import with preview, and export', () => {
  const cores: TestCore[] = [];
  const dirs: string[] = [];
  afterEach(() => {
    cores.splice(0).forEach((c) => c.dispose());
    dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
  });
  const start = () => {
    const t = createTestCore();
    cores.push(t);
    return t;
  };

  it('previews without writing, then applies in one go', async () => {
    const t = start();
    await t.call('loadDemoShop');
    const before = await t.call<KnowledgeSummary>('getKnowledgeSummary');
    const preview = await t.call<ImportPreview>('previewImport', { catalog: CATALOG });
    expect(preview.ok).toBe(true);
    expect(preview.products).toMatchObject({ added: ['P1', 'P2'], changed: [], unchanged: 0 });
    expect(preview.products!.removed).toHaveLength(before.products);
    expect(preview.faqs).toBeNull();
    expect(await t.call('getKnowledgeSummary')).toEqual(before);

    const after = await t.call<KnowledgeSummary>('applyImport', { previewId: preview.previewId });
    expect(after).toMatchObject({ products: 2, faqs: before.faqs });
    const { items } = await t.call<{ items: Product[] }>('listProducts', { query: 'pot' });
    expect(items[0]).toMatchObject({ sku: 'P1', description: 'Glazed "Talavera" pot,\ntwo lines', stock: 3, options: { size: ['S', 'M'], color: ['blue'] } });
    expect(await t.dispatch('applyImport', { previewId: preview.previewId })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(t.core.audit.list(5).map((a) => a.action)).toContain('knowledge.imported');
  });

  it('counts changed rows and refuses a bad file whole', async () => {
    const t = start();
    await t.call('applyImport', { previewId: (await t.call<ImportPreview>('previewImport', { catalog: CATALOG, faq: FAQ })).previewId });
    const changed = await t.call<ImportPreview>('previewImport', { catalog: CATALOG.replace('120.00', '125.00') });
    expect(changed.products).toMatchObject({ added: [], changed: ['P1'], removed: [], unchanged: 1 });
    const bad = await t.call<ImportPreview>('previewImport', { catalog: `${CATALOG}\nP3,Broken,"12,5O",MXN,1,,\n` });
    expect(bad).toMatchObject({ ok: false, previewId: '' });
    expect(bad.problems[0]).toMatchObject({ file: 'catalog.csv', line: 5 });
    expect(await t.call('getKnowledgeSummary')).toMatchObject({ products: 2, faqs: 1 });
    const garbled = await t.call<ImportPreview>('previewImport', { faq: 'id,question,answer\nx,Caf\uFFFD?,yes\n' });
    expect(garbled.problems[0]).toMatchObject({ line: 2, reason: expect.stringContaining('encoding') });
  });

  it('round-trips export → import without losing anything, inactive products included', async () => {
    const t = start();
    await t.call('loadDemoShop');
    await t.call('setProductsActive', { skus: ['CV-001'], active: false });
    const products = t.core.knowledge.allProducts();
    const faqs = t.core.knowledge.listFaqs();
    const profile = t.core.knowledge.profile();
    const files = await t.call<{ profile: string; catalog: string; faq: string }>('exportKnowledge');
    expect(files.catalog.split('\n')[0]).toBe('sku,name,description,price,currency,stock,options,tags,active');
    expect(files.faq.split('\n')[0]).toBe('id,question,answer,kind,alternatives');

    const u = start();
    const preview = await u.call<ImportPreview>('previewImport', files);
    expect(preview.ok).toBe(true);
    await u.call('applyImport', { previewId: preview.previewId });
    expect(u.core.knowledge.allProducts()).toEqual(products);
    expect(u.core.knowledge.listFaqs()).toEqual(faqs);
    expect(u.core.knowledge.profile()).toEqual(profile);
    const again = await t.call<ImportPreview>('previewImport', files);
    expect(again.products).toMatchObject({ added: [], changed: [], removed: [] });
  });

  it('edits, renames, deactivates and deletes, keeping retrieval in step', async () => {
    const t = start();
    await t.call('loadDemoShop');
    const [monstera] = t.core.knowledge.productsBySku(['CV-001']).values();
    expect(t.core.retriever.search('monstera').map((h) => h.sourceId)).toContain('product:CV-001');
    await t.call('setProductsActive', { skus: ['CV-001'], active: false });
    expect(t.core.retriever.search('monstera').map((h) => h.sourceId)).not.toContain('product:CV-001');
    expect((await t.call<{ total: number }>('listProducts', { status: 'inactive' })).total).toBe(1);

    await t.call('saveProduct', { product: { ...monstera!, sku: 'CV-001B', price: '99999.00', active: true }, originalSku: 'CV-001' });
    expect([...t.core.knowledge.productsBySku(['CV-001', 'CV-001B']).keys()]).toEqual(['CV-001B']);
    expect(await t.dispatch('saveProduct', { product: { ...monstera!, sku: 'CV-002' }, originalSku: 'CV-001B' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    const sorted = await t.call<{ items: Product[] }>('listProducts', { sort: { by: 'price', dir: 'desc' }, limit: 1 });
    expect(sorted.items[0]!.sku).toBe('CV-001B');
    expect(await t.call('deleteProducts', { skus: ['CV-001B'] })).toEqual({ deleted: 1 });

    const faq: FaqEntry = { id: 'layaway', question: 'Do you do layaway?', answer: 'Yes, 30% down and 30 days to pay.', kind: 'policy', alternatives: ['apartado'] };
    await t.call('saveFaq', { faq });
    expect(await t.dispatch('saveFaq', { faq })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await t.dispatch('saveProduct', { product: { ...monstera!, sku: 'CV-002' } })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(t.core.retriever.search('do you do layaway')[0]!.sourceId).toBe('faq:layaway');
    await t.call('deleteFaq', { id: 'layaway' });
    expect(t.core.retriever.search('layaway apartado').map((h) => h.sourceId)).not.toContain('faq:layaway');
  });

  it('imports and exports from the command line', async () => {
    const t = start();
    const dir = mkdtempSync(join(tmpdir(), 'cp-cli-'));
    dirs.push(dir);
    const lines: string[] = [];
    const io: KnowledgeIo = { out: (l) => lines.push(l), err: (l) => lines.push(l), confirm: () => null };
    t.close();
    const demo = join(import.meta.dirname, '..', '..', '..', 'assets', 'demo-shop');
    expect(await runKnowledge(['import', demo, '--data-dir', t.dataDir], io)).toBe(2);
    expect(lines.at(-1)).toMatch(/--yes/);
    expect(await runKnowledge(['import', demo, '--yes', '--data-dir', t.dataDir], io)).toBe(0);
    expect(lines).toContain('Products: 30 added, 0 changed, 0 removed, 0 unchanged');
    expect(await runKnowledge(['export', join(dir, 'out'), '--data-dir', t.dataDir], io)).toBe(0);
    expect(await runKnowledge(['import', join(dir, 'out'), '--yes', '--data-dir', t.dataDir], io)).toBe(0);
    expect(lines).toContain('Products: 0 added, 0 changed, 0 removed, 30 unchanged');
    expect(await runKnowledge(['import', join(dir, 'missing'), '--yes', '--data-dir', t.dataDir], io)).toBe(1);
  });
});
