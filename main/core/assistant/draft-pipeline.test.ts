import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../contract/schemas';
import { draftJson, startFakeOpenAI, type FakeOpenAI } from '../../testing/fake-openai/fake-openai-server';
import { createTestCore, type TestCore } from '../../testing/test-core';
import { inspectHandlers } from '../knowledge/inspect-handlers';
import type { RetrievalOptions } from '../knowledge/retrieval';
import { DraftPipeline } from './draft-pipeline';
import type { DraftInput } from './drafter';
import { runGuards } from './guards/guards';
import { ModelComposer } from './model-composer';
import { memoryModelConfigStore } from './model/model-config';
import { triage } from './triage';

type Turn = DraftInput['history'][number];
const input = (message: string, history: Turn[] = [], language: Language = 'en'): DraftInput => ({ message, customerName: 'Ana', language, history });

describe('the draft pipeline: each step once, and why on the outcome', () => {
  let t: TestCore;
  let fake: FakeOpenAI;
  beforeAll(async () => {
    t = createTestCore();
    await t.call('loadDemoShop');
    fake = await startFakeOpenAI();
  });
  afterAll(async () => {
    await fake.close();
    t.dispose();
  });

  /** A pipeline whose triage, search and guards count their calls (injected, not mocked). */
  function counted(options: { model?: boolean } = {}) {
    const calls = { triage: 0, search: 0, guards: 0, queries: [] as string[] };
    const model = options.model
      ? new ModelComposer({
          knowledge: t.core.knowledge,
          config: memoryModelConfigStore({ provider: 'openai', baseUrl: fake.baseUrl, model: 'gpt-4o-mini', timeoutMs: 5000 }),
          secrets: t.core.secrets,
          logger: t.core.logger,
          bus: t.core.bus,
          maxRetries: 0,
        })
      : undefined;
    const pipeline = new DraftPipeline({
      knowledge: t.core.knowledge,
      db: t.core.db,
      model,
      search: {
        search: (message: string, opts?: RetrievalOptions) => {
          calls.search++;
          calls.queries.push(message);
          return t.core.search.search(message, opts);
        },
      },
      triage: (...args) => {
        calls.triage++;
        return triage(...args);
      },
      guards: (ctx) => {
        calls.guards++;
        return runGuards(ctx);
      },
    });
    return { pipeline, calls };
  }

  it('offline: triage, search and guards run once, and the steps say what each found', async () => {
    const { pipeline, calls } = counted();
    const outcome = await pipeline.draft(input('How much is the monstera?'));
    expect(outcome).toMatchObject({ route: 'answer', drafter: 'offline', sources: [{ id: 'product:CV-001' }] });
    expect(calls).toMatchObject({ triage: 1, search: 1, guards: 1 });
    expect(outcome.steps).toMatchObject({
      triage: { route: 'answer', reasons: [], flags: [] },
      search: { query: 'How much is the monstera?', semantic: 'off' },
      gate: { covered: true, why: 'covered' },
      composer: 'offline',
      guards: [],
    });
    expect(outcome.steps?.search?.top[0]).toMatchObject({ id: 'product:CV-001', coverage: 1 });
    expect(outcome.steps?.fallback).toBeUndefined();
  });

  it('on a model fault: composes offline from the same hits — still one triage, one search, one guard pass', async () => {
    const { pipeline, calls } = counted({ model: true });
    fake.script({ kind: 'status', status: 500 });
    const before = fake.requests.length;
    const outcome = await pipeline.draft(input('How much is the monstera?'));
    expect(fake.requests.length - before).toBe(1);
    expect(outcome).toMatchObject({ route: 'answer', drafter: 'offline', sources: [{ id: 'product:CV-001' }] });
    expect(outcome.reasons[0]).toMatchObject({ code: 'model_error', params: { context: 'server_error', then: 'offline_draft' } });
    expect(calls).toMatchObject({ triage: 1, search: 1, guards: 1 });
    expect(outcome.steps).toMatchObject({ composer: 'offline', fallback: 'server_error', gate: { covered: true } });
  });

  it('a model draft is guarded once and says the model composed it', async () => {
    const { pipeline, calls } = counted({ model: true });
    fake.script({ kind: 'content', content: draftJson({ reply: 'The Monstera Deliciosa is 499.00 MXN.', sources: ['product:CV-001'] }) });
    const outcome = await pipeline.draft(input('How much is the monstera?'));
    expect(outcome.drafter).toBe('model:gpt-4o-mini');
    expect(calls).toMatchObject({ triage: 1, search: 1, guards: 1 });
    // The guard caught the invented price; the steps carry its code.
    expect(outcome.steps).toMatchObject({ composer: 'model', guards: ['unsupported_amount'] });
  });

  it('a handoff stops after triage: no search, no guards', async () => {
    const { pipeline, calls } = counted({ model: true });
    const before = fake.requests.length;
    const outcome = await pipeline.draft(input('can I talk to a human please'));
    expect(outcome).toMatchObject({ route: 'handoff', text: '', steps: { triage: { route: 'handoff', reasons: ['asked_for_person'] } } });
    expect(outcome.steps?.search).toBeUndefined();
    expect(calls).toMatchObject({ triage: 1, search: 0, guards: 0 });
    expect(fake.requests.length).toBe(before);
  });

  it('not covered: one search, the gate says why, nothing composed', async () => {
    const { pipeline, calls } = counted();
    const outcome = await pipeline.draft(input('Can you build me a spaceship?'));
    expect(outcome).toMatchObject({ route: 'handoff', reasons: [{ code: 'no_knowledge' }], steps: { gate: { covered: false, why: 'no_match' } } });
    expect(calls).toMatchObject({ triage: 1, search: 1, guards: 0 });
  });

  it('a follow-up searches once more with the earlier subject, and still triages once', async () => {
    const { pipeline, calls } = counted();
    const outcome = await pipeline.draft(input('is it in stock?', [{ from: 'customer', text: 'how much is the monstera?' }]));
    expect(outcome).toMatchObject({ route: 'answer', sources: [{ id: 'product:CV-001' }] });
    expect(calls).toMatchObject({ triage: 1, search: 2, guards: 1 });
    expect(calls.queries).toEqual(['is it in stock?', 'how much is the monstera?\nis it in stock?']);
    expect(outcome.steps?.search?.subject).toEqual({ from: 'history', text: 'how much is the monstera?', words: ['monstera'] });
  });

  it('small talk: triage once, no search, one guard pass', async () => {
    const { pipeline, calls } = counted();
    const outcome = await pipeline.draft(input('Hola', [], 'es'));
    expect(outcome).toMatchObject({ route: 'answer', steps: { turn: { smallTalk: 'greeting' }, gate: { why: 'small_talk' }, composer: 'small_talk' } });
    expect(calls).toMatchObject({ triage: 1, search: 0, guards: 1 });
  });
});

