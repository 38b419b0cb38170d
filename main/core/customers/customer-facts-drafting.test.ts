import { afterEach, describe, expect, it } from 'vitest';
import type { CustomerCard } from '../../contract/customer-schemas';
import type { QueueItem } from '../../contract/schemas';
import { draftJson, startFakeOpenAI, type FakeOpenAI } from '../../testing/fake-openai/fake-openai-server';
import { createTestCore, type TestCore } from '../../testing/test-core';

const QUESTION = 'How much is the monstera in my size?';

describe('facts in drafts: only the customer\'s own, only approved', () => {
  let t: TestCore;
  let fake: FakeOpenAI | undefined;
  afterEach(async () => {
    await fake?.close();
    fake = undefined;
    t?.dispose();
  });

  async function chat(name: string, text: string): Promise<{ conversationId: number; messageId: number }> {
    const sent = await t.call<{ conversationId: number; messageId: number }>('sendPracticeMessage', { customerName: name, language: 'en', text });
    await t.core.inbox.idle();
    return sent;
  }
  const pending = async (conversationId: number) => (await t.call<{ item: QueueItem | null }>('getPendingDraft', { conversationId })).item!;
  /** A fact the model proposed, stored as the proposer stores it (waiting for a person). */
  const propose = (conversationId: number, text: string) =>
    t.core.customers.repo.addFact(t.core.customers.repo.customerOf(conversationId), { text, source: 'model', messageId: null, addedBy: 'assistant', at: t.clock.now() });

  it('offline: mentions and cites an approved fact that shares a word with the question; never another customer\'s, never a proposal', async () => {
    t = createTestCore();
    await t.call('loadDemoShop');
    const ana = await chat('Ana', 'hello');
    const bea = await chat('Bea', 'hello');
    const card = await t.call<CustomerCard>('saveCustomerFact', { conversationId: bea.conversationId, text: 'Buys size M monsteras' });
    const factId = card.facts[0]!.id;
    propose(ana.conversationId, 'Buys size L monsteras');
    await t.call('saveCustomerFact', { conversationId: bea.conversationId, text: 'Allergic to lilies' });

    await chat('Bea', QUESTION);
    const beas = await pending(bea.conversationId);
    expect(beas.route).toBe('answer');
    expect(beas.draft).toContain('We have noted: Buys size M monsteras.');
    expect(beas.draft).not.toContain('lilies');
    expect(beas.sources).toContainEqual(expect.objectContaining({ id: `fact:${factId}`, kind: 'fact', title: 'Buys size M monsteras' }));
    expect(beas.reasons.filter((r) => r.blocking)).toEqual([]);

    await chat('Ana', QUESTION);
    const anas = await pending(ana.conversationId);
    expect(anas.route).toBe('answer');
    expect(anas.draft).not.toMatch(/noted|size M monsteras|size L monsteras/);
    expect(anas.sources.some((s) => s.kind === 'fact')).toBe(false);

    // Once approved, Ana's own fact is used for her.
    const anaFact = (await t.call<CustomerCard>('getCustomerCard', { conversationId: ana.conversationId })).facts[0]!;
    expect(anaFact.status).toBe('proposed');
    await t.call('approveCustomerFact', { conversationId: ana.conversationId, id: anaFact.id });
    await chat('Ana', 'And how much is the monstera in my size today?');
    const again = await pending(ana.conversationId);
    expect(again.draft).toContain('Buys size L monsteras');
    expect(again.draft).not.toContain('size M monsteras');
  });

  it('model: the prompt carries the customer\'s approved facts only; citing them passes the source guard, citing another\'s does not', async () => {
    t = createTestCore();
    await t.call('loadDemoShop');
    fake = await startFakeOpenAI();
    await t.call('saveModelConfig', { provider: 'custom', baseUrl: fake.baseUrl, model: 'gpt-4o-mini', apiKey: 'sk-test' });
    // A greeting is small talk: answered without the model.
    const ana = await chat('Ana', 'hello');
    const bea = await chat('Bea', 'hello');
    const beaFact = (await t.call<CustomerCard>('saveCustomerFact', { conversationId: bea.conversationId, text: 'Buys zinnia seeds monthly' })).facts[0]!.id;
    const anaFact = (await t.call<CustomerCard>('saveCustomerFact', { conversationId: ana.conversationId, text: 'Prefers terracotta pots' })).facts[0]!.id;
    propose(ana.conversationId, 'Lives in Zapotlanejo barrio');

    // Ana's draft: the model cites Ana's own fact beside the product.
    fake.script({
      kind: 'content',
      content: draftJson({ reply: 'The Monstera Deliciosa costs 549.00 MXN.', sources: ['product:CV-001', `fact:${anaFact}`] }),
    });
    const before = fake.requests.length;
    await chat('Ana', 'How much is the monstera?');
    const prompt = JSON.stringify(fake.requests.slice(before).map((r) => r.body));
    expect(prompt).toContain(`[fact:${anaFact}]`);
    expect(prompt).toContain('Prefers terracotta pots');
    expect(prompt).not.toContain('zinnia');
    expect(prompt).not.toContain(`fact:${beaFact}`);
    expect(prompt).not.toContain('Zapotlanejo');
    const anas = await pending(ana.conversationId);
    expect(anas.drafter).toBe('model:gpt-4o-mini');
    expect(anas.sources).toEqual([expect.objectContaining({ id: 'product:CV-001' }), expect.objectContaining({ id: `fact:${anaFact}`, kind: 'fact' })]);
    expect(anas.reasons.filter((r) => r.blocking)).toEqual([]);

    // A model that cites another customer's fact is not believed: the draft falls back offline.
    await t.call('approveDraft', { draftId: anas.draftId, text: anas.draft });
    fake.script({ kind: 'content', content: draftJson({ reply: 'Yes, and your zinnia seeds too.', sources: ['product:CV-001', `fact:${beaFact}`] }) });
    await chat('Ana', 'How much is the monstera now?');
    const fallback = await pending(ana.conversationId);
    expect(fallback.drafter).toBe('offline');
    expect(fallback.reasons).toContainEqual(expect.objectContaining({ code: 'model_error', params: expect.objectContaining({ context: 'unknown_source' }) }));
    expect(fallback.draft).not.toContain('zinnia');
    expect(fallback.sources.map((x) => x.id)).not.toContain(`fact:${beaFact}`);
  });

  it('proposes facts with a model, linked to their message, and they wait for approval', async () => {
    t = createTestCore();
    await t.call('loadDemoShop');
    const ana = await chat('Ana', 'I am allergic to lilies, what plants are safe?');
    expect(await t.dispatch('suggestCustomerFacts', { conversationId: ana.conversationId })).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    fake = await startFakeOpenAI();
    await t.call('saveModelConfig', { provider: 'custom', baseUrl: fake.baseUrl, model: 'gpt-4o-mini', apiKey: 'sk-test' });
    fake.script({
      kind: 'content',
      content: JSON.stringify({ facts: [{ text: 'Allergic to lilies', messageId: ana.messageId }, { text: 'Has a cat', messageId: 424242 }, { text: 'allergic to lilies' }] }),
      usage: { prompt: 120, completion: 30 },
    });
    const result = await t.call<{ proposed: number; card: CustomerCard }>('suggestCustomerFacts', { conversationId: ana.conversationId });
    expect(result.proposed).toBe(2);
    expect(result.card.facts).toEqual([
      expect.objectContaining({ text: 'Allergic to lilies', status: 'proposed', source: 'model', addedBy: 'assistant', messageId: ana.messageId, messageText: 'I am allergic to lilies, what plants are safe?' }),
      expect.objectContaining({ text: 'Has a cat', status: 'proposed', messageId: null }),
    ]);
    const request = fake.requests.at(-1)!.body as { messages: Array<{ content: string }>; max_tokens: number };
    expect(request.max_tokens).toBeLessThanOrEqual(400);
    expect(request.messages[1]!.content).toContain(`[${ana.messageId}] I am allergic to lilies`);
    expect(t.core.customers.approvedFacts(ana.conversationId)).toEqual([]);
    // Asked again with the same answer: nothing new is proposed twice.
    fake.script({ kind: 'content', content: JSON.stringify({ facts: [{ text: 'Allergic to lilies', messageId: ana.messageId }] }) });
    expect((await t.call<{ proposed: number }>('suggestCustomerFacts', { conversationId: ana.conversationId })).proposed).toBe(0);
    const id = result.card.facts[0]!.id;
    await t.call('approveCustomerFact', { conversationId: ana.conversationId, id });
    expect(t.core.customers.approvedFacts(ana.conversationId)).toEqual([{ id, text: 'Allergic to lilies' }]);
  });
});
