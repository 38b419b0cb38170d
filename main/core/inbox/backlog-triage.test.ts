import { afterEach, describe, expect, it } from 'vitest';
import type { QueueItem } from '../../contract/schemas';
import { answer, handoff, HeldDrafter, settle } from '../../testing/held-drafter';
import { createTestCore, type TestCore } from '../../testing/test-core';
import type { Drafter } from '../assistant/drafter';
import { silentLogger } from '../platform/logger';
import { InboxService, type InboundMessage } from './inbox-service';

describe('offline backlog triage', () => {
  let t: TestCore;
  // Calls a failing test left unanswered stay held; the core is simply thrown away.
  afterEach(() => t?.dispose());

  const t0 = Date.UTC(2026, 10, 25, 6, 0, 0);
  /** An inbox over the test core's database with the given drafter (a new one = a restart). */
  const inboxWith = (drafter: Drafter) => {
    const { db, clock, audit, conversations, drafts, bus } = t.core;
    return new InboxService({ db, clock, logger: silentLogger(), audit, conversations, drafts, drafter, bus });
  };
  const fromBen = (messageId: string, text: string, at: number, extra: Partial<InboundMessage> = {}): InboundMessage => ({
    channel: 'whatsapp',
    chatId: '34611222333@s.whatsapp.net',
    messageId,
    customerName: 'Ben',
    language: 'en',
    text,
    at,
    ...extra,
  });
  const held = { holdForBacklog: true };
  const pending = () => t.core.drafts.pending().sort((a, b) => a.draftId - b.draftId);
  const summary = (items: QueueItem[]) => items.map((i) => [i.customerMessage, i.reasons.map((r) => r.code)]);

  it('drafts a live message that arrives while its chat backlog is being drafted only after that draft, seeing its handoff', async () => {
    t = createTestCore();
    const drafter = new HeldDrafter();
    const inbox = inboxWith(drafter);
    inbox.receive(fromBen('B1', 'hello', t0, held));
    inbox.receive(fromBen('B2', 'my order arrived broken', t0 + 1_000, held));
    const triaged = inbox.triageBacklog();
    const backlogCall = await drafter.nth(0);
    expect(backlogCall.input.message).toBe('hello\nmy order arrived broken');

    const live = inbox.receive(fromBen('L1', 'hello??', t0 + 2_000));
    await settle();
    // Stored, but not drafted while the chat's backlog draft is still being written.
    expect(drafter.calls).toHaveLength(1);

    backlogCall.reply(handoff('complaint'));
    expect(await triaged).toBe(1);
    expect(await live.drafted).not.toBeNull();
    // The backlog draft handed the chat to a person for good (a complaint), so the live message
    // is not drafted: it joins the turn's card, which keeps why it waits.
    expect(drafter.calls).toHaveLength(1);
    expect(drafter.maxRunning).toBe(1);
    expect(summary(pending())).toEqual([['hello\nmy order arrived broken\nhello??', ['complaint', 'waiting_for_person', 'backlog']]]);
  });

  it('drafts a chat backlog only after the live draft already being written in that chat', async () => {
    t = createTestCore();
    const drafter = new HeldDrafter();
    const inbox = inboxWith(drafter);
    const live = inbox.receive(fromBen('L1', 'do you have monstera?', t0));
    const liveCall = await drafter.nth(0);
    inbox.receive(fromBen('B1', 'and pothos?', t0 + 1_000, held));
    const triaged = inbox.triageBacklog();
    await settle();
    expect(drafter.calls).toHaveLength(1);

    liveCall.reply(answer('Yes, we have monstera.'));
    const liveDraft = await live.drafted;
    // Nobody answered the live draft yet: the backlog message is part of the same turn.
    const backlogCall = await drafter.nth(1);
    expect(backlogCall.input).toMatchObject({ message: 'do you have monstera?\nand pothos?', history: [] });
    backlogCall.reply(answer('Yes, both.'));
    expect(await triaged).toBe(1);
    expect(drafter.maxRunning).toBe(1);
    expect(summary(pending())).toEqual([['do you have monstera?\nand pothos?', ['backlog']]]);
    expect(t.core.db.prepare('SELECT status, decided_by FROM drafts WHERE id = ?').get(liveDraft)).toEqual({ status: 'resolved', decided_by: 'Customer wrote more' });
  });

  it('replaces the pending backlog draft when more backlog arrives for the chat, also across a restart', async () => {
    t = createTestCore();
    const drafter = new HeldDrafter();
    const inbox = inboxWith(drafter);
    inbox.receive(fromBen('B1', 'do you have monstera?', t0, held));
    const first = inbox.triageBacklog();
    (await drafter.nth(0)).reply(answer('Yes, we have monstera.'));
    expect(await first).toBe(1);
    const [earlier] = pending();

    // WhatsApp delivers more of the backlog after the chat was triaged; the app restarts meanwhile.
    inbox.receive(fromBen('B2', 'and pothos?', t0 + 1_000, held));
    inbox.receive(fromBen('B3', 'how much are they?', t0 + 2_000, held));
    const restarted = inboxWith(drafter);
    const second = restarted.triageBacklog();
    const call = await drafter.nth(1);
    // The pending draft answered nothing yet: the turn is all three messages, in order.
    expect(call.input).toMatchObject({ message: 'do you have monstera?\nand pothos?\nhow much are they?', history: [] });
    call.reply(answer('Monstera 25, pothos 12.'));
    expect(await second).toBe(1);

    // One pending reply for Ben, answering the newest message; the earlier one is closed, audited.
    const items = pending();
    expect(summary(items)).toEqual([['do you have monstera?\nand pothos?\nhow much are they?', ['backlog']]]);
    const row = t.core.db.prepare('SELECT status, decided_by FROM drafts WHERE id = ?').get(earlier!.draftId);
    expect(row).toEqual({ status: 'resolved', decided_by: 'Customer wrote more' });
    const superseded = t.core.audit.list(50).find((a) => a.action === 'draft.superseded');
    expect(superseded).toMatchObject({ subject: `draft:${earlier!.draftId}`, detail: { newDraftId: items[0]!.draftId, why: 'customer_wrote_more' } });
    expect(restarted.backlogWaiting()).toBe(0);
    expect(drafter.maxRunning).toBe(1);
  });

  it('keeps an edited backlog draft marked as backlog, so later backlog for the chat still replaces it', async () => {
    t = createTestCore();
    const drafter = new HeldDrafter();
    const inbox = inboxWith(drafter);
    const { conversationId, messageId } = inbox.receive(fromBen('B1', 'do you have monstera?', t0, held));
    const first = inbox.triageBacklog();
    (await drafter.nth(0)).reply(answer('Yes, we have monstera.'));
    await first;

    t.core.conversations.applyEdit(messageId, 'do you have pothos?', t0 + 500);
    const edited = inbox.redraftEdited({ conversationId, messageId });
    (await drafter.nth(1)).reply(answer('Yes, we have pothos.'));
    await edited;
    expect(summary(pending())).toEqual([['do you have pothos?', ['backlog']]]);

    inbox.receive(fromBen('B2', 'how much is it?', t0 + 1_000, held));
    const second = inbox.triageBacklog();
    (await drafter.nth(2)).reply(answer('Pothos is 12.'));
    await second;
    expect(summary(pending())).toEqual([['do you have pothos?\nhow much is it?', ['backlog']]]);
  });
});
