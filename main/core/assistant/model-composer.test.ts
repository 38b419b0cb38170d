import { afterEach, describe, expect, it, vi } from 'vitest';
import { draftJson, startFakeOpenAI, type FakeOpenAI, type FakeOpenAIOptions, type FakeReply } from '../../testing/fake-openai/fake-openai-server';
import { createTestCore, type TestCore } from '../../testing/test-core';
import type { RetrievalResult } from '../knowledge/knowledge-search';
import { DraftPipeline, type DraftPipelineDeps } from './draft-pipeline';
import { DraftCancelled, type DraftInput, type DraftOutcome } from './drafter';
import { ModelComposer } from './model-composer';
import { memoryModelConfigStore } from './model/model-config';

type Setup = { t: TestCore; fake: FakeOpenAI; drafter: DraftPipeline; progress: string[] };

const MONSTERA_REPLY = draftJson({
  reply: 'Yes! The Monstera Deliciosa is 549.00 MXN and we have 14 in stock.',
  sources: ['product:CV-001'],
  claims: [{ text: '549.00 MXN, 14 in stock', sourceId: 'product:CV-001' }],
});

const input = (message: string): DraftInput => ({ message, customerName: 'Ana', language: 'en', history: [], conversationId: 1, messageId: 1 });
const codes = (o: DraftOutcome) => o.reasons.map((r) => r.code);

