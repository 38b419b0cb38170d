import { afterEach, describe, expect, it } from 'vitest';
import type { FaqEntry } from '../../contract/schemas';
import { fakeEmbedder } from '../../testing/fake-embedder';
import { draftJson, startFakeOpenAI, type FakeOpenAI } from '../../testing/fake-openai/fake-openai-server';
import { createTestCore, type TestCore } from '../../testing/test-core';
import { DEFAULT_MODEL_CONFIG } from '../assistant/model/model-config';

let t: TestCore | undefined;
let fake: FakeOpenAI | undefined;
afterEach(async () => {
  t?.dispose();
  t = undefined;
  await fake?.close();
  fake = undefined;
});

const faq = (id: string, question: string, answer: string): FaqEntry => ({ id, question, answer, kind: 'info', alternatives: [] });

/** A shop where the words of "other countries" point at office delivery, but the meaning is shipping abroad. */
const FAQS = [
  faq('offices', 'Do you deliver plants to offices?', 'Yes, we deliver plants and pots to offices in the city every weekday.'),
  faq('abroad', 'Do you ship abroad?', 'Yes: plants travel by courier to other countries, with a phytosanitary certificate.'),
  faq('pots', 'Are your pots frost-proof?', 'Our glazed ceramic pots can stay outside in winter.'),
  faq('watering', 'How often should I water?', 'Water when the top soil is dry; less in winter.'),
];

/** Hand-made meanings: axis 0 is "international", 1 "local delivery", 2 "pots", 3 "care". */
function meaning(text: string): number[] {
  const t = text.toLowerCase();
  if (t.includes('abroad') || t.includes('countries')) return [1, 0, 0, 0];
  if (t.includes('offices')) return [0, 1, 0, 0];
  if (t.includes('frost')) return [0.4, 0, 0.9, 0];
  return [0.2, 0, 0, 1];
}

