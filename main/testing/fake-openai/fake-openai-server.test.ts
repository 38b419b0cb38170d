import { APIUserAbortError, OpenAI } from 'openai';
import { afterEach, describe, expect, it } from 'vitest';
import { draftJson, startFakeOpenAI, type FakeOpenAI } from './fake-openai-server';

describe('fake OpenAI-compatible server (through the real SDK)', () => {
  let fake: FakeOpenAI;
  afterEach(async () => fake?.close());

  const client = () => new OpenAI({ apiKey: 'sk-test', baseURL: fake.baseUrl, maxRetries: 0, timeout: 2000, logLevel: 'off' });

  it('lists models and answers a plain completion with usage', async () => {
    fake = await startFakeOpenAI({ models: ['b-model', 'a-model'] });
    const models = [];
    for await (const m of client().models.list()) models.push(m.id);
    expect(models).toEqual(['b-model', 'a-model']);

    fake.script({ kind: 'content', content: 'hello', usage: { prompt: 7, completion: 2 } });
    const done = await client().chat.completions.create({ model: 'a-model', messages: [{ role: 'user', content: 'hi' }] });
    expect(done.choices[0]!.message.content).toBe('hello');
    expect(done.usage).toMatchObject({ prompt_tokens: 7, completion_tokens: 2 });
    expect(fake.requests.at(-1)!.headers.authorization).toBe('Bearer sk-test');
  });

  it('answers embeddings (float and the SDK default base64) with hashed vectors where related texts are closer', async () => {
    fake = await startFakeOpenAI({ embeddingDims: 32 });
    const texts = ['Do you ship plants abroad?', 'Shipping of plants to other countries', 'Glazed ceramic pots'];
    const asFloat = await client().embeddings.create({ model: 'fake-embed', input: texts, encoding_format: 'float' });
    const asDefault = await client().embeddings.create({ model: 'fake-embed', input: texts });
    const vectors = asFloat.data.map((d) => d.embedding);
    expect(vectors.map((v) => v.length)).toEqual([32, 32, 32]);
    expect(asDefault.data.map((d) => d.embedding.map((x) => Math.round(x * 1e6)))).toEqual(vectors.map((v) => v.map((x) => Math.round(x * 1e6))));
    const cos = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i]!, 0);
    expect(cos(vectors[0]!, vectors[1]!)).toBeGreaterThan(cos(vectors[0]!, vectors[2]!));

    fake.scriptEmbeddings({ kind: 'status', status: 429 });
    await expect(client().embeddings.create({ model: 'fake-embed', input: 'x' })).rejects.toMatchObject({ status: 429 });
  });

  it('streams SSE chunks, then usage, then [DONE]', async () => {
    fake = await startFakeOpenAI();
    const content = draftJson({ reply: 'We are open Monday to Saturday.', sources: ['faq:hours'] });
    fake.script({ kind: 'content', content, usage: { prompt: 50, completion: 20 }, chunkChars: 5 });
    const stream = await client().chat.completions.create({
      model: 'fake-model',
      messages: [{ role: 'user', content: 'hours?' }],
      stream: true,
      stream_options: { include_usage: true },
    });
    let text = '';
    let chunks = 0;
    let usage = null;
    let finish = null;
    for await (const chunk of stream) {
      chunks++;
      text += chunk.choices[0]?.delta.content ?? '';
      finish = chunk.choices[0]?.finish_reason ?? finish;
      usage = chunk.usage ?? usage;
    }
    expect(text).toBe(content);
    expect(chunks).toBeGreaterThan(10);
    expect(finish).toBe('stop');
    expect(usage).toMatchObject({ prompt_tokens: 50, completion_tokens: 20 });
  });

  it('rejects json_schema with a 400 when told to, and answers 429 with retry-after', async () => {
    fake = await startFakeOpenAI({ rejectJsonSchema: true });
    const call = client().chat.completions.create({
      model: 'fake-model',
      messages: [{ role: 'user', content: 'x' }],
      response_format: { type: 'json_schema', json_schema: { name: 'x', schema: { type: 'object' } } },
    });
    await expect(call).rejects.toMatchObject({ status: 400, param: 'response_format' });

    fake.script({ kind: 'status', status: 429, headers: { 'retry-after': '0' } });
    await expect(client().chat.completions.create({ model: 'fake-model', messages: [{ role: 'user', content: 'x' }] })).rejects.toMatchObject({ status: 429 });
  });

  it('holds a hung request until the client aborts it, and counts the connection the client closed', async () => {
    fake = await startFakeOpenAI();
    fake.script({ kind: 'hang' });
    const controller = new AbortController();
    const failure = client()
      .chat.completions.create({ model: 'fake-model', messages: [{ role: 'user', content: 'x' }] }, { signal: controller.signal })
      .catch((error: unknown) => error);
    await fake.whenHangs('held', 1);
    expect(fake.hangs()).toEqual({ held: 1, closedByClient: 0 });
    controller.abort();
    await fake.whenHangs('closedByClient', 1);
    expect(fake.hangs()).toEqual({ held: 0, closedByClient: 1 });
    expect(await failure).toBeInstanceOf(APIUserAbortError);

    // A hang the fake itself ends at close is not counted as the client's doing.
    fake.script({ kind: 'hang' });
    void client().chat.completions.create({ model: 'fake-model', messages: [{ role: 'user', content: 'x' }] }).catch(() => undefined);
    await fake.whenHangs('held', 1);
    await fake.close();
    expect(fake.hangs()).toEqual({ held: 0, closedByClient: 1 });
  });
});
