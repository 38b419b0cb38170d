import { afterEach, describe, expect, it } from 'vitest';
import type { Dispatch } from '../handlers';
import type { QueueItem } from '../../contract/schemas';
import { createTestCore, type TestCore } from '../../testing/test-core';
import type { ChannelAdapter, SendRequest } from '../channels/channel-adapter';

const WINDOW = 5000;

/** A practice adapter that records sends; with `hold`, each send waits until released. */
function practiceAdapter(hold = false) {
  const sent: SendRequest[] = [];
  let release: () => void = () => {};
  let started: (request: SendRequest) => void = () => {};
  const startedSend = new Promise<SendRequest>((resolve) => (started = resolve));
  const adapter: ChannelAdapter = {
    kind: 'practice',
    send: async (request) => {
      started(request);
      if (hold) await new Promise<void>((resolve) => (release = resolve));
      sent.push(request);
      return { ok: true };
    },
  };
  return { adapter, sent, startedSend, release: () => release() };
}

async function errorOf(dispatch: Dispatch, channel: string, input: unknown) {
  const result = await dispatch(channel, input);
  return result.ok ? null : result.error;
}

describe('undo after send', () => {
  const cores: TestCore[] = [];
  afterEach(() => cores.splice(0).forEach((c) => c.dispose()));

  async function chatWithDraft(t: TestCore) {
    await t.call('loadDemoShop');
    const { conversationId } = await t.call<{ conversationId: number }>('sendPracticeMessage', { customerName: 'Ana', language: 'en', text: 'What time do you open on Saturday?' });
    await t.core.inbox.idle();
    const [item] = (await t.call<{ items: QueueItem[] }>('listQueue')).items;
    return { conversationId, item: item! };
  }

  it('holds an approved reply for the undo window, and undo before hand-off cancels it and reopens the draft', async () => {
    const practice = practiceAdapter();
    const t = createTestCore({ adapters: [practice.adapter], undoSendMs: WINDOW });
    cores.push(t);
    const { conversationId, item } = await chatWithDraft(t);
    await t.call('approveDraft', { draftId: item.draftId, text: 'We open at 9, Ana.' });
    await t.core.outbox.kick();
    expect(practice.sent).toEqual([]);
    expect(t.core.console.row(conversationId)!.need).not.toBe('draft_ready');

    const undone = await t.call<{ text: string; draftId: number; reopened: number[] }>('undoSend', { draftId: item.draftId });
    expect(undone).toMatchObject({ text: 'We open at 9, Ana.', draftId: item.draftId, reopened: [item.draftId] });
    expect(t.core.drafts.get(item.draftId)!.status).toBe('pending');
    expect(t.core.console.row(conversationId)!.need).toBe('draft_ready');
    const messages = (await t.call<{ messages: Array<{ direction: string }> }>('getConversation', { conversationId })).messages;
    expect(messages.filter((m) => m.direction === 'out')).toEqual([]);

    // The window passes: nothing leaves. Approving again queues it afresh, and it goes once.
    t.clock.advance(WINDOW);
    t.timers.advance(WINDOW);
    await t.core.outbox.kick();
    expect(practice.sent).toEqual([]);
    await t.call('approveDraft', { draftId: item.draftId, text: 'We open at 9:00, Ana.' });
    t.clock.advance(WINDOW);
    t.timers.advance(WINDOW);
    await t.core.outbox.kick();
    expect(practice.sent.map((s) => s.text)).toEqual(['We open at 9:00, Ana.']);
    expect(t.core.drafts.get(item.draftId)!.status).toBe('sent');
    expect(t.core.audit.list(50).map((a) => a.action)).toContain('message.unsent');
  });

  it('refuses undo once the reply was handed to its channel, and after it was sent', async () => {
    const practice = practiceAdapter(true);
    const t = createTestCore({ adapters: [practice.adapter], undoSendMs: WINDOW });
    cores.push(t);
    const { item } = await chatWithDraft(t);
    await t.call('approveDraft', { draftId: item.draftId, text: item.draft });
    // The window's timer wakes the worker, which hands the reply over.
    t.clock.advance(WINDOW);
    t.timers.advance(WINDOW);
    await practice.startedSend;
    const during = await errorOf(t.dispatch, 'undoSend', { draftId: item.draftId });
    expect(during?.code).toBe('conflict');
    practice.release();
    await t.core.outbox.kick();
    expect(practice.sent).toHaveLength(1);
    const after = await errorOf(t.dispatch, 'undoSend', { draftId: item.draftId });
    expect(after?.code).toBe('conflict');
    expect(t.core.drafts.get(item.draftId)!.status).toBe('sent');
  });

  it("undoes a person's own reply: the drafts it closed and the chat's state come back", async () => {
    const practice = practiceAdapter();
    const t = createTestCore({ adapters: [practice.adapter], undoSendMs: WINDOW });
    cores.push(t);
    const { conversationId, item } = await chatWithDraft(t);
    const { messageId, superseded } = await t.call<{ messageId: number; superseded: number[] }>('sendReply', { conversationId, text: 'Nine sharp!' });
    expect(superseded).toEqual([item.draftId]);
    const undone = await t.call<{ text: string; reopened: number[] }>('undoSend', { messageId });
    expect(undone).toMatchObject({ text: 'Nine sharp!', reopened: [item.draftId] });
    expect(t.core.console.row(conversationId)!.need).toBe('draft_ready');
    expect((await errorOf(t.dispatch, 'undoSend', { messageId }))?.code).toBe('not_found');
    t.clock.advance(WINDOW);
    t.timers.advance(WINDOW);
    await t.core.outbox.kick();
    expect(practice.sent).toEqual([]);
  });

  it('gives a handed-off chat back to a person when its reply is undone', async () => {
    const t = createTestCore({ undoSendMs: WINDOW });
    cores.push(t);
    await t.call('loadDemoShop');
    const { conversationId } = await t.call<{ conversationId: number }>('sendPracticeMessage', { customerName: 'Tom', language: 'en', text: 'I want to talk to a human please' });
    await t.core.inbox.idle();
    const [item] = (await t.call<{ items: QueueItem[] }>('listQueue')).items;
    expect(item!.route).toBe('handoff');
    expect(t.core.conversations.get(conversationId)!.state).toBe('needs_person');
    await t.call('approveDraft', { draftId: item!.draftId, text: 'Hi Tom, Luis here.' });
    expect(t.core.conversations.get(conversationId)!.state).toBe('assistant');
    await t.call('undoSend', { draftId: item!.draftId });
    expect(t.core.conversations.get(conversationId)!.state).toBe('needs_person');
    expect(t.core.console.row(conversationId)!.need).toBe('handed_off');
  });
});
