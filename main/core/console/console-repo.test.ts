import { afterEach, describe, expect, it } from 'vitest';
import type { InboxCounts, InboxPage, InboxRow } from '../../contract/console-schemas';
import type { QueueItem } from '../../contract/schemas';
import { createTestCore, type TestCore } from '../../testing/test-core';
import { transaction } from '../storage/database';
import { toMatchQuery } from './console-repo';

describe('the console inbox', () => {
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

  it('lists each conversation once with what it needs, and keeps a rejected turn "needs reply"', async () => {
    t = createTestCore();
    await t.call('loadDemoShop');
    const ana = await practice('Ana', 'What time do you open on Saturday?');
    const tom = await practice('Tom', 'can I talk to a human please');
    await practice('Ana', 'and on Sunday?');

    const listed = await rows();
    expect(listed.map((r) => r.customerName)).toEqual(['Ana', 'Tom']);
    expect(listed[0]).toMatchObject({ need: 'draft_ready', unread: 2, lastMessageText: 'and on Sunday?', lastMessageFrom: 'customer' });
    expect(await row(tom)).toMatchObject({ need: 'handed_off', state: 'needs_person' });
    const pending = await t.call<{ item: QueueItem | null }>('getPendingDraft', { conversationId: tom });
    expect(pending.item).toMatchObject({ route: 'handoff', customerMessage: 'can I talk to a human please' });

    const queue = (await t.call<{ items: QueueItem[] }>('listQueue')).items;
    for (const item of queue.filter((q) => q.conversationId === ana)) await t.call('rejectDraft', { draftId: item.draftId, reason: 'too stiff' });
    // Rejected: the customer is still waiting for an answer.
    expect(await row(ana)).toMatchObject({ need: 'needs_reply', pendingDraftId: null });
    expect((await rows({ need: 'needs_reply' })).map((r) => r.conversationId)).toEqual([ana]);

    const counts = await t.call<InboxCounts>('getInboxCounts');
    expect(counts).toMatchObject({ waiting: 2, pendingDrafts: 1 });
    expect(counts.needs).toMatchObject({ needs_reply: 1, handed_off: 1, draft_ready: 0 });
  });

  it('answers from the reply box in a paused chat whose customer wrote again, closing the pending draft', async () => {
    t = createTestCore();
    await t.call('loadDemoShop');
    const ana = await practice('Ana', 'What time do you open on Saturday?');
    const [draft] = (await t.call<{ items: QueueItem[] }>('listQueue')).items;

    t.core.inbox.recordOwnerMessage({ channel: 'practice', chatId: 'practice:ana', messageId: 'phone-1', text: 'Hi! 9 to 7.', at: t.clock.now(), customerName: 'Ana', language: 'en' });
    expect(await row(ana)).toMatchObject({ need: 'paused', state: 'paused', lastMessageFrom: 'shop' });
    t.clock.advance(1000);
    await practice('Ana', 'ok thanks! and where are you?');
    // The paused chat's new message is no longer hidden: it needs a reply.
    expect(await row(ana)).toMatchObject({ need: 'needs_reply', state: 'paused' });

    t.clock.advance(1000);
    const sent = await t.call<{ messageId: number; superseded: number[] }>('sendReply', { conversationId: ana, text: 'We are at Calle 5.' });
    expect(sent.superseded).toEqual([]);
    await t.core.outbox.kick();
    expect(await row(ana)).toMatchObject({ need: 'paused', unread: 0, lastMessageText: 'We are at Calle 5.', lastMessageFrom: 'shop' });
    const view = await t.call<{ messages: Array<{ text: string; status: string; author: string }> }>('getConversation', { conversationId: ana });
    expect(view.messages.at(-1)).toMatchObject({ text: 'We are at Calle 5.', status: 'sent', author: 'Owner' });
    expect(t.core.audit.list(20).find((e) => e.action === 'reply.sent')).toMatchObject({ actor: 'Owner', subject: `conversation:${ana}` });
    expect(draft?.status).toBe('pending');
  });

  it('a reply supersedes the pending draft; a handed-off chat goes back to the assistant', async () => {
    t = createTestCore();
    await t.call('loadDemoShop');
    const tom = await practice('Tom', 'can I talk to a human please');
    const [handoff] = (await t.call<{ items: QueueItem[] }>('listQueue')).items;
    const sent = await t.call<{ superseded: number[] }>('sendReply', { conversationId: tom, text: 'Hi Tom, Maria here.' });
    expect(sent.superseded).toEqual([handoff!.draftId]);
    expect((await t.call<{ items: QueueItem[] }>('listQueue')).items).toEqual([]);
    expect(await row(tom)).toMatchObject({ need: 'resolved', state: 'assistant' });
  });

  it('refuses a reply to a customer who opted out', async () => {
    t = createTestCore();
    await t.call('loadDemoShop');
    const omar = await practice('Omar', 'STOP sending me messages');
    expect(await row(omar)).toMatchObject({ need: 'optout' });
    const result = await t.dispatch('sendReply', { conversationId: omar, text: 'Sorry!' });
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('searches customer names and message words by prefix, accents folded, and counts unread until opened', async () => {
    t = createTestCore();
    await t.call('loadDemoShop');
    const lupita = await practice('Lupita Gómez', '¿Tienen macetas de talavera?');
    const jess = await practice('Jess', 'How much for 5 monsteras delivered to Zapopan?');
    const ids = async (search: string) => (await rows({ search })).map((r) => r.conversationId);
    expect(await ids('talav')).toEqual([lupita]);
    expect(await ids('gomez')).toEqual([lupita]);
    expect(await ids('MONSTERA zapopan')).toEqual([jess]);
    expect(await ids('monstera talavera')).toEqual([]);
    // FTS syntax typed by a person is just words: no error, no match-all.
    expect(await ids('") OR *')).toEqual([]);
    expect(await ids('"talavera" *')).toEqual([lupita]);

    expect((await row(jess)).unread).toBe(1);
    const read = await t.call<InboxRow>('markConversationRead', { conversationId: jess });
    expect(read.unread).toBe(0);
    await practice('Jess', 'hello?');
    expect((await row(jess)).unread).toBe(1);
  });

  it('follows a WhatsApp customer re-keyed from LID to phone: one row, the merged chat, searchable', async () => {
    t = createTestCore();
    const inbound = (chatId: string, messageId: string, text: string) => {
      t.clock.advance(1000);
      return t.core.inbox.receive({ channel: 'whatsapp', chatId, messageId, customerName: 'Rosa', language: 'es', text, at: t.clock.now(), skipDraft: true });
    };
    const lid = inbound('123@lid', 'w1', 'hola, ¿tienen macetas?').conversationId;
    const phone = inbound('5215550001@s.whatsapp.net', 'w2', '¿y envían a Zapopan?').conversationId;
    expect((await rows({ channel: 'whatsapp' })).map((r) => r.conversationId)).toEqual([phone, lid]);

    const into = transaction(t.core.db, () => t.core.conversations.rekeyCustomer('whatsapp', '123@lid', '5215550001@s.whatsapp.net'));
    expect(into).toBe(phone);
    const listed = await rows({ channel: 'whatsapp' });
    expect(listed.map((r) => r.conversationId)).toEqual([phone]);
    expect(listed[0]).toMatchObject({ need: 'needs_reply', unread: 2, lastMessageText: '¿y envían a Zapopan?' });
    expect((await rows({ search: 'macetas' })).map((r) => r.conversationId)).toEqual([phone]);
    expect((await rows({ search: 'rosa' })).map((r) => r.conversationId)).toEqual([phone]);
  });

  it('turns typed words into a safe FTS prefix query', () => {
    expect(toMatchQuery('  "monstera" OR price* ')).toBe('"monstera"* "OR"* "price"*');
    expect(toMatchQuery('¿?!')).toBeNull();
  });
});

describe('the inbox at 10,000 conversations', () => {
  let t: TestCore;
  afterEach(() => t?.dispose());

  it('pages every filter with one index range read (no scan, no sort) and returns each conversation once', () => {
    t = createTestCore();
    const { db } = t.core;
    const needs = ['draft_ready', 'needs_reply', 'resolved', 'handed_off'];
    transaction(db, () => {
      const customer = db.prepare("INSERT INTO customers (channel, external_id, name, language, created_at) VALUES (?, ?, ?, 'en', 0)");
      const conversation = db.prepare("INSERT INTO conversations (customer_id, channel, started_by, created_at, last_message_at) VALUES (?, ?, 'customer', 0, ?)");
      const message = db.prepare("INSERT INTO messages (conversation_id, external_id, direction, author, text, status, at) VALUES (?, ?, ?, 'x', ?, ?, ?)");
      const draft = db.prepare("INSERT INTO drafts (conversation_id, message_id, route, text, drafter, created_at) VALUES (?, ?, ?, 'd', 'offline', 0)");
      for (let i = 1; i <= 10_000; i += 1) {
        const channel = i % 3 === 0 ? 'whatsapp' : 'practice';
        const customerId = Number(customer.run(channel, `c${i}`, `Customer ${i}`).lastInsertRowid);
        const at = 1_000_000 + (i % 997) * 1000 + i;
        const conversationId = Number(conversation.run(customerId, channel, at).lastInsertRowid);
        const messageId = Number(message.run(conversationId, `m${i}`, 'in', `question number ${i} about pots`, 'received', at).lastInsertRowid);
        const need = needs[i % needs.length];
        if (need === 'draft_ready') draft.run(conversationId, messageId, 'answer');
        if (need === 'handed_off') draft.run(conversationId, messageId, 'handoff');
        if (need === 'resolved') message.run(conversationId, `r${i}`, 'out', 'answer', 'sent', at);
      }
    });
    const counts = t.core.console.counts();
    expect(counts.needs).toMatchObject({ draft_ready: 2500, needs_reply: 2500, resolved: 2500, handed_off: 2500 });

    const filters = [
      { need: 'all', channel: 'all' },
      { need: 'needs_reply', channel: 'all' },
      { need: 'all', channel: 'whatsapp' },
      { need: 'draft_ready', channel: 'practice' },
    ] as const;
    for (const filter of filters) {
      const query = { ...filter, source: 'all' as const, labelId: null, search: '', autoSent: false, assigneeId: null, after: { lastAt: 1_500_000, conversationId: 5000 }, limit: 50 };
      const { sql, params } = t.core.console.pageQuery(query);
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map((p) => p.detail);
      const outer = plan.find((d) => /\br\b/.test(d))!;
      // A range read on one of the console_rows indexes, in the page's order: it stops after
      // limit + 1 rows. A full scan or a temp b-tree sort would read all 10,000.
      expect(outer, plan.join('\n')).toMatch(/^(SEARCH|SCAN) r USING (COVERING )?INDEX console_rows_by_/);
      expect(plan.join('\n')).not.toMatch(/TEMP B-TREE/);
      expect(plan.filter((d) => /^SCAN /.test(d) && !/USING (COVERING )?INDEX/.test(d))).toEqual([]);
    }

    // Keyset paging walks the whole filter, newest first, without repeats or gaps.
    const seen: number[] = [];
    let after: { lastAt: number; conversationId: number } | null = null;
    do {
      const page = t.core.console.page({ need: 'needs_reply', channel: 'all', source: 'all', labelId: null, search: '', autoSent: false, assigneeId: null, after, limit: 200 });
      seen.push(...page.items.map((r) => r.conversationId));
      expect(page.items.every((r) => r.need === 'needs_reply')).toBe(true);
      after = page.next;
    } while (after);
    expect(new Set(seen).size).toBe(2500);
    expect(seen).toHaveLength(2500);
  });
});
