import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEntry, QueueItem, ReviewReason } from '../../contract/schemas';
import { createTestCore, type TestCore } from '../../testing/test-core';

describe('a person’s edit goes through the guards again', () => {
  let t: TestCore;
  afterEach(() => t?.dispose());

  /** An answer draft for "How much is the monstera?", citing the Monstera (549.00 MXN). */
  const pendingAnswer = async (): Promise<QueueItem> => {
    t = createTestCore();
    await t.call('loadDemoShop');
    await t.call('sendPracticeMessage', { customerName: 'Ana', language: 'en', text: 'How much is the monstera?' });
    await t.core.inbox.idle();
    const item = (await t.call<{ items: QueueItem[] }>('listQueue')).items[0]!;
    expect(item).toMatchObject({ route: 'answer', sources: [{ id: 'product:CV-001' }] });
    return item;
  };
  const check = async (item: QueueItem, text: string) =>
    (await t.call<{ reasons: ReviewReason[] }>('checkDraftEdit', { draftId: item.draftId, text })).reasons;
  const audit = async () => (await t.call<{ items: AuditEntry[] }>('listAudit', { limit: 20 })).items;

  it('shows what the guards find in the edited text, and nothing for the draft as written', async () => {
    const item = await pendingAnswer();
    expect(await check(item, item.draft)).toEqual([]);
    expect(await check(item, 'Hi Ana! The Monstera Deliciosa is 549.00 MXN.')).toEqual([]);
    const found = await check(item, 'Hi Ana! The Monstera is 349 MXN today, pay here: https://evil.example/pay');
    expect(found.map((r) => [r.code, r.blocking])).toEqual([
      ['unsupported_amount', true],
      ['unknown_link', true],
    ]);
    expect(found[1]!.params).toEqual({ links: '"https://evil.example/pay"', count: 1 });
  });

  it('lets the person send it anyway and records what the guards found', async () => {
    const item = await pendingAnswer();
    const text = 'Hi Ana! It is 349 MXN: www.pagos-rapidos.net';
    const sent = await t.call<QueueItem>('approveDraft', { draftId: item.draftId, text });
    expect(sent.status).toBe('approved');
    const entries = await audit();
    const edited = entries.find((e) => e.action === 'draft.edited')!;
    expect((edited.detail.findings as ReviewReason[]).map((r) => r.code)).toEqual(['unsupported_amount', 'unknown_link']);
    expect(entries.find((e) => e.action === 'draft.approved')!.detail).toMatchObject({ edited: true, findings: ['unsupported_amount', 'unknown_link'] });
  });

  it('records no findings for a clean edit', async () => {
    const item = await pendingAnswer();
    await t.call('approveDraft', { draftId: item.draftId, text: 'Hi Ana! The Monstera Deliciosa is 549.00 MXN. Anything else?' });
    const entries = await audit();
    expect(entries.find((e) => e.action === 'draft.edited')!.detail.findings).toEqual([]);
    expect(entries.find((e) => e.action === 'draft.approved')!.detail).not.toHaveProperty('findings');
  });

  it('refuses to check a draft that was already handled', async () => {
    const item = await pendingAnswer();
    await t.call('rejectDraft', { draftId: item.draftId });
    expect(await t.dispatch('checkDraftEdit', { draftId: item.draftId, text: 'x' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});
