import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../contract/schemas';
import { createTestCore, type TestCore } from '../../testing/test-core';
import type { DraftInput } from './drafter';

describe('the offline drafter on the demo shop', () => {
  let t: TestCore;
  beforeAll(async () => {
    t = createTestCore();
    await t.call('loadDemoShop');
  });
  afterAll(() => t.dispose());

  const draft = (message: string, language: Language = 'en') => {
    const input: DraftInput = { message, customerName: 'Ana', language, history: [] };
    return t.core.drafter.draft(input);
  };

  it('quotes a policy word for word and cites it first', async () => {
    const returns = t.core.knowledge.faqsById(['returns']).get('returns')!;
    const outcome = await draft('Can I return a pot I bought?');
    expect(outcome.route).toBe('answer');
    expect(outcome.sources[0]).toMatchObject({ id: 'faq:returns', policy: true });
    expect(outcome.text).toContain(`"${returns.answer}"`);
    expect(outcome.reasons.map((r) => r.code)).toEqual(['approval_required', 'policy_quoted']);
  });

  it('gives product prices and stock exactly as in the catalog', async () => {
    const outcome = await draft('do you have monstera?');
    const monstera = [...t.core.knowledge.productsBySku(['CV-001']).values()][0]!;
    expect(outcome.sources[0]!.id).toBe('product:CV-001');
    expect(outcome.text).toContain(`${monstera.price} ${monstera.currency}`);
    expect(outcome.text).toContain(`${monstera.stock} in stock`);
    // Every amount in the draft belongs to a cited product.
    const cited = t.core.knowledge.productsBySku(outcome.sources.filter((s) => s.kind === 'product').map((s) => s.id.slice(8)));
    const amounts = outcome.text.match(/\d+\.\d{2}/g) ?? [];
    for (const amount of amounts) expect([...cited.values()].some((p) => p.price === amount)).toBe(true);
  });

  it.each<[string, Language, string]>([
    ['¿A qué hora abren?', 'es', 'faq:hours'],
    ['donde estan ubicados', 'es', 'faq:location'],
    ['vocês entregam em casa?', 'pt', 'faq:shipping'],
    ['bisa bayar pakai kartu kredit?', 'id', 'faq:payment'],
  ])('finds the answer to %s (%s)', async (message, language, source) => {
    const outcome = await draft(message, language);
    expect(outcome.route).toBe('answer');
    expect(outcome.sources[0]!.id).toBe(source);
  });

  it('writes its own words in the customer language', async () => {
    expect((await draft('¿A qué hora abren?', 'es')).text).toMatch(/^¡Hola, Ana!/);
    expect((await draft('jam buka toko?', 'id')).text).toMatch(/^Halo Ana!/);
  });

  it('invents nothing when the knowledge has no answer', async () => {
    for (const message of ['Can you build me a spaceship?', 'What is the capital of France?', '?']) {
      const outcome = await draft(message);
      expect(outcome).toMatchObject({ route: 'handoff', text: '', sources: [] });
    }
  });

  it.each(['I want to talk to a human', 'quiero hablar con una persona', 'posso falar com um atendente?', 'mujhe kisi insaan se baat karni hai'])(
    'hands "%s" to a person',
    async (message) => {
      const outcome = await draft(message);
      expect(outcome.route).toBe('handoff');
      expect(outcome.reasons[0]!.code).toBe('asked_for_person');
    },
  );

  it('recognises opt-outs', async () => {
    expect((await draft('stop messaging me')).route).toBe('optout');
    expect((await draft('dejen de escribirme por favor')).route).toBe('optout');
  });
});
