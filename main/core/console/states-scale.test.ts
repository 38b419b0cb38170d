import { afterEach, describe, expect, it } from 'vitest';
import type { InboxQuery } from '../../contract/console-schemas';
import { createTestCore, type TestCore } from '../../testing/test-core';
import { transaction } from '../storage/database';

describe('status, source and label filters at 10,000 conversations', () => {
  let t: TestCore;
  afterEach(() => t?.dispose());

  it('reads each filter along an index in page order (no scan of the table, no sort) and counts each', () => {
    t = createTestCore();
    const { db } = t.core;
    transaction(db, () => {
      const label = (name: string) => Number(db.prepare("INSERT INTO labels (name, color, created_at) VALUES (?, 'blue', 0)").run(name).lastInsertRowid);
      const vip = label('VIP');
      const wholesale = label('Wholesale');
      const customer = db.prepare("INSERT INTO customers (channel, external_id, name, language, created_at) VALUES (?, ?, ?, 'en', 0)");
      const conversation = db.prepare("INSERT INTO conversations (customer_id, channel, started_by, created_at, last_message_at, referral) VALUES (?, ?, 'customer', 0, ?, ?)");
      const message = db.prepare("INSERT INTO messages (conversation_id, external_id, direction, author, text, status, at) VALUES (?, ?, 'in', 'x', ?, 'received', ?)");
      const status = db.prepare('INSERT INTO conversation_status (conversation_id, status, snoozed_until, changed_at, changed_by) VALUES (?, ?, ?, 0, ?)');
      const tag = db.prepare('INSERT INTO conversation_labels (conversation_id, label_id) VALUES (?, ?)');
      const owner = t.core.staff.current().id;
      const assign = db.prepare('INSERT INTO conversation_assignments (conversation_id, staff_id, at) VALUES (?, ?, 0)');
      const draft = db.prepare("INSERT INTO drafts (conversation_id, message_id, route, text, drafter, status, created_at) VALUES (?, ?, 'answer', 'ok', 'x', 'sent', 0)");
      const autoSend = db.prepare("INSERT INTO auto_sends (draft_id, conversation_id, message_id, outbox_id, rule, checks, at) VALUES (?, ?, ?, ?, 'faq', '[]', 0)");
      for (let i = 1; i <= 10_000; i += 1) {
        const channel = i % 3 === 0 ? 'whatsapp' : 'practice';
        const customerId = Number(customer.run(channel, `c${i}`, `Customer ${i}`).lastInsertRowid);
        const at = 1_000_000 + (i % 997) * 1000 + i;
        const id = Number(conversation.run(customerId, channel, at, i % 10 === 0 ? '{"source":"FB_Ads"}' : null).lastInsertRowid);
        const messageId = Number(message.run(id, `m${i}`, `question ${i}`, at).lastInsertRowid);
        if (i % 7 === 0) assign.run(id, owner);
        if (i % 11 === 0) autoSend.run(Number(draft.run(id, messageId).lastInsertRowid), id, messageId, i);
        if (i % 4 === 1) status.run(id, 'snoozed', 5_000_000, 'x');
        if (i % 4 === 2) status.run(id, 'resolved', null, 'x');
        if (i % 5 === 0) tag.run(id, vip);
        if (i % 50 === 0) tag.run(id, wholesale);
      }
    });
    const counts = t.core.console.counts();
    expect(counts.needs).toMatchObject({ snoozed: 2500, resolved: 2500, needs_reply: 5000 });
    expect(counts.sources).toEqual({ ad: 1000, organic: 9000 });
    expect(counts.channels).toEqual({ whatsapp: 3333, practice: 6667 });
    expect(t.core.labels.list().map((l) => [l.name, l.conversations])).toEqual([
      ['VIP', 2000],
      ['Wholesale', 200],
    ]);

    const all: InboxQuery = { need: 'all', channel: 'all', source: 'all', labelId: null, search: '', autoSent: false, assigneeId: null, after: { lastAt: 1_500_000, conversationId: 5000 }, limit: 50 };
    const filters: Array<Partial<InboxQuery>> = [
      { need: 'snoozed' },
      { need: 'resolved', channel: 'whatsapp' },
      { source: 'ad' },
      { source: 'organic', need: 'needs_reply' },
      { labelId: 1 },
      { labelId: 2, need: 'needs_reply', channel: 'practice' },
      { assigneeId: t.core.staff.current().id },
      { autoSent: true },
    ];
    for (const filter of filters) {
      const { sql, params } = t.core.console.pageQuery({ ...all, ...filter });
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map((p) => p.detail);
      const text = plan.join('\n');
      expect(plan.find((d) => /\br\b/.test(d)), text).toMatch(/^(SEARCH|SCAN) r USING (COVERING )?INDEX console_rows_by_/);
      expect(text).not.toMatch(/TEMP B-TREE/);
      expect(plan.filter((d) => /^SCAN /.test(d) && !/USING (COVERING )?INDEX/.test(d)), text).toEqual([]);
      // And the page holds what the filter asked for.
      const page = t.core.console.page({ ...all, ...filter, after: null });
      expect(page.items).toHaveLength(50);
      for (const row of page.items) {
        if (filter.need) expect(row.need).toBe(filter.need);
        if (filter.source) expect(row.source).toBe(filter.source);
        if (filter.channel) expect(row.channel).toBe(filter.channel);
        if (filter.labelId) expect(row.labelIds).toContain(filter.labelId);
        if (filter.assigneeId) expect(row.assignee?.id).toBe(filter.assigneeId);
        if (filter.autoSent) expect(row.conversationId % 11).toBe(0);
      }
    }
  });
});
