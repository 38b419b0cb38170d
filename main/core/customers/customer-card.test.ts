import { afterEach, describe, expect, it } from 'vitest';
import type { CustomerCard } from '../../contract/customer-schemas';
import type { AuditEntry } from '../../contract/schemas';
import { createTestCore, type TestCore } from '../../testing/test-core';
import { minorDigits, toMinor } from './customer-service';

describe('the customer card', () => {
  let t: TestCore;
  afterEach(() => t?.dispose());

  async function chat(name: string, text: string): Promise<{ conversationId: number; messageId: number }> {
    const sent = await t.call<{ conversationId: number; messageId: number }>('sendPracticeMessage', { customerName: name, language: 'en', text });
    await t.core.inbox.idle();
    return sent;
  }
  const card = (conversationId: number) => t.call<CustomerCard>('getCustomerCard', { conversationId });

  it('shows the names, languages, first contact and conversation, and keeps the shop\'s name and notes', async () => {
    t = createTestCore();
    await t.call('loadDemoShop');
    const ana = await chat('Ana Ruiz', 'How much is the monstera?');
    t.clock.advance(60_000);
    await chat('Ana Ruiz', '¿Tienen macetas de barro para interior?');
    const first = await card(ana.conversationId);
    expect(first).toMatchObject({ name: 'Ana Ruiz', shopName: null, channel: 'practice', phone: null, ids: ['practice:ana ruiz'], referral: null, canSuggest: false });
    expect(first.languages).toEqual(['en', 'es']);
    expect(first.conversations).toEqual([expect.objectContaining({ id: ana.conversationId, messages: expect.any(Number), startedBy: 'customer' })]);
    expect(first.firstContactAt).toBe(Date.UTC(2026, 10, 25, 9, 0, 0));
    const ad = { source: 'FB', app: 'facebook', title: 'Monstera week', body: null, url: null, sourceId: '1203', sourceType: 'ad', ctwaClid: null };
    t.core.conversations.setReferral(ana.conversationId, ad);
    expect((await card(ana.conversationId)).referral).toEqual(ad);

    expect((await t.call<CustomerCard>('setCustomerShopName', { conversationId: ana.conversationId, shopName: 'Anita (regular)' })).shopName).toBe('Anita (regular)');
    const noted = await t.call<CustomerCard>('saveCustomerNote', { conversationId: ana.conversationId, text: 'Picks up on Saturdays' });
    expect(noted.notes).toEqual([expect.objectContaining({ text: 'Picks up on Saturdays', author: 'Owner' })]);
    const id = noted.notes[0]!.id;
    expect((await t.call<CustomerCard>('saveCustomerNote', { conversationId: ana.conversationId, id, text: 'Picks up on Sundays' })).notes[0]!.text).toBe('Picks up on Sundays');
    expect((await t.call<CustomerCard>('deleteCustomerNote', { conversationId: ana.conversationId, id })).notes).toEqual([]);

    // Another customer's note cannot be reached through this chat.
    const tom = await chat('Tom', 'opening hours?');
    const tomNote = (await t.call<CustomerCard>('saveCustomerNote', { conversationId: tom.conversationId, text: 'VIP' })).notes[0]!.id;
    expect(await t.dispatch('deleteCustomerNote', { conversationId: ana.conversationId, id: tomNote })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect((await card(tom.conversationId)).notes).toHaveLength(1);
  });

  it('adds staff facts approved with their message, edits and deletes them; a message of another chat is refused', async () => {
    t = createTestCore();
    await t.call('loadDemoShop');
    const ana = await chat('Ana', 'I wear size M, do you have aprons?');
    const tom = await chat('Tom', 'hello there');
    const added = await t.call<CustomerCard>('saveCustomerFact', { conversationId: ana.conversationId, text: 'Wears size M', messageId: ana.messageId });
    expect(added.facts).toEqual([
      expect.objectContaining({ text: 'Wears size M', status: 'approved', source: 'staff', addedBy: 'Owner', approvedBy: 'Owner', messageId: ana.messageId, messageText: 'I wear size M, do you have aprons?' }),
    ]);
    const id = added.facts[0]!.id;
    expect((await t.call<CustomerCard>('saveCustomerFact', { conversationId: ana.conversationId, id, text: 'Wears size L' })).facts[0]).toMatchObject({ text: 'Wears size L', messageId: ana.messageId });
    expect(await t.dispatch('saveCustomerFact', { conversationId: ana.conversationId, text: 'x', messageId: tom.messageId })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await t.dispatch('suggestCustomerFacts', { conversationId: ana.conversationId })).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect((await t.call<CustomerCard>('deleteCustomerFact', { conversationId: ana.conversationId, id })).facts).toEqual([]);
    const audit = (await t.call<{ items: AuditEntry[] }>('listAudit')).items.map((a) => a.action);
    expect(audit).toEqual(expect.arrayContaining(['customer.fact_added', 'customer.fact_edited', 'customer.fact_deleted']));
  });

  it('records purchases of catalog products in minor units of the shop currency, variants by their own price', async () => {
    t = createTestCore();
    await t.call('loadDemoShop');
    const ana = await chat('Ana', 'How much is the monstera?');
    const monstera = t.core.knowledge.productsBySku(['CV-001']).get('CV-001')!;
    const currency = t.core.knowledge.profile()!.currency;
    const digits = minorDigits(currency);
    const bought = await t.call<CustomerCard>('addCustomerPurchase', { conversationId: ana.conversationId, productSku: 'CV-001', quantity: 2 });
    expect(bought.purchases).toEqual([
      expect.objectContaining({ productSku: 'CV-001', productName: monstera.name, quantity: 2, amountMinor: 2 * toMinor(monstera.price, digits), currency, recordedBy: 'Owner' }),
    ]);
    const variant = monstera.variants?.[0];
    if (variant) {
      const v = await t.call<CustomerCard>('addCustomerPurchase', { conversationId: ana.conversationId, productSku: 'CV-001', variantSku: variant.sku, amountMinor: 1000 });
      expect(v.purchases.find((p) => p.productSku === variant.sku)).toMatchObject({ amountMinor: 1000, variant: expect.any(String) });
    }
    expect(await t.dispatch('addCustomerPurchase', { conversationId: ana.conversationId, productSku: 'NOPE' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const id = bought.purchases[0]!.id;
    expect((await t.call<CustomerCard>('deleteCustomerPurchase', { conversationId: ana.conversationId, id })).purchases.some((p) => p.id === id)).toBe(false);
  });

  it('converts catalog prices to minor units exactly', () => {
    expect(toMinor('549.00', 2)).toBe(54900);
    expect(toMinor('0.1', 2)).toBe(10);
    expect(toMinor('150000', 0)).toBe(150000);
    expect(minorDigits('JPY')).toBe(0);
    expect(minorDigits('MXN')).toBe(2);
  });

  it('exports one customer as readable JSON with their messages, facts, notes and purchases, and no one else', async () => {
    t = createTestCore();
    await t.call('loadDemoShop');
    const ana = await chat('Ana', 'How much is the monstera? quetzalplume');
    await chat('Tom', 'Tom asks about zorblatt pots');
    await t.call('saveCustomerFact', { conversationId: ana.conversationId, text: 'Prefers black pots', messageId: ana.messageId });
    await t.call('saveCustomerNote', { conversationId: ana.conversationId, text: 'Regular since 2024' });
    await t.call('addCustomerPurchase', { conversationId: ana.conversationId, productSku: 'CV-001' });
    const file = await t.call<{ fileName: string; text: string }>('exportCustomer', { conversationId: ana.conversationId });
    expect(file.fileName).toMatch(/^customer-\d+-2026-11-25\.json$/);
    const data = JSON.parse(file.text) as Record<string, unknown> & { conversations: Array<{ messages: Array<{ text: string; from: string }> }> };
    expect(data).toMatchObject({
      customer: { name: 'Ana' },
      facts: [{ text: 'Prefers black pots', fromMessage: ana.messageId }],
      notes: [{ text: 'Regular since 2024' }],
      purchases: [{ sku: 'CV-001', quantity: 1 }],
    });
    expect(data.conversations[0]!.messages[0]).toMatchObject({ from: 'customer', text: 'How much is the monstera? quetzalplume' });
    expect(file.text).not.toContain('zorblatt');
  });

  it('lets only an owner forget a customer; staff may read and edit the card', async () => {
    t = createTestCore();
    const ana = await chat('Ana', 'hello');
    const leo = await t.call<{ id: number }>('addStaffMember', { name: 'Leo', role: 'staff', pin: '2468' });
    await t.call('switchOperator', { id: leo.id, pin: '2468' });
    expect(await t.dispatch('forgetCustomer', { conversationId: ana.conversationId })).toMatchObject({ ok: false, error: { code: 'owner_only' } });
    expect((await t.call<CustomerCard>('saveCustomerFact', { conversationId: ana.conversationId, text: 'Likes ferns' })).facts[0]).toMatchObject({ addedBy: 'Leo' });
    expect((await card(ana.conversationId)).name).toBe('Ana');
  });
});
