import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ModelConfig } from '../../contract/model-schemas';
import type { QueueItem } from '../../contract/schemas';
import { draftJson, startFakeOpenAI, type FakeOpenAI } from '../../testing/fake-openai/fake-openai-server';
import { createTestCore, type TestCore } from '../../testing/test-core';
import type { z } from 'zod';

type Config = z.infer<typeof ModelConfig>;

describe('the model through the practice chat', () => {
  let t: TestCore;
  let fake: FakeOpenAI | undefined;
  afterEach(async () => {
    await fake?.close();
    fake = undefined;
    t?.dispose();
  });

  const queue = async () => (await t.call<{ items: QueueItem[] }>('listQueue')).items;

  it('saves the config without ever returning the key, and refuses plain http to another machine', async () => {
    t = createTestCore();
    const initial = await t.call<Config>('getModelConfig');
    expect(initial).toMatchObject({ provider: 'none', hasApiKey: false });
    expect(initial.prices['gpt-4o-mini']).toEqual({ inputPerMTok: 0.15, outputPerMTok: 0.6 });

    const saved = await t.call<Config>('saveModelConfig', { provider: 'openai', baseUrl: '', model: 'gpt-4o-mini', apiKey: 'sk-secret-123' });
    expect(saved).toMatchObject({ provider: 'openai', baseUrl: 'https://api.openai.com/v1', model: 'gpt-4o-mini', hasApiKey: true });
    expect(JSON.stringify(saved)).not.toContain('sk-secret');
    expect(readFileSync(join(t.dataDir, 'model.json'), 'utf8')).not.toContain('sk-secret');
    expect(await t.core.secrets.get('model.apiKey')).toBe('sk-secret-123');

    // Another server: the OpenAI key does not follow it there.
    expect(await t.call<Config>('saveModelConfig', { provider: 'ollama', baseUrl: '', model: 'llama3.2' })).toMatchObject({
      baseUrl: 'http://localhost:11434/v1',
      hasApiKey: false,
    });
    const refused = await t.dispatch('saveModelConfig', { provider: 'custom', baseUrl: 'http://203.0.113.20:8080/v1', model: 'x' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'bad_input', message: expect.stringContaining('localhost') } });
    const unconfirmed = await t.dispatch('saveModelConfig', { provider: 'custom', baseUrl: 'http://192.168.1.20:8080/v1', model: 'x' });
    expect(unconfirmed).toMatchObject({ ok: false, error: { code: 'bad_input', message: expect.stringContaining('confirm') } });
    const lan = await t.call<Config>('saveModelConfig', { provider: 'custom', baseUrl: 'http://192.168.1.20:8080/v1', model: 'x', allowLocalNetworkHttp: true });
    expect(lan).toMatchObject({ baseUrl: 'http://192.168.1.20:8080/v1', allowLocalNetworkHttp: true });
    expect(JSON.parse(readFileSync(join(t.dataDir, 'model.json'), 'utf8'))).toMatchObject({ allowLocalNetworkHttp: true });
    expect(await t.call<Config>('saveModelConfig', { provider: 'none', baseUrl: '', model: '', apiKey: null })).toMatchObject({ hasApiKey: false });
    const audit = (await t.call<{ items: Array<{ action: string; detail: Record<string, unknown> }> }>('listAudit')).items;
    expect(audit.filter((a) => a.action === 'model.configured')).toHaveLength(4);
    expect(JSON.stringify(audit)).not.toContain('sk-secret');
  });

  it('tests the connection and lists the server models', async () => {
    t = createTestCore();
    fake = await startFakeOpenAI({ models: ['gpt-4o-mini', 'gpt-4o'] });
    expect((await t.call<{ ok: boolean }>('testModelConnection')).ok).toBe(false);
    await t.call('saveModelConfig', { provider: 'custom', baseUrl: fake.baseUrl, model: 'gpt-4o-mini', apiKey: 'sk-test' });
    expect(await t.call('testModelConnection')).toMatchObject({ ok: true, models: ['gpt-4o', 'gpt-4o-mini'] });
    await t.call('saveModelConfig', { provider: 'custom', baseUrl: fake.baseUrl, model: 'missing' });
    expect(await t.call('testModelConnection')).toMatchObject({ ok: false, message: expect.stringContaining('no model named "missing"') });
  });

  it('drafts a cited reply through the practice chat, streams progress and sums the cost per day', async () => {
    t = createTestCore();
    await t.call('loadDemoShop');
    fake = await startFakeOpenAI();
    await t.call('saveModelConfig', { provider: 'openai', baseUrl: fake.baseUrl, model: 'gpt-4o-mini', apiKey: 'sk-test' });
    const progress: Array<{ conversationId: number; messageId: number; text: string }> = [];
    t.core.bus.onAny((event, payload) => {
      if (event === 'draftProgress') progress.push(payload as (typeof progress)[number]);
    });
    fake.script({
      kind: 'content',
      content: draftJson({
        reply: 'Hi Ana! Unused pots can be returned within 14 days with the receipt, and we refund to the original payment method within 5 business days.',
        sources: ['faq:returns'],
        claims: [{ text: 'returns within 14 days', sourceId: 'faq:returns' }],
      }),
      usage: { prompt: 800, completion: 60 },
    });
    const sent = await t.call<{ conversationId: number; messageId: number }>('sendPracticeMessage', {
      customerName: 'Ana',
      language: 'en',
      text: 'Can I return a pot I bought last week?',
    });
    await t.core.inbox.idle();
    const [item] = await queue();
    expect(item).toMatchObject({ route: 'answer', drafter: 'model:gpt-4o-mini', cost: { promptTokens: 800, completionTokens: 60 } });
    expect(item!.sources).toMatchObject([{ id: 'faq:returns', policy: true }]);
    expect(item!.reasons.map((r) => r.code)).toEqual(['approval_required', 'policy_quoted']);
    expect(item!.draft).toContain('within 14 days');
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.at(-1)).toMatchObject({ conversationId: sent.conversationId, messageId: sent.messageId });
    expect(fake.requests[0]!.headers.authorization).toBe('Bearer sk-test');

    fake.script({ kind: 'content', content: draftJson({ reply: 'Yes, Monstera Deliciosa is 549.00 MXN.', sources: ['product:CV-001'] }), usage: { prompt: 700, completion: 40 } });
    await t.call('sendPracticeMessage', { customerName: 'Luis', language: 'en', text: 'How much is the monstera?' });
    await t.core.inbox.idle();
    const summary = await t.call<{ days: Array<{ drafts: number; promptTokens: number; completionTokens: number; usd: number }> }>('getCostSummary', { days: 7 });
    expect(summary.days).toHaveLength(1);
    expect(summary.days[0]).toMatchObject({ drafts: 2, promptTokens: 1500, completionTokens: 100, tests: { drafts: 0, promptTokens: 0, completionTokens: 0, usd: 0 } });
    expect(summary.days[0]!.usd).toBeCloseTo((1500 * 0.15 + 100 * 0.6) / 1e6, 9);
  });

  it('will not send a draft with an invented price until a person edits it', async () => {
    t = createTestCore();
    await t.call('loadDemoShop');
    fake = await startFakeOpenAI();
    await t.call('saveModelConfig', { provider: 'custom', baseUrl: fake.baseUrl, model: 'local-model' });
    fake.script({ kind: 'content', content: draftJson({ reply: 'The Monstera Deliciosa is 399 MXN today.', sources: ['product:CV-001'] }) });
    await t.call('sendPracticeMessage', { customerName: 'Ana', language: 'en', text: 'How much is the monstera?' });
    await t.core.inbox.idle();
    const [item] = await queue();
    expect(item!.cost).toMatchObject({ usd: 0 });
    expect(item!.reasons.find((r) => r.code === 'unsupported_amount')).toMatchObject({ blocking: true });
    const refused = await t.dispatch('approveDraft', { draftId: item!.draftId, text: item!.draft });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const edited = await t.call<QueueItem>('approveDraft', { draftId: item!.draftId, text: 'The Monstera Deliciosa is 549.00 MXN.' });
    expect(edited.status).toBe('approved');
  });
});
