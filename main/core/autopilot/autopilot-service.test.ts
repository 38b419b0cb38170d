import { afterEach, describe, expect, it } from 'vitest';
import type { AutoSendRecord, AutopilotState } from '../../contract/autopilot-schemas';
import type { QueueItem } from '../../contract/schemas';
import { FakeClock, createTestCore, type TestCore } from '../../testing/test-core';

/** 11:00 in Guadalajara (the demo shop's timezone), a Wednesday: within its hours. */
const OPEN = Date.UTC(2026, 10, 25, 17, 0, 0);
const HOURS_QUESTION = 'What are your opening hours?';

describe('the autopilot', () => {
  let t: TestCore;
  afterEach(async () => {
    await t?.core.inbox.idle();
    t?.dispose();
  });

  async function start(streakNeeded = 2): Promise<void> {
    t = createTestCore({ clock: new FakeClock(OPEN) });
    await t.call('loadDemoShop');
    await t.call('updateAutopilot', { mode: 'auto', streakNeeded });
  }

  /** A customer writes in a chat of their own; resolves with the turn's draft once stored. */
  async function ask(customerName: string, text: string): Promise<QueueItem> {
    const { conversationId } = await t.call<{ conversationId: number }>('sendPracticeMessage', { customerName, language: 'en', text });
    await t.core.inbox.idle();
    await t.core.outbox.kick();
    const row = t.core.db.prepare('SELECT id FROM drafts WHERE conversation_id = ? ORDER BY id DESC LIMIT 1').get(conversationId) as { id: number };
    return t.core.drafts.get(row.id)!;
  }

  const topic = async (name: string) => (await t.call<AutopilotState>('getAutopilot')).topics.find((x) => x.topic === name)!;

  it('sends a topic alone only after N clean approvals, with the rule and evidence on the message', async () => {
    await start(2);
    const first = await ask('Ana', HOURS_QUESTION);
    expect(first.status).toBe('pending');
    await t.call('approveDraft', { draftId: first.draftId, text: first.draft });
    expect(await topic('faq:hours')).toMatchObject({ streak: 1, effective: 'suggest' });

    const second = await ask('Bea', HOURS_QUESTION);
    expect(second.status).toBe('pending');
    await t.call('approveDraft', { draftId: second.draftId, text: second.draft });
    expect(await topic('faq:hours')).toMatchObject({ streak: 2, effective: 'auto' });

    const third = await ask('Caro', HOURS_QUESTION);
    expect(third.status).toBe('sent');
    const { sends } = await t.call<{ sends: AutoSendRecord[] }>('listAutoSends', { conversationId: third.conversationId });
    expect(sends).toHaveLength(1);
    expect(sends[0]).toMatchObject({ rule: 'faq:hours', cancelledAt: null });
    expect(sends[0]!.checks.every((c) => c.ok)).toBe(true);
    const view = await t.call<{ messages: Array<{ id: number; direction: string; author: string; status: string }> }>('getConversation', { conversationId: third.conversationId });
    const out = view.messages.filter((m) => m.direction === 'out');
    expect(out).toEqual([expect.objectContaining({ id: sends[0]!.messageId, author: 'Autopilot', status: 'sent' })]);
  });

  it('drops a topic back to suggest after an edit, and says why', async () => {
    await start(2);
    const first = await ask('Ana', HOURS_QUESTION);
    await t.call('approveDraft', { draftId: first.draftId, text: first.draft });
    const second = await ask('Bea', HOURS_QUESTION);
    await t.call('approveDraft', { draftId: second.draftId, text: `${second.draft} See you soon!` });
    expect(await topic('faq:hours')).toMatchObject({ streak: 0, effective: 'suggest', dropped: { why: 'edited', draftId: second.draftId } });
    expect((await ask('Caro', HOURS_QUESTION)).status).toBe('pending');
    const audit = t.core.audit.list(50).filter((e) => e.action === 'autopilot.dropped');
    expect(audit).toEqual([expect.objectContaining({ subject: 'topic:faq:hours', detail: expect.objectContaining({ why: 'edited', streakWas: 1 }) })]);
  });

  it('drops the topic when the customer complains after it sent alone', async () => {
    await start(1);
    const first = await ask('Ana', HOURS_QUESTION);
    await t.call('approveDraft', { draftId: first.draftId, text: first.draft });
    expect((await ask('Bea', HOURS_QUESTION)).status).toBe('sent');
    const complaint = await ask('Bea', 'This is terrible service, I want to file a complaint');
    expect(complaint.route).toBe('handoff');
    expect(await topic('faq:hours')).toMatchObject({ streak: 0, effective: 'suggest', dropped: { why: 'complaint_after_auto' } });
  });

  it('never sends alone while the global mode is suggest, outside hours, or in a paused chat', async () => {
    await start(1);
    const first = await ask('Ana', HOURS_QUESTION);
    await t.call('approveDraft', { draftId: first.draftId, text: first.draft });

    await t.call('updateAutopilot', { mode: 'suggest' });
    expect((await ask('Bea', HOURS_QUESTION)).status).toBe('pending');
    await t.call('updateAutopilot', { mode: 'auto' });

    t.clock.advance(12 * 60 * 60_000); // 23:00 in Guadalajara: the shop is closed
    expect((await ask('Caro', HOURS_QUESTION)).status).toBe('pending');
    await t.call('updateAutopilot', { hours: { from: '00:00', to: '00:00' } });
    const night = await ask('Dani', HOURS_QUESTION);
    expect(night.status).toBe('sent');

    t.core.conversations.setState(night.conversationId, 'paused');
    await ask('Dani', 'And what are your opening hours on Saturday?');
    expect(t.core.db.prepare('SELECT COUNT(*) AS n FROM auto_sends WHERE conversation_id = ?').get(night.conversationId)).toEqual({ n: 1 });
  });
});
