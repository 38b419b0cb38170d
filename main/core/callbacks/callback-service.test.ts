import { afterEach, describe, expect, it } from 'vitest';
import type { CallbackSettings } from '../../contract/callback-schemas';
import type { InboxRow } from '../../contract/console-schemas';
import type { QueueItem } from '../../contract/schemas';
import { FakeClock, createTestCore, type TestCore } from '../../testing/test-core';
import { transaction } from '../storage/database';

/** 11:00 in Mexico City (the demo shop's time zone), a Wednesday. */
const OPEN = Date.UTC(2026, 10, 25, 17, 0, 0);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const POTHOS = 'How much is the Pothos Golden?';

type CallbackRow = { id: number; state: string; skip_reason: string | null; reason: string; due_at: number; draft_id: number | null; answered_at: number | null };

describe('warm callbacks', () => {
  let t: TestCore;
  let chats = 0;
  afterEach(async () => {
    await t?.core.inbox.idle();
    t?.dispose();
  });

  async function start(options: { undoSendMs?: number; dataDir?: string } = {}): Promise<void> {
    t = createTestCore({ clock: new FakeClock(OPEN), ...options });
    if (!options.dataDir) await t.call('loadDemoShop');
  }

  /** Lets time pass on the clock and the timers alike. */
  function pass(ms: number): void {
    t.clock.advance(ms);
    t.timers.advance(ms);
  }

  /** A customer writes in their own chat (or `chat`); resolves with the conversation and its newest draft. */
  async function customer(text: string, chat?: string, extra: { holdForBacklog?: boolean } = {}): Promise<{ conversationId: number; draft: QueueItem | null }> {
    const chatId = chat ?? `chat-${++chats}`;
    const { conversationId } = await t.core.inbox.ingest({ channel: 'practice', chatId, messageId: `m-${t.clock.now()}-${Math.random()}`, customerName: 'Ana', language: 'en', text, at: t.clock.now(), ...extra });
    await t.core.inbox.idle();
    return { conversationId, draft: newest(conversationId) };
  }

  function newest(conversationId: number): QueueItem | null {
    const row = t.core.db.prepare('SELECT id FROM drafts WHERE conversation_id = ? ORDER BY id DESC LIMIT 1').get(conversationId) as { id: number } | undefined;
    return row ? t.core.drafts.get(row.id)! : null;
  }

  /** A person approves the draft as written and it is sent. */
  async function approve(draft: QueueItem): Promise<void> {
    await t.call('approveDraft', { draftId: draft.draftId, text: draft.draft });
    await t.core.outbox.kick();
  }

  /** A customer asks, the shop's answer is approved and sent: the chat now waits on the customer. */
  async function answered(text = POTHOS, chat?: string): Promise<number> {
    const { conversationId, draft } = await customer(text, chat);
    expect(draft?.route).toBe('answer');
    await approve(draft!);
    return conversationId;
  }

  const callback = (conversationId: number) => t.core.db.prepare('SELECT * FROM callbacks WHERE conversation_id = ?').get(conversationId) as CallbackRow | undefined;
  const callbackDrafts = (conversationId: number) =>
    (t.core.db.prepare(`SELECT id FROM drafts WHERE conversation_id = ? AND instr(reasons, '"code":"callback"') > 0`).all(conversationId) as Array<{ id: number }>).map((r) => t.core.drafts.get(r.id)!);
  const outTexts = (conversationId: number) =>
    (t.core.db.prepare("SELECT text FROM messages WHERE conversation_id = ? AND direction = 'out' ORDER BY id").all(conversationId) as Array<{ text: string }>).map((r) => r.text);

  it('drafts one follow-up at the owner’s delay, with the product’s current price, marked as a callback; sent once, never again', async () => {
    await start();
    const id = await answered();
    expect(callback(id)).toMatchObject({ state: 'planned', reason: 'answered_quiet', due_at: OPEN + 3 * HOUR });
    pass(3 * HOUR - MINUTE);
    expect(callbackDrafts(id)).toEqual([]);
    pass(MINUTE);
    const [draft] = callbackDrafts(id);
    expect(draft).toMatchObject({ status: 'pending', route: 'answer', reasons: [expect.objectContaining({ code: 'callback', params: { context: 'answered_quiet' } })] });
    expect(draft!.draft).toContain('Pothos Golden costs 179.00 MXN');
    expect(draft!.sources.map((s) => s.id)).toEqual(['product:CV-003']);
    expect(callback(id)).toMatchObject({ state: 'drafted', draft_id: draft!.draftId });
    expect((await t.call<InboxRow>('getInboxRow', { conversationId: id })).need).toBe('draft_ready');

    await approve(draft!);
    expect(callback(id)!.state).toBe('sent');
    expect(outTexts(id)).toHaveLength(2);
    // The customer answers the callback, the shop answers again, the customer goes quiet: no second one.
    const again = await customer('Great, and how much is the Peace Lily?', `chat-${chats}`);
    expect(callback(id)!.state).toBe('answered');
    await approve(again.draft!);
    pass(30 * HOUR);
    expect(callbackDrafts(id)).toHaveLength(1);
    const actions = (t.core.db.prepare("SELECT action FROM audit WHERE action LIKE 'callback.%' ORDER BY id").all() as Array<{ action: string }>).map((r) => r.action);
    expect(actions).toEqual(['callback.planned', 'callback.drafted', 'callback.sent', 'callback.answered']);
  });

  it('is cancelled by a customer message before it is due, and a drafted one is closed by one', async () => {
    await start();
    const early = await answered();
    pass(HOUR);
    await customer('ok thanks, I will think about it', `chat-${chats}`);
    expect(callback(early)).toMatchObject({ state: 'answered' });
    pass(3 * HOUR);
    expect(callbackDrafts(early)).toEqual([]);

    const late = await answered(POTHOS);
    pass(3 * HOUR);
    const [draft] = callbackDrafts(late);
    expect(draft!.status).toBe('pending');
    await customer('Is it pet safe?', `chat-${chats}`);
    expect(t.core.drafts.get(draft!.draftId)!.status).toBe('resolved');
    expect(callback(late)!.state).toBe('answered');
  });

  it('never goes out after the 24-hour window: a late draft is withdrawn when it closes, a late due time is skipped', async () => {
    await start();
    const id = await answered();
    pass(3 * HOUR);
    const [draft] = callbackDrafts(id);
    pass(21 * HOUR - MINUTE);
    expect(t.core.drafts.get(draft!.draftId)!.status).toBe('pending');
    pass(MINUTE);
    expect(t.core.drafts.get(draft!.draftId)!.status).toBe('resolved');
    expect(callback(id)).toMatchObject({ state: 'skipped', skip_reason: 'window_closed' });
    expect((await t.dispatch('approveDraft', { draftId: draft!.draftId, text: draft!.draft })).ok).toBe(false);

    // The shop answered 22 hours after the question; with a 3-hour delay the window is gone by then.
    const { conversationId, draft: slow } = await customer(POTHOS);
    pass(22 * HOUR);
    await approve(slow!);
    pass(3 * HOUR);
    expect(callback(conversationId)).toMatchObject({ state: 'skipped', skip_reason: 'window_closed' });
    expect(callbackDrafts(conversationId)).toEqual([]);
  });

  it('never writes to a customer who opted out, complained or was handed to a person', async () => {
    await start();
    // Opted out earlier; a person resolved that and the customer asked again later.
    const optout = await customer('Stop messaging me');
    expect(optout.draft!.route).toBe('optout');
    await t.call('resolveHandoff', { draftId: optout.draft!.draftId, note: '' });
    await answered(POTHOS, `chat-${chats}`);
    const complaint = await customer('My order arrived broken and I am very upset');
    await t.call('resolveHandoff', { draftId: complaint.draft!.draftId, note: '' });
    await answered(POTHOS, `chat-${chats}`);
    const taken = await answered();
    await t.call('takeOverConversation', { conversationId: taken });
    pass(3 * HOUR);
    expect(callback(optout.conversationId)).toMatchObject({ state: 'skipped', skip_reason: 'opted_out' });
    expect(callback(complaint.conversationId)).toMatchObject({ state: 'skipped', skip_reason: 'complaint' });
    expect(callback(taken)).toMatchObject({ state: 'skipped', skip_reason: 'handed_over' });
    for (const id of [optout.conversationId, complaint.conversationId, taken]) expect(callbackDrafts(id)).toEqual([]);
  });

  it('waits out the owner’s quiet hours while the window is open, and skips when it would not be', async () => {
    await start();
    // 13:00–15:00 in Mexico City; the callback falls due at 14:00.
    await t.call('updateSettings', { quietHours: { from: '13:00', to: '15:00' } });
    const id = await answered();
    pass(3 * HOUR);
    expect(callbackDrafts(id)).toEqual([]);
    expect(callback(id)).toMatchObject({ state: 'planned', due_at: OPEN + 4 * HOUR });
    pass(HOUR - MINUTE);
    expect(callbackDrafts(id)).toEqual([]);
    pass(MINUTE);
    expect(callbackDrafts(id)).toHaveLength(1);

    // Quiet from 13:00 until noon the next day: past the window.
    await t.call('updateSettings', { quietHours: { from: '13:00', to: '12:00' } });
    pass(20 * HOUR); // 11:00 the next day
    const late = await answered();
    pass(3 * HOUR);
    expect(callback(late)).toMatchObject({ state: 'skipped', skip_reason: 'quiet_hours' });
  });

  it('re-reads the price and stock before sending: a changed price refuses the approval, no stock withholds a queued send', async () => {
    await start({ undoSendMs: 5000 });
    const priced = await answered();
    await t.core.outbox.kick();
    pass(5000);
    await t.core.outbox.kick();
    pass(3 * HOUR);
    const [draft] = callbackDrafts(priced);
    await t.call('saveProduct', { product: { ...t.core.knowledge.productsBySku(['CV-003']).get('CV-003')!, price: '199.00' }, originalSku: 'CV-003' });
    const refused = await t.dispatch('approveDraft', { draftId: draft!.draftId, text: draft!.draft });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(callback(priced)).toMatchObject({ state: 'skipped', skip_reason: 'facts_changed' });
    expect(outTexts(priced)).toHaveLength(1);

    const stocked = await answered('How much is the Peace Lily?');
    pass(5000);
    await t.core.outbox.kick();
    pass(3 * HOUR);
    const [second] = callbackDrafts(stocked);
    expect(second!.draft).toContain('259.00 MXN');
    await t.call('approveDraft', { draftId: second!.draftId, text: second!.draft });
    // Sold out while the send waited its undo time.
    await t.call('saveProduct', { product: { ...t.core.knowledge.productsBySku(['CV-008']).get('CV-008')!, stock: 0 }, originalSku: 'CV-008' });
    pass(5000);
    await t.core.outbox.kick();
    expect(callback(stocked)).toMatchObject({ state: 'skipped', skip_reason: 'out_of_stock' });
    expect(outTexts(stocked)).toHaveLength(1);
  });

  it('resumes planned callbacks after a restart, and drafts each exactly once', async () => {
    await start();
    const id = await answered();
    pass(HOUR);
    t.close();
    const clock = t.clock;
    t = createTestCore({ dataDir: t.dataDir, clock });
    await t.core.start();
    pass(2 * HOUR);
    expect(callbackDrafts(id)).toHaveLength(1);
    t.core.callbacks.start();
    pass(HOUR);
    expect(callbackDrafts(id)).toHaveLength(1);
  });

  it('never in a chat the shop started, for the offline backlog or for small talk', async () => {
    await start();
    t.core.inbox.recordOwnerMessage({ channel: 'practice', chatId: 'shop-first', messageId: 'o1', text: 'Hi! Your order is ready.', at: t.clock.now(), customerName: 'Ana', language: 'en' });
    const shopStarted = (await customer('Thanks! Also, how much is the Pothos Golden?', 'shop-first')).conversationId;
    await t.call('resumeAssistant', { conversationId: shopStarted });
    await answered(POTHOS, 'shop-first');

    const backlog = await customer(POTHOS, 'offline', { holdForBacklog: true });
    await t.core.inbox.triageBacklog();
    await approve(newest(backlog.conversationId)!);

    const thanks = await answered('Hello!');
    pass(4 * HOUR);
    for (const id of [shopStarted, backlog.conversationId, thanks]) expect(callback(id)).toBeUndefined();
  });

  it('follows up an ad-started chat that stopped after the first exchange, and stays within the hourly limit', async () => {
    await start();
    await t.call('updateAutopilot', { perHour: 1 });
    const { conversationId: ad, draft } = await customer(POTHOS);
    t.core.conversations.setReferral(ad, { source: 'ad', app: 'facebook', title: 'Plants sale', body: null, url: null, sourceId: '42', sourceType: 'ad', ctwaClid: null });
    await approve(draft!);
    const other = await answered();
    expect(callback(ad)!.reason).toBe('ad_dropped');
    pass(3 * HOUR);
    expect(callbackDrafts(ad)[0]!.reasons[0]).toMatchObject({ code: 'callback', params: { context: 'ad_dropped' } });
    // One callback this hour already: the second waits, looking again every ten minutes.
    expect(callback(other)).toMatchObject({ state: 'planned', due_at: OPEN + 3 * HOUR + 10 * MINUTE });
    for (let i = 0; i < 6; i += 1) pass(10 * MINUTE);
    expect(callbackDrafts(other)).toEqual([]);
    pass(10 * MINUTE);
    expect(callbackDrafts(other)).toHaveLength(1);
  });

  it('goes out alone only when the owner allowed autopilot for its topic; otherwise waits for a person', async () => {
    await start();
    await t.call('updateAutopilot', { mode: 'auto', streakNeeded: 1 });
    await t.call('setAutopilotTopic', { topic: 'products', mode: 'suggest' });
    const held = await answered();
    pass(3 * HOUR);
    expect(callbackDrafts(held)[0]!.status).toBe('pending');

    await t.call('setAutopilotTopic', { topic: 'products', mode: null });
    // The topic has earned its streak: the answer itself may already go out alone.
    const { conversationId: auto, draft } = await customer(POTHOS);
    if (draft!.status === 'pending') await approve(draft!);
    else await t.core.outbox.kick();
    pass(3 * HOUR);
    await t.core.outbox.kick();
    expect(callbackDrafts(auto)[0]!.status).toBe('sent');
    expect(callback(auto)!.state).toBe('sent');
  });

  it('opts the customer out at once when they answer a callback with "stop"', async () => {
    await start();
    const id = await answered();
    pass(3 * HOUR);
    await approve(callbackDrafts(id)[0]!);
    const stop = await customer('STOP', `chat-${chats}`);
    expect(stop.draft).toMatchObject({ route: 'optout' });
    expect(t.core.conversations.get(id)!.state).toBe('needs_person');
    expect((await t.call<InboxRow>('getInboxRow', { conversationId: id })).need).toBe('optout');
    expect(callback(id)!.state).toBe('answered');
  });

  it('stays one per customer when two chats of theirs merge (a WhatsApp LID re-keyed to the phone)', async () => {
    await start();
    const lid = await answered(POTHOS, 'lid-chat');
    pass(3 * HOUR);
    await approve(callbackDrafts(lid)[0]!);
    const phone = await answered('How much is the Peace Lily?', 'phone-chat');
    expect(callback(phone)!.state).toBe('planned');
    const merged = transaction(t.core.db, () => t.core.conversations.rekeyCustomer('practice', 'lid-chat', 'phone-chat'));
    expect(merged).toBe(phone);
    expect(callback(phone)).toMatchObject({ state: 'sent' });
    pass(4 * HOUR);
    expect(callbackDrafts(phone)).toHaveLength(1);
  });

  it('is the owner’s to switch off and time: nothing is planned while off', async () => {
    await start();
    expect(await t.call<CallbackSettings>('getCallbackSettings')).toEqual({ enabled: true, delayMinutes: 180 });
    await t.call('updateCallbackSettings', { enabled: false });
    const off = await answered();
    expect(callback(off)).toBeUndefined();
    await t.call('updateCallbackSettings', { enabled: true, delayMinutes: 60 });
    const on = await answered();
    expect(callback(on)!.due_at).toBe(OPEN + HOUR);
    expect((await t.dispatch('updateCallbackSettings', { delayMinutes: 25 * 60 })).ok).toBe(false);
    // Whether the shop writes first is the owner's call: a staff member is refused in the core.
    const leo = await t.call<{ id: number }>('addStaffMember', { name: 'Leo', role: 'staff', pin: null });
    await t.call('switchOperator', { id: leo.id });
    expect(await t.dispatch('updateCallbackSettings', { enabled: false })).toMatchObject({ ok: false, error: { code: 'owner_only' } });
    expect(await t.call<CallbackSettings>('getCallbackSettings')).toEqual({ enabled: true, delayMinutes: 60 });
  });
});