describe('the steps in the audit log', () => {
  let t: TestCore;
  beforeAll(async () => {
    t = createTestCore();
    await t.call('loadDemoShop');
  });
  afterAll(() => t.dispose());

  it('drafted and handed-off entries say what each step found', async () => {
    for (const text of ['how much is the monstera?', 'can I talk to a human please']) {
      await t.call('sendPracticeMessage', { customerName: 'Ana', language: 'en', text });
      await t.core.inbox.idle();
    }
    const audit = (await t.call<{ items: Array<{ action: string; detail: Record<string, unknown> }> }>('listAudit')).items;
    const drafted = audit.find((a) => a.action === 'assistant.drafted')!;
    expect(drafted.detail.steps).toMatchObject({ triage: { route: 'answer' }, gate: { covered: true, why: 'covered' }, composer: 'offline', guards: [] });
    const handoff = audit.find((a) => a.action === 'assistant.handoff')!;
    expect(handoff.detail.steps).toMatchObject({ triage: { route: 'handoff', reasons: ['asked_for_person'] } });
  });
});

describe('the inspect box and the drafter agree', () => {
  let t: TestCore;
  beforeAll(async () => {
    t = createTestCore();
    await t.call('loadDemoShop');
  });
  afterAll(() => t.dispose());

  it.each<[string, 'answer' | 'handoff' | 'optout', string]>([
    ['can I talk to a human', 'handoff', 'triage'],
    ['quiero hablar con una persona', 'handoff', 'triage'],
    ['please stop messaging me', 'optout', 'triage'],
    ['Can you build me a spaceship?', 'handoff', 'no_match'],
    ['What is the capital of France?', 'handoff', 'no_match'],
    ['monstera, write me a poem about love', 'handoff', 'weak_match'],
    ['how much is the monstera?', 'answer', 'covered'],
    ['¿cuánto cuestan las macetas de talavera?', 'answer', 'covered'],
    ['Berapa harga monstera?', 'answer', 'covered'],
    ['Can I return a pot I bought?', 'answer', 'covered'],
    ['Hola', 'answer', 'small_talk'],
    ['Hola! tienen monstera? precio?', 'answer', 'covered'],
  ])('"%s": %s (%s)', async (message, route, why) => {
    const inspected = await inspectHandlers(t.core).inspectRetrieval({ message });
    const drafted = await t.core.drafter.draft(input(message));
    expect({ route: inspected.route, why: inspected.why, wouldAnswer: inspected.wouldAnswer }).toEqual({ route, why, wouldAnswer: route === 'answer' });
    expect(drafted.route).toBe(route);
    expect(drafted.steps?.gate?.why ?? 'triage').toBe(why);
    // A drafted answer leads with the source the box ranks first.
    if (why === 'covered') expect(drafted.sources.map((s) => s.id)).toContain(inspected.hits[0]!.sourceId);
  });
});
