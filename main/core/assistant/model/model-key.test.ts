import { afterEach, describe, expect, it } from 'vitest';
import type { ModelConfig } from '../../../contract/model-schemas';
import { startFakeOpenAI, type FakeOpenAI } from '../../../testing/fake-openai/fake-openai-server';
import { createTestCore, type TestCore } from '../../../testing/test-core';
import type { z } from 'zod';

type Config = z.infer<typeof ModelConfig>;
const KEY = 'sk-owner-paid-key-7731';

/** Every Authorization header a fake server has seen. */
const authHeaders = (server: FakeOpenAI) => server.requests.map((r) => String(r.headers.authorization ?? ''));

describe('the model API key belongs to the server it was saved for', () => {
  let t: TestCore;
  const servers: FakeOpenAI[] = [];
  afterEach(async () => {
    for (const server of servers.splice(0)) await server.close();
    t?.dispose();
  });
  const server = async () => {
    const started = await startFakeOpenAI({ models: ['m'] });
    servers.push(started);
    return started;
  };

  it('never sends the key to a new base URL saved without a key', async () => {
    t = createTestCore();
    const [a, b] = [await server(), await server()];
    await t.call('saveModelConfig', { provider: 'custom', baseUrl: a.baseUrl, model: 'm', apiKey: KEY });
    expect(await t.call('testModelConnection')).toMatchObject({ ok: true });
    expect(authHeaders(a)).toContain(`Bearer ${KEY}`);

    // Only the address changes, as a staff member or a compromised screen could do.
    const saved = await t.call<Config>('saveModelConfig', { provider: 'custom', baseUrl: b.baseUrl, model: 'm' });
    expect(saved).toMatchObject({ baseUrl: b.baseUrl, hasApiKey: false });
    await t.call('testModelConnection');
    expect(b.requests.length).toBeGreaterThan(0);
    for (const header of authHeaders(b)) expect(header).not.toContain(KEY);
    expect(await t.core.secrets.get('model.apiKey')).toBeNull();
    const audit = (await t.call<{ items: Array<{ action: string; detail: Record<string, unknown> }> }>('listAudit')).items;
    expect(audit.filter((e) => e.action === 'model.configured').map((e) => e.detail.apiKey)).toEqual(['cleared_other_server', 'changed']);

    // The owner types the key for the new server: now it goes there.
    await t.call('saveModelConfig', { provider: 'custom', baseUrl: b.baseUrl, model: 'm', apiKey: 'sk-for-b' });
    await t.call('testModelConnection');
    expect(authHeaders(b).at(-1)).toBe('Bearer sk-for-b');
  });

  it('keeps the key when only the path or the model changes on the same server', async () => {
    t = createTestCore();
    const a = await server();
    await t.call('saveModelConfig', { provider: 'custom', baseUrl: a.baseUrl, model: 'm', apiKey: KEY });
    const moved = a.baseUrl.replace(/\/v1$/, '/api/v1');
    expect(await t.call<Config>('saveModelConfig', { provider: 'custom', baseUrl: moved, model: 'other' })).toMatchObject({ hasApiKey: true });
    expect(await t.call<Config>('saveModelConfig', { provider: 'none', baseUrl: '', model: '' })).toMatchObject({ hasApiKey: true });
    expect(await t.call<Config>('saveModelConfig', { provider: 'custom', baseUrl: a.baseUrl, model: 'm' })).toMatchObject({ hasApiKey: true });
    await t.call('testModelConnection');
    expect(authHeaders(a).at(-1)).toBe(`Bearer ${KEY}`);
  });

  it('drafting withholds a key stored for another server (settings edited outside the app)', async () => {
    t = createTestCore();
    await t.call('loadDemoShop');
    const [a, b] = [await server(), await server()];
    await t.call('saveModelConfig', { provider: 'custom', baseUrl: a.baseUrl, model: 'm', apiKey: KEY });
    t.core.modelConfig.set({ ...t.core.modelConfig.get(), baseUrl: b.baseUrl });
    await t.call('sendPracticeMessage', { customerName: 'Ana', language: 'en', text: 'What are your opening hours?' });
    await t.core.inbox.idle();
    expect(b.requests.some((r) => r.path.includes('/chat/completions'))).toBe(true);
    for (const header of authHeaders(b)) expect(header).not.toContain(KEY);
  });
});
