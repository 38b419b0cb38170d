import { afterEach, describe, expect, it } from 'vitest';
import type { ActivityEntry, ActivityPage } from '../../contract/activity-schemas';
import { createTestCore, type TestCore } from '../../testing/test-core';
import { activityCsv, csvField } from './activity-csv';

describe('Activity for people', () => {
  const cores: TestCore[] = [];
  afterEach(() => cores.splice(0).forEach((c) => c.dispose()));

  async function shopWithTwoCustomers() {
    const t = createTestCore();
    cores.push(t);
    await t.call('loadDemoShop');
    const ana = await t.call<{ conversationId: number }>('sendPracticeMessage', { customerName: 'Ana Ruiz', language: 'es', text: '¿A qué hora abren el sábado?' });
    const tom = await t.call<{ conversationId: number }>('sendPracticeMessage', { customerName: 'Tom', language: 'en', text: 'What time do you open on Saturday?' });
    await t.core.inbox.idle();
    return { t, ana: ana.conversationId, tom: tom.conversationId };
  }

  async function allPages(t: TestCore, filter: Record<string, unknown>, limit: number): Promise<{ items: ActivityEntry[]; pages: number }> {
    const items: ActivityEntry[] = [];
    let cursor: ActivityPage['nextCursor'] = null;
    let pages = 0;
    do {
      const page: ActivityPage = await t.call<ActivityPage>('listActivity', { ...filter, cursor, limit });
      items.push(...page.items);
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor !== null);
    return { items, pages };
  }

  it('pages far beyond 200 entries by keyset, newest first, none twice or lost, ties on time kept', async () => {
    const { t, ana } = await shopWithTwoCustomers();
    // 450 entries, many sharing a timestamp (the clock moves every 7th): the id breaks ties.
    for (let i = 0; i < 450; i += 1) {
      if (i % 7 === 0) t.clock.advance(1000);
      t.core.audit.record('Luis', 'reply.sent', `conversation:${ana}`, { conversationId: ana, text: `reply ${i}` });
    }
    const total = (t.core.db.prepare('SELECT COUNT(*) AS n FROM audit').get() as { n: number }).n;
    expect(total).toBeGreaterThan(450);
    const { items, pages } = await allPages(t, {}, 100);
    expect(items).toHaveLength(total);
    expect(pages).toBe(Math.ceil(total / 100));
    expect(new Set(items.map((e) => e.id)).size).toBe(total);
    const order = items.map((e) => [e.at, e.id] as const);
    expect(order).toEqual([...order].sort((a, b) => b[0] - a[0] || b[1] - a[1]));
    expect(items[0]!.detail.text).toBe('reply 449');
  });

  it('names the customer of draft and conversation entries, and filters by customer, person, kind and date', async () => {
    const { t, ana, tom } = await shopWithTwoCustomers();
    const queue = (await t.call<{ items: Array<{ draftId: number; conversationId: number; draft: string }> }>('listQueue')).items;
    const anaDraft = queue.find((q) => q.conversationId === ana)!;
    t.clock.advance(60_000);
    const midday = t.clock.now();
    // Renames the person at the desk (a staff change, recorded under the name before it).
    await t.call('updateSettings', { operatorName: 'Marta' });
    await t.call('rejectDraft', { draftId: anaDraft.draftId, reason: 'too stiff' });
    await t.call('sendReply', { conversationId: tom, text: 'We open at 9.' });

    const everything = (await allPages(t, {}, 50)).items;
    const rejected = everything.find((e) => e.action === 'draft.rejected')!;
    // The subject is "draft:N", but the entry knows whose chat it was.
    expect(rejected).toMatchObject({ customerName: 'Ana Ruiz', conversationId: ana, actor: 'Marta', kind: 'drafts' });

    const anaOnly = (await allPages(t, { conversationId: ana }, 50)).items;
    expect(anaOnly.length).toBeGreaterThan(0);
    expect(anaOnly.every((e) => e.customerName === 'Ana Ruiz')).toBe(true);
    expect((await allPages(t, { actor: 'Marta' }, 50)).items.map((e) => e.action).sort()).toEqual(['draft.rejected', 'draft.superseded', 'reply.sent'].sort());
    const replies = (await allPages(t, { kind: 'replies' }, 50)).items;
    expect(replies.map((e) => e.action)).toContain('reply.sent');
    expect(replies.every((e) => e.kind === 'replies')).toBe(true);
    // Kinds do not overlap: every entry is in exactly its own kind.
    const byKind = await Promise.all((['replies', 'handoffs', 'drafts', 'knowledge', 'whatsapp', 'system'] as const).map((kind) => allPages(t, { kind }, 50)));
    expect(byKind.reduce((n, r) => n + r.items.length, 0)).toBe(everything.length);
    const since = (await allPages(t, { from: midday }, 50)).items;
    expect(since.every((e) => e.at >= midday)).toBe(true);
    expect(since.map((e) => e.action)).not.toContain('knowledge.loaded');
    expect((await allPages(t, { to: midday }, 50)).items.length + since.length).toBe(everything.length);
    expect((await t.call<{ actors: string[] }>('getActivityActors')).actors).toContain('Marta');
  });

  it('exports the filtered entries as CSV with names, escaped quotes, commas, line breaks and no formulas', async () => {
    const { t, ana } = await shopWithTwoCustomers();
    t.core.audit.record('Luis', 'reply.sent', `conversation:${ana}`, { conversationId: ana, text: 'Sí, "claro", 9:00\nHasta luego' });
    t.core.audit.record('Luis', 'reply.sent', `conversation:${ana}`, { conversationId: ana, text: '=HYPERLINK("http://x")' });
    const csv = await t.call<{ fileName: string; text: string; rows: number }>('exportActivity', { conversationId: ana, actor: 'Luis' });
    expect(csv.rows).toBe(2);
    expect(csv.fileName).toMatch(/^counterpart-activity-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = csv.text.split('\r\n');
    expect(lines[0]).toBe('time_utc,person,customer,kind,action,text,detail');
    expect(lines[1]).toContain(`,Luis,Ana Ruiz,replies,reply.sent,"'=HYPERLINK(""http://x"")",`);
    expect(csv.text).toContain('"Sí, ""claro"", 9:00\nHasta luego"');
    expect(csv.text.endsWith('\r\n')).toBe(true);
  });

  it('escapes single fields as RFC 4180 says', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\r\nbreak')).toBe('"line\r\nbreak"');
    expect(csvField('-1')).toBe("'-1");
    expect(csvField('@cmd')).toBe("'@cmd");
    expect(activityCsv([])).toBe('time_utc,person,customer,kind,action,text,detail\r\n');
  });
});