describe('fused retrieval', () => {
  it('fuses the semantic ranking in and fixes a case the words alone get wrong', async () => {
    const embedder = fakeEmbedder('meaning', meaning);
    t = createTestCore({ embedder: () => embedder });
    t.core.knowledge.replaceAll({ profile: null, products: [], faqs: FAQS });
    t.core.modelConfig.set({ ...DEFAULT_MODEL_CONFIG, provider: 'ollama', baseUrl: 'http://127.0.0.1:11434/v1', embeddingModel: 'meaning' });
    t.core.embeddings.schedule();
    await t.core.embeddings.idle();

    const message = 'Can you deliver my plants to other countries?';
    const lexical = t.core.retriever.search(message);
    expect(lexical[0]?.sourceId).toBe('faq:offices');
    expect(lexical.map((h) => h.sourceId)).toContain('faq:abroad');

    const fused = await t.core.search.search(message);
    expect(fused.semantic).toEqual({ state: 'used', model: 'meaning' });
    expect(fused.hits[0]).toMatchObject({ sourceId: 'faq:abroad', fusion: { lexicalRank: 2, vectorRank: 1 } });
    expect(fused.hits.find((h) => h.sourceId === 'faq:offices')?.fusion?.vectorRank).toBe(4);

    // The inspect box shows both rankings.
    const inspected = await t.call<{ hits: Array<{ sourceId: string; fusion?: { lexicalRank: number | null; vectorRank: number | null } }>; semantic: unknown }>(
      'inspectRetrieval',
      { message },
    );
    expect(inspected.semantic).toEqual({ state: 'used', model: 'meaning' });
    expect(inspected.hits[0]).toMatchObject({ sourceId: 'faq:abroad', fusion: { lexicalRank: 2, vectorRank: 1 } });

    // The offline drafter quotes the fused first source.
    const outcome = await t.core.drafter.draft({ message, customerName: 'Ana', language: 'en', history: [] });
    expect(outcome.sources.map((s) => s.id)).toContain('faq:abroad');
    expect(outcome.text).toContain('phytosanitary');
  });

  it('without an embedding model, gives exactly the lexical results and never embeds', async () => {
    const embedder = fakeEmbedder('unused', meaning);
    t = createTestCore({ embedder: () => embedder });
    await t.call('loadDemoShop');
    t.core.modelConfig.set({ ...DEFAULT_MODEL_CONFIG, provider: 'ollama', baseUrl: 'http://127.0.0.1:11434/v1', embeddingModel: '' });
    for (const message of ['How much is the monstera?', 'do you ship to other cities', 'returns policy', 'pots for cactus', 'hola']) {
      const result = await t.core.search.search(message, { limit: 10 });
      expect(result).toEqual({ hits: t.core.retriever.search(message, { limit: 10 }), semantic: { state: 'off' } });
    }
    await t.core.embeddings.idle();
    expect(embedder.batches).toEqual([]);
    expect(t.core.db.prepare('SELECT COUNT(*) AS n FROM knowledge_vectors').get()).toEqual({ n: 0 });
  });

  it('through the real adapter: embeds via the server, and falls back to lexical-only when the query cannot be embedded', async () => {
    fake = await startFakeOpenAI({ embeddingDims: 96 });
    t = createTestCore();
    await t.call('loadDemoShop');
    await t.call('saveModelConfig', { provider: 'custom', baseUrl: fake.baseUrl, model: '', embeddingModel: 'fake-embed', timeoutMs: 5000 });
    await t.core.embeddings.idle();
    const embedCalls = () => fake!.requests.filter((r) => r.path === '/v1/embeddings');
    expect(embedCalls().length).toBeGreaterThan(0);
    expect(embedCalls()[0]?.body).toMatchObject({ model: 'fake-embed', encoding_format: 'float' });
    const rows = t.core.db.prepare('SELECT dims, length(vector) AS bytes FROM knowledge_vectors LIMIT 1').get();
    expect(rows).toEqual({ dims: 96, bytes: 96 * 4 });

    const message = 'How much is the monstera?';
    const ok = await t.core.search.search(message);
    expect(ok.semantic).toEqual({ state: 'used', model: 'fake-embed' });
    expect(ok.hits[0]?.fusion).toBeDefined();

    fake.scriptEmbeddings({ kind: 'status', status: 503 });
    const down = await t.core.search.search(message);
    expect(down.semantic).toMatchObject({ state: 'failed', model: 'fake-embed' });
    expect(down.hits).toEqual(t.core.retriever.search(message));
    const inspected = await t.call<{ semantic: { state: string } }>('inspectRetrieval', { message });
    expect(inspected.semantic.state).toBe('used');
  });

  it('the model drafter gets the fused ranking: the source found by meaning leads its knowledge', async () => {
    fake = await startFakeOpenAI();
    const embedder = fakeEmbedder('meaning', meaning);
    t = createTestCore({ embedder: () => embedder });
    t.core.knowledge.replaceAll({ profile: null, products: [], faqs: FAQS });
    t.core.modelConfig.set({ ...DEFAULT_MODEL_CONFIG, provider: 'custom', baseUrl: fake.baseUrl, model: 'gpt-4o-mini', embeddingModel: 'meaning', timeoutMs: 5000 });
    t.core.embeddings.schedule();
    await t.core.embeddings.idle();
    fake.script({ kind: 'content', content: draftJson({ reply: 'Yes, plants travel by courier to other countries.', sources: ['faq:abroad'] }) });

    const outcome = await t.core.drafter.draft({ message: 'Can you deliver my plants to other countries?', customerName: 'Ana', language: 'en', history: [] });
    expect(outcome).toMatchObject({ route: 'answer', drafter: 'model:gpt-4o-mini' });
    const prompt = JSON.stringify(fake.requests.find((r) => r.path === '/v1/chat/completions')!.body!.messages);
    expect(prompt.indexOf('[faq:abroad]')).toBeGreaterThan(-1);
    const offices = prompt.indexOf('[faq:offices]');
    expect(offices === -1 || prompt.indexOf('[faq:abroad]') < offices).toBe(true);
  });
});
