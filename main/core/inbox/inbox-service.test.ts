import { pino } from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { QueueItem } from '../../contract/schemas';
import { startFakeOpenAI, type FakeOpenAI } from '../../testing/fake-openai/fake-openai-server';
import { createTestCore, type TestCore } from '../../testing/test-core';
import { InboxService } from './inbox-service';

describe('drafting in the background', () => {
  let t: TestCore;
  let fake: FakeOpenAI | undefined;
  afterEach(async () => {
    await t?.core.inbox.idle();
    await fake?.close();
    fake = undefined;
    t?.dispose();
  });

  const queue = async () => (await t.call<{ items: QueueItem[] }>('listQueue')).items;

  it('returns from sendPracticeMessage once the message is stored, while the model is still drafting', async () => {
    t = createTestCore();
    await t.call('loadDemoShop');
    fake = await startFakeOpenAI();
    await t.call('saveModelConfig', { provider: 'custom', baseUrl: fake.baseUrl, model: 'slow-model', timeoutMs: 1000 });
    fake.script({ kind: 'hang' });
    const landed: number[] = [];
    t.core.bus.onAny((event, payload) => {
      if (event === 'queueChanged') landed.push((payload as { pending: number }).pending);
    });

    const sent = await t.call<{ conversationId: number; messageId: number }>('sendPracticeMessage', {
      customerName: 'Ana',
      language: 'en',
      text: 'Can I return a pot I bought last week?',
    });
    // The model has not answered (it never will): the message is there, the draft is not yet.
    const view = await t.call<{ messages: Array<{ id: number; text: string }> }>('getConversation', { conversationId: sent.conversationId });
    expect(view.messages.map((m) => m.id)).toEqual([sent.messageId]);
    expect(await queue()).toEqual([]);
    expect(landed).toEqual([]);

    // After the model's timeout the fault path takes over: the offline draft, with the reason.
    await vi.waitFor(() => expect(landed).toEqual([1]), { timeout: 10_000 });
    const [item] = await queue();
    expect(item!.reasons[0]!.code).toBe('model_error');
    expect(item!.customerMessage).toBe('Can I return a pot I bought last week?');
  });

  it('turns a drafter that throws into a logged handoff, never an unhandled rejection', async () => {
    t = createTestCore();
    await t.call('loadDemoShop');
    const logged: string[] = [];
    const logger = pino({ level: 'error' }, { write: (line: string) => void logged.push(line) });
    const { db, clock, audit, conversations, drafts, bus } = t.core;
    const inbox = new InboxService({
      db,
      clock,
      logger,
      audit,
      conversations,
      drafts,
      bus,
      drafter: { draft: async () => Promise.reject(new Error('index is corrupt')) },
    });
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      const received = inbox.receive({ channel: 'practice', chatId: 'p:bo', messageId: 'm1', customerName: 'Bo', language: 'en', text: 'hours?', at: 1 });
      const draftId = await received.drafted;
      expect(draftId).not.toBeNull();
      const [item] = await queue();
      expect(item).toMatchObject({ draftId, route: 'handoff', draft: '', drafter: 'none' });
      expect(item!.reasons.map((r) => r.code)).toEqual(['model_error']);
      expect(conversations.get(received.conversationId)!.state).toBe('needs_person');
      expect(logged.some((line) => line.includes('drafting failed') && line.includes('index is corrupt'))).toBe(true);
      // The notice comes from the core's attention service, which watches the same bus.
      expect(t.notifications.map((n) => n.title).filter((title) => title.startsWith('Bo '))).toHaveLength(1);
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });

  it('drafts one chat in order even when messages arrive faster than drafts', async () => {
    t = createTestCore();
    await t.call('loadDemoShop');
    const send = (text: string) => t.call('sendPracticeMessage', { customerName: 'Ana', language: 'en', text });
    await send('I want to talk to a human please');
    await send('hello? anyone?');
    await t.core.inbox.idle();
    // Asking for a person sticks: the second message joins the turn's card, not drafted.
    const items = await queue();
    expect(items.map((i) => [i.customerMessage, i.reasons.map((r) => r.code)])).toEqual([['I want to talk to a human please\nhello? anyone?', ['asked_for_person', 'waiting_for_person']]]);
  });

  it('indexes a new customer’s name with the message, so drafting commits nothing for it', async () => {
    t = createTestCore();
    await t.call('loadDemoShop');
    const received = t.core.inbox.receive({ channel: 'practice', chatId: 'p:zoe', messageId: 'm1', customerName: 'Zoë Brandt', language: 'en', text: 'hours?', at: 1 });
    // Before any draft ran: the name is folded and nothing is left queued for the guard to fold.
    expect(t.core.db.prepare('SELECT folded FROM customer_names').all()).toEqual([{ folded: 'zoe brandt' }]);
    expect(t.core.db.prepare('SELECT COUNT(*) AS n FROM customer_names_dirty').get()).toEqual({ n: 0 });
    await received.drafted;
  });
});
