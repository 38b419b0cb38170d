import { afterEach, describe, expect, it } from 'vitest';
import type { FaqEntry, Product } from '../../../contract/schemas';
import { fakeEmbedder, type FakeEmbedder } from '../../../testing/fake-embedder';
import { createTestCore, type TestCore } from '../../../testing/test-core';
import { DEFAULT_MODEL_CONFIG } from '../../assistant/model/model-config';
import { RETRY_MS } from './embedding-index';

let t: TestCore | undefined;
afterEach(() => {
  t?.dispose();
  t = undefined;
});

/** Vectors that only need to exist here: which texts get embedded is what these tests count. */
const anyVector = (text: string) => [text.length % 7, 1, text.length % 3];

async function setup(models: Record<string, FakeEmbedder>, model = Object.keys(models)[0]!) {
  t = createTestCore({ embedder: (config) => models[config.embeddingModel] ?? null });
  t.core.modelConfig.set({ ...DEFAULT_MODEL_CONFIG, provider: 'ollama', baseUrl: 'http://127.0.0.1:11434/v1', embeddingModel: model });
  await t.call('loadDemoShop');
  await t.core.embeddings.idle();
  return t;
}

const vectorRows = (tc: TestCore, model?: string) =>
  tc.core.db.prepare(`SELECT source_id AS id FROM knowledge_vectors${model ? ' WHERE model = ?' : ''} ORDER BY source_id`).all(...(model ? [model] : [])).map((r) => (r as { id: string }).id);

const entryCount = (tc: TestCore) =>
  (tc.core.db.prepare('SELECT (SELECT COUNT(*) FROM products WHERE active = 1) + (SELECT COUNT(*) FROM faqs) AS n').get() as { n: number }).n;

describe('embedding cache', () => {
  it('embeds every entry once after an import, in batches, and nothing again when nothing changed', async () => {
    const m1 = fakeEmbedder('m1', anyVector);
    const tc = await setup({ m1 });
    const entries = entryCount(tc);
    expect(entries).toBeGreaterThan(10);
    expect(m1.texts()).toHaveLength(entries);
    expect(vectorRows(tc, 'm1')).toHaveLength(entries);
    expect(Math.max(...m1.batches.map((b) => b.length))).toBeLessThanOrEqual(64);

    expect(await tc.core.embeddings.syncNow()).toEqual({ model: 'm1', embedded: 0, removed: 0, requests: 0 });
    expect(m1.texts()).toHaveLength(entries);
  });

  it('re-embeds only the entry whose text changed; a price change costs nothing', async () => {
    const m1 = fakeEmbedder('m1', anyVector);
    const tc = await setup({ m1 });
    const before = m1.texts().length;
    const faq = tc.core.knowledge.faqsById(['returns']).get('returns') as FaqEntry;
    await tc.call('saveFaq', { faq: { ...faq, answer: `${faq.answer} Keep the receipt.` }, originalId: 'returns' });
    await tc.core.embeddings.idle();
    expect(m1.texts().slice(before)).toEqual([expect.stringContaining('Keep the receipt.')]);

    const product = tc.core.knowledge.productsBySku(['CV-001']).get('CV-001') as Product;
    await tc.call('saveProduct', { product: { ...product, price: '999.00' }, originalSku: 'CV-001' });
    await tc.core.embeddings.idle();
    expect(m1.texts()).toHaveLength(before + 1);
  });

  it('drops the vectors of removed entries', async () => {
    const m1 = fakeEmbedder('m1', anyVector);
    const tc = await setup({ m1 });
    expect(vectorRows(tc)).toContain('product:CV-001');
    await tc.call('deleteProducts', { skus: ['CV-001'] });
    await tc.call('deleteFaq', { id: 'returns' });
    await tc.core.embeddings.idle();
    expect(vectorRows(tc)).not.toContain('product:CV-001');
    expect(vectorRows(tc)).not.toContain('faq:returns');
    expect(vectorRows(tc)).toHaveLength(entryCount(tc));
  });

  it('re-embeds everything for a new embedding model and drops the old model’s vectors', async () => {
    const m1 = fakeEmbedder('m1', anyVector);
    const m2 = fakeEmbedder('m2', anyVector);
    const tc = await setup({ m1, m2 });
    const entries = entryCount(tc);
    const config = await tc.call<{ provider: string; baseUrl: string; model: string; timeoutMs: number }>('getModelConfig');
    await tc.call('saveModelConfig', { provider: config.provider, baseUrl: config.baseUrl, model: config.model, timeoutMs: config.timeoutMs, embeddingModel: 'm2' });
    await tc.core.embeddings.idle();
    expect(m2.texts()).toHaveLength(entries);
    expect(vectorRows(tc, 'm2')).toHaveLength(entries);
    expect(vectorRows(tc, 'm1')).toEqual([]);
  });

  it('a failed sync is logged, leaves search lexical, and is retried after RETRY_MS', async () => {
    const m1 = fakeEmbedder('m1', anyVector);
    m1.failWith = new Error('server down');
    const tc = await setup({ m1 });
    expect(vectorRows(tc)).toEqual([]);
    const result = await tc.core.search.search('how much is the monstera?');
    expect(result.semantic).toEqual({ state: 'pending', model: 'm1' });
    expect(result.hits).toEqual(tc.core.retriever.search('how much is the monstera?'));

    m1.failWith = null;
    await tc.core.search.search('monstera');
    await tc.core.embeddings.idle();
    expect(vectorRows(tc)).toEqual([]); // too soon: no retry yet
    tc.clock.advance(RETRY_MS);
    await tc.core.search.search('monstera');
    await tc.core.embeddings.idle();
    expect(vectorRows(tc)).toHaveLength(entryCount(tc));
    expect((await tc.core.search.search('how much is the monstera?')).semantic).toEqual({ state: 'used', model: 'm1' });
  });

  it('survives a restart without re-embedding anything', async () => {
    const m1 = fakeEmbedder('m1', anyVector);
    const tc = await setup({ m1 });
    const count = m1.texts().length;
    tc.close();
    t = createTestCore({ dataDir: tc.dataDir, embedder: () => m1 });
    t.core.modelConfig.set({ ...DEFAULT_MODEL_CONFIG, provider: 'ollama', baseUrl: 'http://127.0.0.1:11434/v1', embeddingModel: 'm1' });
    await t.core.start();
    await t.core.embeddings.idle();
    expect(m1.texts()).toHaveLength(count);
    expect((await t.core.search.search('monstera')).semantic).toEqual({ state: 'used', model: 'm1' });
  });
});
