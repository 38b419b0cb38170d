import { afterEach, describe, expect, it } from 'vitest';
import { startFakeOpenAI, type FakeOpenAI } from '../../../testing/fake-openai/fake-openai-server';
import { DEFAULT_MODEL_CONFIG, type StoredModelConfig } from '../../assistant/model/model-config';
import { createOpenAiEmbedder } from './embedder';

let fake: FakeOpenAI | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const config = (over: Partial<StoredModelConfig>): StoredModelConfig => ({ ...DEFAULT_MODEL_CONFIG, provider: 'custom', embeddingModel: 'fake-embed', timeoutMs: 5000, ...over });

describe('the OpenAI-compatible embedder', () => {
  it('is off without an embedding model or provider', () => {
    expect(createOpenAiEmbedder(config({ baseUrl: 'http://127.0.0.1:1/v1', embeddingModel: ' ' }), null)).toBeNull();
    expect(createOpenAiEmbedder(config({ provider: 'none', baseUrl: '' }), null)).toBeNull();
  });

  it('asks for float vectors with the key, and returns them in order and of length 1', async () => {
    fake = await startFakeOpenAI({ embeddingDims: 16 });
    const embedder = createOpenAiEmbedder(config({ baseUrl: fake.baseUrl }), 'sk-embed')!;
    const { model, vectors } = await embedder.embed(['first text here', 'second text here']);
    expect(model).toBe('fake-embed');
    expect(vectors).toHaveLength(2);
    for (const v of vectors) expect(Math.hypot(...v)).toBeCloseTo(1, 5);
    expect(fake.requests[0]!.headers.authorization).toBe('Bearer sk-embed');
    expect(fake.requests[0]!.body).toMatchObject({ model: 'fake-embed', input: ['first text here', 'second text here'], encoding_format: 'float' });
  });

  it('retries a 503 within its bound, and gives up at once when told not to retry', async () => {
    fake = await startFakeOpenAI({ embeddingDims: 8 });
    const embedder = createOpenAiEmbedder(config({ baseUrl: fake.baseUrl }), null)!;
    fake.scriptEmbeddings({ kind: 'status', status: 503, headers: { 'retry-after-ms': '10' } });
    await expect(embedder.embed(['a text'])).resolves.toMatchObject({ vectors: [expect.any(Float32Array)] });
    expect(fake.requests).toHaveLength(2);

    fake.scriptEmbeddings({ kind: 'status', status: 503 });
    await expect(embedder.embed(['a text'], { maxRetries: 0 })).rejects.toMatchObject({ status: 503 });
    expect(fake.requests).toHaveLength(3);
  });

  it('times out a server that never answers', async () => {
    fake = await startFakeOpenAI();
    const embedder = createOpenAiEmbedder(config({ baseUrl: fake.baseUrl }), null)!;
    fake.scriptEmbeddings({ kind: 'hang' });
    const started = Date.now();
    await expect(embedder.embed(['a text'], { timeoutMs: 300, maxRetries: 0 })).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('refuses plain http to another machine, sending nothing', async () => {
    const embedder = createOpenAiEmbedder(config({ baseUrl: 'http://192.0.2.10/v1' }), 'sk-secret')!;
    await expect(embedder.embed(['a text'])).rejects.toMatchObject({ code: 'bad_input' });
  });
});
