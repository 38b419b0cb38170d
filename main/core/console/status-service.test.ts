import { afterEach, describe, expect, it } from 'vitest';
import type { InboxPage, InboxRow } from '../../contract/console-schemas';
import type { QueueItem } from '../../contract/schemas';
import type { Label } from '../../contract/states-schemas';
import { createTestCore, type TestCore } from '../../testing/test-core';

const HOUR = 60 * 60 * 1000;

describe('conversation status', () => {
  let t: TestCore;
  afterEach(async () => {
    await t?.core.inbox.idle();
    t?.dispose();
  });

  const practice = async (customerName: string, text: string) => {
    t.clock.advance(1000);
    const sent = await t.call<{ conversationId: number }>('sendPracticeMessage', { customerName, language: 'en', text });
    await t.core.inbox.idle();
    return sent.conversationId;
  };
  const rows = async (input: Record<string, unknown> = {}) => (await t.call<InboxPage>('listInbox', input)).items;
  const row = async (conversationId: number) => (await rows()).find((r) => r.conversationId === conversationId)!;
  const actions = () => t.core.audit.list(100).map((e) => e.action);

  it('snoozes a chat out of "needs reply" and wakes it on the clock, audited', async () => {
    t = createTestCore();
    const ana = await practice('Ana', 'can I talk to a human please');
    expect(await row(ana)).toMatchObject({ need: 'handed_off', status: 'open' });

    const until = t.clock.now() + HOUR;
    const snoozed = await t.call<InboxRow>('setConversationStatus', { conversationId: ana, status: 'snoozed', until });
    expect(snoozed).toMatchObject({ need: 'snoozed', status: 'snoozed', snoozedUntil: until });
    expect(await rows({ need: 'handed_off' })).toEqual([]);
    expect((await rows({ need: 'snoozed' })).map((r) => r.conversationId)).toEqual([ana]);

    // Not yet: the timer waits for the snooze's end.
    t.clock.advance(HOUR - 1000);
    t.timers.advance(HOUR - 1000);
    expect((await row(ana)).status).toBe('snoozed');
    t.clock.advance(1000);
    t.timers.advance(1000);
    expect(await row(ana)).toMatchObject({ status: 'open', need: 'handed_off', snoozedUntil: null });
    expect(actions()).toContain('conversation.woke');
    expect(t.timers.size).toBe(0);
  });

  it('refuses a snooze that ends in the past', async () => {
    t = createTestCore();
    const ana = await practice('Ana', 'hello');
    const result = await t.dispatch('setConversationStatus', { conversationId: ana, status: 'snoozed', until: t.clock.now() - 1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_input' } });
  });

  it('a customer message wakes a snoozed chat before its time, and reopens a resolved or pending one', async () => {
    t = createTestCore();
    await t.call('loadDemoShop');
    const ana = await practice('Ana', 'What time do you open on Saturday?');
    await t.call('setConversationStatus', { conversationId: ana, status: 'snoozed', until: t.clock.now() + 24 * HOUR });
    await practice('Ana', 'and on Sunday?');
    expect(await row(ana)).toMatchObject({ status: 'open', need: 'draft_ready', snoozedUntil: null });
    expect(t.core.audit.list(50).find((e) => e.action === 'conversation.reopened')).toMatchObject({ actor: 'customer', detail: { from: 'snoozed', why: 'customer_wrote' } });

    // Resolving closes the pending draft: the person handled the turn.
    const [draft] = (await t.call<{ items: QueueItem[] }>('listQueue')).items;
    const resolved = await t.call<InboxRow>('setConversationStatus', { conversationId: ana, status: 'resolved' });
    expect(resolved).toMatchObject({ status: 'resolved', need: 'resolved', pendingDraftId: null });
    expect((await t.call<{ items: QueueItem[] }>('listQueue')).items).toEqual([]);
    expect(t.core.audit.list(50).find((e) => e.action === 'draft.superseded')).toMatchObject({ subject: `draft:${draft!.draftId}`, detail: { why: 'conversation_resolved' } });

    await practice('Ana', 'one more thing: do you deliver?');
    expect(await row(ana)).toMatchObject({ status: 'open' });
    expect(['draft_ready', 'handed_off', 'needs_reply']).toContain((await row(ana)).need);

    await t.call('setConversationStatus', { conversationId: ana, status: 'pending' });
    expect((await row(ana)).status).toBe('pending');
    await practice('Ana', 'hello?');
    expect((await row(ana)).status).toBe('open');
  });

  it('takes a chat over (no drafts) and gives it back to the assistant', async () => {
    t = createTestCore();
    await t.call('loadDemoShop');
    const ana = await practice('Ana', 'hello');
    const taken = await t.call<{ state: string }>('takeOverConversation', { conversationId: ana });
    expect(taken.state).toBe('paused');
    const draftsBefore = t.core.drafts.pendingCount();
    await practice('Ana', 'What time do you open on Saturday?');
    // Taken over: the assistant drafts nothing new, and the chat still waits for a person.
    expect(t.core.drafts.pendingCount()).toBe(draftsBefore);
    expect(await row(ana)).toMatchObject({ state: 'paused', unread: 2 });
    expect(['needs_reply', 'draft_ready']).toContain((await row(ana)).need);
    expect(t.core.audit.list(50).find((e) => e.action === 'assistant.skipped')).toBeDefined();
    await t.call('resumeAssistant', { conversationId: ana });
    expect((await row(ana)).state).toBe('assistant');
    expect(actions()).toEqual(expect.arrayContaining(['assistant.taken_over', 'assistant.resumed']));
  });
});

describe('labels', () => {
  let t: TestCore;
  afterEach(async () => {
    await t?.core.inbox.idle();
    t?.dispose();
  });

  it('creates coloured labels, sets them on chats, filters and counts by them', async () => {
    t = createTestCore();
    const send = async (name: string) => (await t.call<{ conversationId: number }>('sendPracticeMessage', { customerName: name, language: 'en', text: 'hi' })).conversationId;
    const ana = await send('Ana');
    t.clock.advance(1000);
    const tom = await send('Tom');
    await t.core.inbox.idle();
    const vip = await t.call<Label>('saveLabel', { name: 'VIP', color: 'grape' });
    const wholesale = await t.call<Label>('saveLabel', { name: 'Wholesale', color: 'blue' });
    expect(await t.dispatch('saveLabel', { name: 'vip', color: 'red' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await t.dispatch('saveLabel', { name: 'x', color: 'pink-ish' })).toMatchObject({ ok: false, error: { code: 'bad_input' } });

    await t.call('setConversationLabels', { conversationId: ana, labelIds: [wholesale.id, vip.id] });
    await t.call('setConversationLabels', { conversationId: tom, labelIds: [vip.id] });
    const page = async (input: Record<string, unknown>) => (await t.call<InboxPage>('listInbox', input)).items;
    expect((await page({ labelId: wholesale.id })).map((r) => r.customerName)).toEqual(['Ana']);
    expect((await page({ labelId: vip.id })).map((r) => r.customerName)).toEqual(['Tom', 'Ana']);
    expect((await page({})).find((r) => r.customerName === 'Ana')!.labelIds).toEqual([vip.id, wholesale.id].sort((a, b) => a - b));
    expect((await t.call<{ items: Label[] }>('listLabels')).items.map((l) => [l.name, l.color, l.conversations])).toEqual([
      ['VIP', 'grape', 2],
      ['Wholesale', 'blue', 1],
    ]);

    await t.call('saveLabel', { id: vip.id, name: 'Regular', color: 'green' });
    await t.call('setConversationLabels', { conversationId: tom, labelIds: [] });
    await t.call('deleteLabel', { id: wholesale.id });
    expect((await page({})).find((r) => r.customerName === 'Ana')!.labelIds).toEqual([vip.id]);
    expect(await t.dispatch('setConversationLabels', { conversationId: tom, labelIds: [wholesale.id] })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(t.core.audit.list(50).map((e) => e.action)).toEqual(expect.arrayContaining(['label.created', 'label.updated', 'label.deleted', 'conversation.labels']));
  });

  it('keeps a WhatsApp chat\'s labels when its customer is re-keyed from LID to phone', async () => {
    t = createTestCore();
    const inbound = (chatId: string, id: string) => {
      t.clock.advance(1000);
      return t.core.inbox.receive({ channel: 'whatsapp', chatId, messageId: id, customerName: 'Rosa', language: 'es', text: 'hola', at: t.clock.now(), skipDraft: true }).conversationId;
    };
    const lid = inbound('9@lid', 'w1');
    const phone = inbound('5215550009@s.whatsapp.net', 'w2');
    const vip = await t.call<Label>('saveLabel', { name: 'VIP', color: 'grape' });
    await t.call('setConversationLabels', { conversationId: lid, labelIds: [vip.id] });
    t.core.db.exec('BEGIN');
    t.core.conversations.rekeyCustomer('whatsapp', '9@lid', '5215550009@s.whatsapp.net');
    t.core.db.exec('COMMIT');
    expect((await t.call<InboxPage>('listInbox', { labelId: vip.id })).items.map((r) => r.conversationId)).toEqual([phone]);
  });

  it('filters by source (ad / organic) and counts per channel and source', async () => {
    t = createTestCore();
    const inbound = (chatId: string, text: string) => {
      t.clock.advance(1000);
      return t.core.inbox.receive({ channel: 'whatsapp', chatId, messageId: `${chatId}-${text}`, customerName: chatId, language: 'es', text, at: t.clock.now(), skipDraft: true }).conversationId;
    };
    const fromAd = inbound('52155@s.whatsapp.net', 'vi su anuncio');
    inbound('52166@s.whatsapp.net', 'hola');
    t.core.conversations.setReferral(fromAd, { source: 'FB_Ads', app: null, title: 'Macetas', body: null, url: null, sourceId: '1', sourceType: 'ad', ctwaClid: 'x' });
    const ids = async (input: Record<string, unknown>) => (await t.call<InboxPage>('listInbox', input)).items.map((r) => r.conversationId);
    expect(await ids({ source: 'ad' })).toEqual([fromAd]);
    expect(await ids({ source: 'organic', channel: 'whatsapp' })).not.toContain(fromAd);
    const counts = t.core.console.counts();
    expect(counts.sources).toEqual({ ad: 1, organic: 1 });
    expect(counts.channels).toEqual({ practice: 0, whatsapp: 2 });
  });
});
