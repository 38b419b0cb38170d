import { afterEach, describe, expect, it } from 'vitest';
import type { QueueItem } from '../../contract/schemas';
import { createTestCore, type TestCore } from '../../testing/test-core';
import type { ChannelAdapter, SendRequest } from '../channels/channel-adapter';

/** A practice adapter that records what it sent and can be told to fail. */
const recordingAdapter = (fail?: string) => {
  const sent: SendRequest[] = [];
  const adapter: ChannelAdapter = {
    kind: 'practice',
    send: async (request) => {
      if (fail) return { ok: false, error: fail };
      sent.push(request);
      return { ok: true };
    },
  };
  return { adapter, sent };
};

describe('the outbox', () => {
  const cores: TestCore[] = [];
  afterEach(() => cores.splice(0).forEach((c) => c.dispose()));

  it('delivers an approval left pending by a crash exactly once after restart', async () => {
    const first = createTestCore();
    await first.call('loadDemoShop');
    await first.call('sendPracticeMessage', { customerName: 'Ana', language: 'en', text: 'opening hours?' });
    await first.core.inbox.idle();
    const [item] = (await first.call<{ items: QueueItem[] }>('listQueue')).items;
    // Simulate a crash between approval and send: approve through the repository path in one
    // transaction (as ReviewService does) but never let the worker run.
    first.core.db.exec('BEGIN');
    first.core.drafts.decide(item!.draftId, 'approved', 'Owner', 1, 'See you at 9!');
    first.core.outbox.enqueue({ conversationId: item!.conversationId, draftId: item!.draftId, text: 'See you at 9!', author: 'Owner' });
    first.core.db.exec('COMMIT');
    first.close();

    const { adapter, sent } = recordingAdapter();
    const second = createTestCore({ dataDir: first.dataDir, adapters: [adapter] });
    cores.push(second);
    await second.core.start();
    await second.core.start();
    expect(sent.map((s) => s.text)).toEqual(['See you at 9!']);
    expect(second.core.outbox.pendingCount()).toBe(0);
    expect(() =>
      second.core.outbox.enqueue({ conversationId: item!.conversationId, draftId: item!.draftId, text: 'again', author: 'Owner' }),
    ).toThrow(/UNIQUE/);
  });

  it('surfaces a failed send and does not retry it', async () => {
    const { adapter } = recordingAdapter('463: not allowed');
    const t = createTestCore({ adapters: [adapter] });
    cores.push(t);
    await t.call('loadDemoShop');
    const { conversationId } = await t.call<{ conversationId: number }>('sendPracticeMessage', { customerName: 'Ana', language: 'en', text: 'opening hours?' });
    await t.core.inbox.idle();
    const [item] = (await t.call<{ items: QueueItem[] }>('listQueue')).items;
    await t.call('approveDraft', { draftId: item!.draftId, text: item!.draft });
    await t.core.outbox.kick();
    await t.core.outbox.kick();
    const view = await t.call<{ messages: Array<{ direction: string; status: string }> }>('getConversation', { conversationId });
    expect(view.messages.filter((m) => m.direction === 'out').map((m) => m.status)).toEqual(['failed']);
    expect(t.core.audit.list(20).filter((a) => a.action === 'message.failed')).toHaveLength(1);
  });
});
