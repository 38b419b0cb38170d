import { afterEach, describe, expect, it } from 'vitest';
import type { InboxPage, InboxQuery, InboxRow } from '../../contract/console-schemas';
import { createTestCore, type TestCore } from '../../testing/test-core';
import { AutopilotRepo } from '../autopilot/autopilot-repo';

describe('auto-sent and assigned-to-me inbox filters', () => {
  let t: TestCore;
  afterEach(() => t?.dispose());

  /** A practice chat with one customer message; returns its conversation and message ids. */
  const chat = (name: string, at: number) => {
    const { conversationId, messageId } = t.core.inbox.receive({ channel: 'practice', chatId: `practice:${name}`, messageId: `m-${name}`, customerName: name, language: 'en', text: `Hi from ${name}`, at });
    return { conversationId, messageId };
  };
  const names = (page: InboxPage) => page.items.map((r) => r.customerName);
  const all: InboxQuery = { need: 'all', channel: 'all', source: 'all', labelId: null, search: '', autoSent: false, assigneeId: null, after: null, limit: 50 };

  it('lists only chats the autopilot answered alone, not those whose send was withdrawn', () => {
    t = createTestCore();
    const { db } = t.core;
    const repo = new AutopilotRepo(db);
    const draft = db.prepare("INSERT INTO drafts (conversation_id, message_id, route, text, drafter, status, created_at) VALUES (?, ?, 'answer', 'Yes', 'test', 'sent', 0)");
    const autoSent = (c: { conversationId: number; messageId: number }, outboxId: number) => {
      const draftId = Number(draft.run(c.conversationId, c.messageId).lastInsertRowid);
      repo.recordAutoSend({ draftId, conversationId: c.conversationId, messageId: c.messageId, outboxId, rule: 'faq', checks: [], at: 5 });
      return draftId;
    };
    const ana = chat('Ana', 1_000);
    chat('Bo', 2_000);
    const cy = chat('Cy', 3_000);
    autoSent(ana, 1);
    const withdrawn = autoSent(cy, 2);
    db.prepare('UPDATE auto_sends SET cancelled_at = 9 WHERE draft_id = ?').run(withdrawn);

    expect(names(t.core.console.page({ ...all, autoSent: true }))).toEqual(['Ana']);
    expect(names(t.core.console.page(all))).toEqual(['Cy', 'Bo', 'Ana']);
  });

  it('assigns a chat to a person, shows who on the row, and filters "assigned to me"', async () => {
    t = createTestCore();
    const me = t.core.staff.current();
    const helper = await t.core.staff.add({ name: 'Rosa', role: 'staff', pin: null });
    const ana = chat('Ana', 1_000);
    const bo = chat('Bo', 2_000);
    chat('Cy', 3_000);

    const row = await t.call<InboxRow>('assignConversation', { conversationId: ana.conversationId, staffId: me.id });
    expect(row.assignee).toEqual({ id: me.id, name: me.name });
    await t.call('assignConversation', { conversationId: bo.conversationId, staffId: helper.id });

    const mine = await t.call<InboxPage>('listInbox', { assigneeId: me.id });
    expect(names(mine)).toEqual(['Ana']);
    expect(names(await t.call<InboxPage>('listInbox', { assigneeId: helper.id }))).toEqual(['Bo']);
    expect((await t.call<InboxPage>('listInbox', {})).items.map((r) => r.assignee?.name ?? null)).toEqual([null, 'Rosa', me.name]);

    // Reassigned and unassigned: the filter follows.
    await t.call('assignConversation', { conversationId: bo.conversationId, staffId: me.id });
    expect(names(await t.call<InboxPage>('listInbox', { assigneeId: me.id }))).toEqual(['Bo', 'Ana']);
    const cleared = await t.call<InboxRow>('assignConversation', { conversationId: ana.conversationId, staffId: null });
    expect(cleared.assignee).toBeNull();
    expect(names(await t.call<InboxPage>('listInbox', { assigneeId: me.id }))).toEqual(['Bo']);

    const refused = await t.dispatch('assignConversation', { conversationId: ana.conversationId, staffId: 999 });
    expect(refused.ok).toBe(false);
  });
});