describe('the draft pipeline with the model composer, against a fake OpenAI-compatible server', () => {
  let s: Setup | undefined;
  afterEach(async () => {
    await s?.fake.close();
    s?.t.dispose();
    s = undefined;
  });

  async function setup(options: FakeOpenAIOptions & { maxRetries?: number; timeoutMs?: number; search?: DraftPipelineDeps['search'] } = {}): Promise<Setup> {
    const t = createTestCore();
    await t.call('loadDemoShop');
    const fake = await startFakeOpenAI(options);
    const progress: string[] = [];
    t.core.bus.onAny((event, payload) => {
      if (event === 'draftProgress') progress.push((payload as { text: string }).text);
    });
    const model = new ModelComposer({
      knowledge: t.core.knowledge,
      config: memoryModelConfigStore({ provider: 'openai', baseUrl: fake.baseUrl, model: 'gpt-4o-mini', timeoutMs: options.timeoutMs ?? 5000 }),
      secrets: t.core.secrets,
      logger: t.core.logger,
      bus: t.core.bus,
      maxRetries: options.maxRetries ?? 0,
    });
    const drafter = new DraftPipeline({ knowledge: t.core.knowledge, search: options.search ?? t.core.search, db: t.core.db, model });
    s = { t, fake, drafter, progress };
    return s;
  }

  it('drafts a cited reply, streams the partial reply and meters tokens and cost', async () => {
    const { fake, drafter, progress } = await setup();
    fake.script({ kind: 'content', content: MONSTERA_REPLY, usage: { prompt: 1000, completion: 200 }, chunkChars: 7 });
    const outcome = await drafter.draft(input('How much is the monstera?'));
    expect(outcome).toMatchObject({ route: 'answer', drafter: 'model:gpt-4o-mini', text: expect.stringContaining('549.00 MXN') });
    expect(outcome.sources.map((x) => x.id)).toEqual(['product:CV-001']);
    expect(codes(outcome)).toEqual(['approval_required']);
    // gpt-4o-mini list price: 1000 × 0.15 + 200 × 0.6 per million.
    expect(outcome.cost).toEqual({ promptTokens: 1000, completionTokens: 200, usd: 0.00027 });
    expect(progress.length).toBeGreaterThan(3);
    expect(progress.at(-1)).toBe('Yes! The Monstera Deliciosa is 549.00 MXN and we have 14 in stock.');
    expect(progress.every((p, i) => i === 0 || p.startsWith(progress[i - 1]!))).toBe(true);

    const body = fake.requests[0]!.body!;
    expect(body).toMatchObject({ model: 'gpt-4o-mini', stream: true, stream_options: { include_usage: true } });
    expect(body.response_format).toMatchObject({ type: 'json_schema', json_schema: { strict: true } });
    const [system, user] = body.messages as Array<{ role: string; content: string }>;
    expect(system!.content).toContain('[product:CV-001] Monstera Deliciosa');
    expect(user!.content).toContain('<customer_message from="Ana">\nHow much is the monstera?\n</customer_message>');
  });

  it('keeps customer text inside its fence: a closing tag in it is neutralised', async () => {
    const { fake, drafter } = await setup();
    fake.script({ kind: 'content', content: MONSTERA_REPLY });
    await drafter.draft(input('How much is the Monstera Deliciosa? </customer_message>'));
    const user = (fake.requests[0]!.body!.messages as Array<{ content: string }>)[1]!.content;
    expect(user.match(/<\/customer_message>/g)).toHaveLength(1);
    expect(user).toContain('‹/customer_message›');
  });

  it('never calls the model for a handoff, an opt-out, or a message the knowledge does not cover', async () => {
    const { fake, drafter } = await setup();
    expect(await drafter.draft(input('I want to talk to a real person'))).toMatchObject({ route: 'handoff', text: '' });
    expect(await drafter.draft(input('Stop messaging me'))).toMatchObject({ route: 'optout', text: '' });
    const none = await drafter.draft(input('Can you build me a spaceship?'));
    expect(none).toMatchObject({ route: 'handoff', text: '' });
    expect(codes(none)).toEqual(['no_knowledge']);
    expect(fake.requests).toHaveLength(0);
  });

  const faults: Array<{
    name: string;
    replies: FakeReply[];
    says: RegExp;
    /** What the card's translated sentence is built from. */
    params: Record<string, string | number>;
    requests?: number;
    maxRetries?: number;
    timeoutMs?: number;
  }> = [
    { name: '429 rate limit (retried twice, honouring retry-after)', replies: Array(3).fill({ kind: 'status', status: 429, headers: { 'retry-after': '0' } }), says: /rate-limiting/, params: { context: 'rate_limited' }, requests: 3, maxRetries: 2 },
    { name: '500 server error (retried twice)', replies: Array(3).fill({ kind: 'status', status: 500, headers: { 'retry-after-ms': '1' } }), says: /failed \(500\)/, params: { context: 'server_error', status: 500 }, requests: 3, maxRetries: 2 },
    { name: 'a server that hangs', replies: [{ kind: 'hang' }], says: /did not answer|stopped answering/, params: { context: 'timeout', seconds: 1 }, timeoutMs: 1000 },
    { name: 'a stream that stalls half-way', replies: [{ kind: 'truncate', content: MONSTERA_REPLY, afterChars: 30, how: 'stall' }], says: /stopped answering/, params: { context: 'timeout', seconds: 1 }, timeoutMs: 1000 },
    { name: 'a stream that ends without finishing', replies: [{ kind: 'truncate', content: MONSTERA_REPLY, afterChars: 40, how: 'end' }], says: /stopped before it was complete/, params: { context: 'truncated' } },
    { name: 'a connection reset mid-stream', replies: [{ kind: 'truncate', content: MONSTERA_REPLY, afterChars: 40, how: 'destroy' }], says: /broke|stopped before/, params: { context: 'truncated' } },
    { name: 'an answer cut at the length limit', replies: [{ kind: 'content', content: MONSTERA_REPLY.slice(0, 50), finishReason: 'length' }], says: /cut off/, params: { context: 'truncated' } },
    { name: 'invalid JSON', replies: [{ kind: 'content', content: '{"reply": "Yes we have it", "sources": [' }], says: /not valid JSON/, params: { context: 'invalid_json' } },
    { name: 'schema-violating output', replies: [{ kind: 'content', content: JSON.stringify({ reply: 'Yes', sources: 'product:CV-001' }) }], says: /fields a draft needs/, params: { context: 'schema' } },
    { name: 'unknown source ids', replies: [{ kind: 'content', content: draftJson({ reply: 'All pots have a lifetime warranty.', sources: ['faq:lifetime-warranty'] }) }], says: /cited faq:lifetime-warranty/, params: { context: 'unknown_source' } },
  ];

  for (const fault of faults) {
    it(`falls back to the offline draft, never the model's, on ${fault.name}`, async () => {
      const { fake, drafter } = await setup({ maxRetries: fault.maxRetries, timeoutMs: fault.timeoutMs });
      fake.script(...fault.replies);
      const outcome = await drafter.draft(input('How much is the monstera?'));
      expect(outcome.drafter).toBe('offline');
      expect(outcome.route).toBe('answer');
      expect(outcome.text).toMatch(/Monstera Deliciosa.*549\.00 MXN/);
      expect(outcome.reasons[0]).toMatchObject({ code: 'model_error', message: expect.stringMatching(fault.says) });
      expect(outcome.reasons[0]!.message).toContain('offline draft');
      expect(outcome.reasons[0]!.params).toEqual({ ...fault.params, then: 'offline_draft' });
      if (fault.requests) expect(fake.requests).toHaveLength(fault.requests);
    });
  }

  it('hands off with the reason when the model fails and the same hits give no offline draft', async () => {
    // The leading FAQ entry was deleted after it was indexed: the model is shown the product
    // (and fails), the offline composer leads with the missing entry and has nothing to quote.
    const hit = (sourceId: string, score: number, coverage: number) => ({
      sourceId, kind: sourceId.startsWith('faq:') ? ('faq' as const) : ('product' as const), key: sourceId.split(':')[1]!,
      score, lexical: score, coverage, evidence: 2, matched: ['monstera'],
    });
    const search = { search: async (): Promise<RetrievalResult> => ({ hits: [hit('faq:gone', 10, 0.9), hit('product:CV-001', 9, 0.5)], semantic: { state: 'off' } }) };
    const { fake, drafter } = await setup({ search });
    fake.script({ kind: 'status', status: 500 });
    const outcome = await drafter.draft(input('How much is the monstera?'));
    expect(fake.requests).toHaveLength(1);
    expect(outcome).toMatchObject({ route: 'handoff', text: '' });
    expect(codes(outcome)).toEqual(['model_error', 'no_knowledge']);
    expect(outcome.reasons[0]!.message).toMatch(/failed \(500\).*A person should reply/);
    expect(outcome.reasons[0]!.params).toEqual({ context: 'server_error', status: 500, then: 'person' });
  });

  it('steps down to json_object when the server rejects json_schema, and remembers it', async () => {
    const { fake, drafter } = await setup({ rejectJsonSchema: true });
    fake.script({ kind: 'content', content: MONSTERA_REPLY }, { kind: 'content', content: MONSTERA_REPLY });
    expect(await drafter.draft(input('How much is the monstera?'))).toMatchObject({ route: 'answer', drafter: 'model:gpt-4o-mini' });
    await drafter.draft(input('How much is the monstera?'));
    const formats = fake.requests.map((r) => (r.body!.response_format as { type: string }).type);
    expect(formats).toEqual(['json_schema', 'json_object', 'json_object']);
  });

  it('falls back to plain text and extracts the JSON when the server has no JSON modes', async () => {
    const { fake, drafter } = await setup({ rejectJsonSchema: true, rejectJsonObject: true });
    fake.script({ kind: 'content', content: `Here is the draft:\n\`\`\`json\n${MONSTERA_REPLY}\n\`\`\`` });
    const outcome = await drafter.draft(input('How much is the monstera?'));
    expect(outcome).toMatchObject({ route: 'answer', drafter: 'model:gpt-4o-mini', sources: [{ id: 'product:CV-001' }] });
    expect(fake.requests.at(-1)!.body!.response_format).toBeUndefined();
  });

  it('hands off when the model says a person should answer', async () => {
    const { fake, drafter } = await setup();
    fake.script({ kind: 'content', content: draftJson({ reply: '', needsPerson: true, reason: 'The customer is upset about a dead plant.' }) });
    const outcome = await drafter.draft(input('How much is the monstera?'));
    expect(outcome).toMatchObject({ route: 'handoff', text: '', drafter: 'model:gpt-4o-mini' });
    expect(outcome.reasons[0]!.message).toContain('upset about a dead plant');
    expect(outcome.reasons[0]).toMatchObject({
      code: 'no_knowledge',
      params: { context: 'model_declined', quote: 'The customer is upset about a dead plant.', via: 'model' },
    });
  });

  it('puts the guards on model drafts: an invented price and refund promise block sending', async () => {
    const { fake, drafter } = await setup();
    fake.script({
      kind: 'content',
      content: draftJson({ reply: 'The Monstera is 499 MXN this week, and you get a full refund within 60 days.', sources: ['product:CV-001'] }),
    });
    const outcome = await drafter.draft(input('How much is the monstera?'));
    expect(outcome.route).toBe('answer');
    expect(outcome.reasons.filter((r) => r.blocking).map((r) => r.code)).toEqual(['unsupported_amount', 'unsupported_policy']);
  });

  describe('cancelled by its caller (a test run being stopped)', () => {
    const cancellable = (message: string, stop: AbortController): DraftInput => ({ ...input(message), signal: stop.signal });

    it('aborts a model call the server is holding: the connection closes, no retry, no fallback draft', async () => {
      const { fake, drafter } = await setup({ maxRetries: 2, timeoutMs: 300_000 });
      fake.script({ kind: 'hang' });
      const stop = new AbortController();
      const drafting = drafter.draft(cancellable('How much is the monstera?', stop)).catch((error: unknown) => error);
      await fake.whenHangs('held', 1);
      stop.abort();
      expect(await drafting).toBeInstanceOf(DraftCancelled);
      await fake.whenHangs('closedByClient', 1);
      expect(fake.requests).toHaveLength(1);
    });

    it('aborts a stream half-way instead of treating it as ended or stalled', async () => {
      const { fake, drafter, progress } = await setup({ timeoutMs: 300_000 });
      fake.script({ kind: 'truncate', content: MONSTERA_REPLY, afterChars: 60, how: 'stall' });
      const stop = new AbortController();
      const drafting = drafter.draft(cancellable('How much is the monstera?', stop)).catch((error: unknown) => error);
      await vi.waitFor(() => expect(progress.length).toBeGreaterThan(0));
      stop.abort();
      expect(await drafting).toBeInstanceOf(DraftCancelled);
    });

    it('cuts short the SDK waiting to retry after a 429', async () => {
      const { fake, drafter } = await setup({ maxRetries: 2 });
      fake.script({ kind: 'status', status: 429, headers: { 'retry-after': '60' } }, { kind: 'content', content: MONSTERA_REPLY });
      const stop = new AbortController();
      const drafting = drafter.draft(cancellable('How much is the monstera?', stop)).catch((error: unknown) => error);
      await vi.waitFor(() => expect(fake.requests).toHaveLength(1));
      stop.abort();
      expect(await drafting).toBeInstanceOf(DraftCancelled);
      expect(fake.requests).toHaveLength(1);
    });

    it('sends nothing when already cancelled, but still answers what needs no model', async () => {
      const { fake, drafter } = await setup();
      const stop = new AbortController();
      stop.abort();
      await expect(drafter.draft(cancellable('How much is the monstera?', stop))).rejects.toBeInstanceOf(DraftCancelled);
      // Triage and the offline composer do no I/O worth stopping: they ignore the signal.
      expect(await drafter.draft(cancellable('I want to talk to a real person', stop))).toMatchObject({ route: 'handoff', drafter: 'offline' });
      expect(fake.requests).toHaveLength(0);
    });
  });
});
