import { afterEach, describe, expect, it } from 'vitest';
import type { CustomerCard } from '../../contract/customer-schemas';
import type { QueueItem } from '../../contract/schemas';
import { draftJson, startFakeOpenAI, type FakeOpenAI, type FakeReply, type RecordedRequest } from '../../testing/fake-openai/fake-openai-server';
import { createTestCore, type TestCore } from '../../testing/test-core';
import { AUTO_PROPOSE_QUIET_MS } from './fact-autoproposer';

const MINUTE = 60_000;
const FACT = 'Only buys terracotta pots';

/** Whether a request to the model is the fact proposer's (its instructions), not a draft. */
const isProposal = (r: RecordedRequest) => JSON.stringify(r.body).includes('remember its customers');

describe('facts proposed in the background', () => {
  let t: TestCore;
  let fake: FakeOpenAI | undefined;
  afterEach(async () => {
    await fake?.close();
    fake = undefined;
    t?.dispose();
  });

  async function chat(name: string, text: string) {
    const sent = await t.call<{ conversationId: number; messageId: number }>('sendPracticeMessage', { customerName: name, language: 'en', text });
    await t.core.inbox.idle();
    return sent;
  }
  /** A person answers in the chat, and it leaves. */
  async function answer(conversationId: number, text: string) {
    await t.call('sendReply', { conversationId, text });
    await t.core.outbox.kick();
  }
  /** Lets `ms` pass on the clock and the timers, then waits for proposals under way. */
  async function pass(ms: number) {
    t.clock.advance(ms);
    t.timers.advance(ms);
    await t.core.factProposals.idle();
  }
  const proposalCalls = () => fake!.requests.filter(isProposal).length;
  const card = (conversationId: number) => t.call<CustomerCard>('getCustomerCard', { conversationId });
  const pending = async (conversationId: number) => (await t.call<{ item: QueueItem | null }>('getPendingDraft', { conversationId })).item!;

  async function shopWithModel(proposals: (r: RecordedRequest) => FakeReply) {
    t = createTestCore();
    await t.call('loadDemoShop');
    fake = await startFakeOpenAI({
      fallback: (r) => (isProposal(r) ? proposals(r) : { kind: 'content', content: draftJson({ reply: 'The Monstera Deliciosa costs 549.00 MXN.', sources: ['product:CV-001'] }) }),
    });
    await t.call('saveModelConfig', { provider: 'custom', baseUrl: fake.baseUrl, model: 'gpt-4o-mini', apiKey: 'sk-test' });
  }

  it('once a turn is answered and the chat is quiet, proposes once per stretch; drafts use them only after approval', async () => {
    await shopWithModel(() => ({ kind: 'content', content: JSON.stringify({ facts: [{ text: FACT }] }) }));
    const ana = await chat('Ana', 'I only ever buy terracotta pots. How much is the monstera?');
    // Not answered yet: nothing, however long it waits.
    await pass(2 * AUTO_PROPOSE_QUIET_MS);
    expect(proposalCalls()).toBe(0);

    await answer(ana.conversationId, 'It is 549 MXN, and we have terracotta pots for it.');
    await pass(AUTO_PROPOSE_QUIET_MS - MINUTE);
    expect(proposalCalls()).toBe(0);
    await pass(MINUTE);
    expect(proposalCalls()).toBe(1);
    // Nobody clicked: the fact waits on the card as a proposal by the assistant.
    expect((await card(ana.conversationId)).facts).toEqual([expect.objectContaining({ text: FACT, status: 'proposed', source: 'model', addedBy: 'assistant' })]);
    expect(t.core.customers.approvedFacts(ana.conversationId)).toEqual([]);
    // The same stretch is never read twice.
    await pass(10 * AUTO_PROPOSE_QUIET_MS);
    expect(proposalCalls()).toBe(1);

    // The next question is drafted without the proposal.
    let before = fake!.requests.length;
    await chat('Ana', 'Which pot would fit the monstera?');
    const unapproved = await pending(ana.conversationId);
    expect(JSON.stringify(fake!.requests.slice(before).filter((r) => !isProposal(r)).map((r) => r.body))).not.toContain(FACT);
    expect(unapproved.sources.some((s) => s.kind === 'fact')).toBe(false);
    expect(unapproved.draft).not.toContain(FACT);

    // Approved by a person, it reaches the next prompt.
    const fact = (await card(ana.conversationId)).facts[0]!;
    await t.call('approveCustomerFact', { conversationId: ana.conversationId, id: fact.id });
    before = fake!.requests.length;
    await chat('Ana', 'And a saucer for that pot?');
    expect(JSON.stringify(fake!.requests.slice(before).filter((r) => !isProposal(r)).map((r) => r.body))).toContain(FACT);
    // A new stretch of customer messages, answered and quiet: read once more.
    await answer(ana.conversationId, 'Yes, 80 MXN.');
    await pass(AUTO_PROPOSE_QUIET_MS);
    expect(proposalCalls()).toBe(2);
  });

  it('never for an opted-out customer, not when the owner switched it off, and a failing model is only logged', async () => {
    await shopWithModel(() => ({ kind: 'status', status: 500, message: 'boom' }));
    // A failing call: no facts, no retry for the same stretch, and the chat goes on.
    const cy = await chat('Cy', 'I am allergic to lilies, which plants are safe?');
    await answer(cy.conversationId, 'The monstera is fine.');
    await pass(AUTO_PROPOSE_QUIET_MS);
    expect(proposalCalls()).toBe(1);
    expect((await card(cy.conversationId)).facts).toEqual([]);
    await pass(10 * AUTO_PROPOSE_QUIET_MS);
    expect(proposalCalls()).toBe(1);

    // Opted out, then resolved by a person (resolving is otherwise a moment to propose).
    const bea = await chat('Bea', 'Stop messaging me');
    expect((await pending(bea.conversationId)).route).toBe('optout');
    await t.call('setConversationStatus', { conversationId: bea.conversationId, status: 'resolved' });
    await pass(10 * AUTO_PROPOSE_QUIET_MS);
    expect(proposalCalls()).toBe(1);

    // Resolving a chat proposes at once; switched off, nothing.
    const dan = await chat('Dan', 'My balcony faces north, what grows there?');
    await t.call('setConversationStatus', { conversationId: dan.conversationId, status: 'resolved' });
    await pass(0);
    expect(proposalCalls()).toBe(2);
    await t.call('updateSettings', { autoProposeFacts: false });
    const eve = await chat('Eve', 'I live in Guadalajara, do you ship there?');
    await answer(eve.conversationId, 'Yes, we ship to Guadalajara.');
    await pass(10 * AUTO_PROPOSE_QUIET_MS);
    expect(proposalCalls()).toBe(2);
    expect(t.core.factProposals.dueAt(eve.conversationId)).toBeNull();
  });
});
