import { afterEach, describe, expect, it } from 'vitest';
import type { Result } from '../../contract/contract';
import type { Settings } from '../../contract/schemas';
import type { StaffList, StaffMember } from '../../contract/staff-schemas';
import { memorySettings } from '../platform/conf-settings';
import { createTestCore, type TestCore } from '../../testing/test-core';
import { LOCK_MS, MAX_PIN_TRIES } from './staff-service';
import { hashPin, verifyPin } from './pin';

const cores: TestCore[] = [];
afterEach(() => cores.splice(0).forEach((c) => c.dispose()));

function fresh(settings = memorySettings()): TestCore {
  const t = createTestCore({ settings });
  cores.push(t);
  return t;
}

function errorCode(result: Result<unknown>): string | null {
  return result.ok ? null : result.error.code;
}

describe('PINs', () => {
  it('hashes with scrypt and a salt per person, and checks only the right PIN', async () => {
    const a = await hashPin('4821');
    const b = await hashPin('4821');
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
    expect(a.hash).not.toContain('4821');
    expect(await verifyPin('4821', a)).toBe(true);
    expect(await verifyPin('4822', a)).toBe(false);
    expect(await verifyPin('482', a)).toBe(false);
  });
});

describe('staff', () => {
  it('makes an install with an operator name and nobody yet its first owner, at the desk', async () => {
    const t = fresh(memorySettings({ operatorName: 'Marta' }));
    const list = await t.call<StaffList>('listStaff');
    expect(list.items).toEqual([{ id: list.currentId, name: 'Marta', role: 'owner', hasPin: false }]);
    // The audit log names the person at the desk.
    await t.call('loadDemoShop');
    expect(t.core.audit.list(5).find((e) => e.action === 'knowledge.demo_loaded')?.actor).toBe('Marta');
  });

  it('never returns a PIN or its hash', async () => {
    const t = fresh();
    const added = await t.call<StaffMember>('addStaffMember', { name: 'Leo', role: 'staff', pin: '2468' });
    expect(added).toEqual({ id: added.id, name: 'Leo', role: 'staff', hasPin: true });
    expect(JSON.stringify(await t.call('listStaff'))).not.toMatch(/2468|pin_hash|salt/);
  });

  it('switches to a person with a PIN only with that PIN, and names them in the audit log and settings', async () => {
    const t = fresh();
    const leo = await t.call<StaffMember>('addStaffMember', { name: 'Leo', role: 'staff', pin: '2468' });
    expect(errorCode(await t.dispatch('switchOperator', { id: leo.id }))).toBe('wrong_pin');
    expect(errorCode(await t.dispatch('switchOperator', { id: leo.id, pin: '1357' }))).toBe('wrong_pin');
    expect(t.core.staff.current().name).toBe('Owner');
    const list = await t.call<StaffList>('switchOperator', { id: leo.id, pin: '2468' });
    expect(list.currentId).toBe(leo.id);
    expect((await t.call<Settings>('getSettings')).operatorName).toBe('Leo');
    expect(t.core.audit.list(1)[0]).toMatchObject({ actor: 'Leo', action: 'operator.switched' });
  });

  it(`locks a person after ${MAX_PIN_TRIES} wrong PINs, even against the right one, until the lock runs out`, async () => {
    const t = fresh();
    const leo = await t.call<StaffMember>('addStaffMember', { name: 'Leo', role: 'owner', pin: '2468' });
    for (let i = 1; i < MAX_PIN_TRIES; i++) expect(errorCode(await t.dispatch('switchOperator', { id: leo.id, pin: '0000' }))).toBe('wrong_pin');
    expect(errorCode(await t.dispatch('switchOperator', { id: leo.id, pin: '0000' }))).toBe('rate_limited');
    expect(errorCode(await t.dispatch('switchOperator', { id: leo.id, pin: '2468' }))).toBe('rate_limited');
    t.clock.advance(LOCK_MS + 1);
    expect((await t.call<StaffList>('switchOperator', { id: leo.id, pin: '2468' })).currentId).toBe(leo.id);
  });

  it('keeps the last owner: not demoted, not removed', async () => {
    const t = fresh();
    const me = t.core.staff.current();
    const other = await t.call<StaffMember>('addStaffMember', { name: 'Ana', role: 'owner', pin: null });
    expect(errorCode(await t.dispatch('updateStaffMember', { id: me.id, role: 'staff' }))).toBe(null);
    // Ana is now the only owner; the (demoted) operator can no longer touch her anyway, so go through her.
    await t.call('switchOperator', { id: other.id });
    expect(errorCode(await t.dispatch('updateStaffMember', { id: other.id, role: 'staff' }))).toBe('conflict');
    expect(errorCode(await t.dispatch('removeStaffMember', { id: other.id }))).toBe('conflict');
    await t.call('updateStaffMember', { id: me.id, role: 'owner' });
    expect(errorCode(await t.dispatch('removeStaffMember', { id: me.id }))).toBe(null);
    expect((await t.call<StaffList>('listStaff')).items.map((p) => p.name)).toEqual(['Ana']);
  });

  it('refuses a staff member the owner-only channels through the real dispatch, and lets them do their own work', async () => {
    const t = fresh();
    await t.call('loadDemoShop');
    const leo = await t.call<StaffMember>('addStaffMember', { name: 'Leo', role: 'staff', pin: null });
    await t.call('switchOperator', { id: leo.id });
    const faqs = t.core.knowledge.summary().faqs;
    expect(errorCode(await t.dispatch('deleteFaq', { id: 'hours' }))).toBe('owner_only');
    expect(t.core.knowledge.summary().faqs).toBe(faqs);
    expect(errorCode(await t.dispatch('saveModelConfig', { provider: 'none', baseUrl: '', model: '' }))).toBe('owner_only');
    expect(errorCode(await t.dispatch('loadDemoShop', {}))).toBe('owner_only');
    expect(errorCode(await t.dispatch('addStaffMember', { name: 'Eve', role: 'owner', pin: null }))).toBe('owner_only');
    expect(errorCode(await t.dispatch('updateStaffMember', { id: leo.id, role: 'owner' }))).toBe('owner_only');
    expect(errorCode(await t.dispatch('updateStaffMember', { id: t.core.staff.list().items[0]!.id, pin: '1111' }))).toBe('owner_only');
    expect(errorCode(await t.dispatch('updateSettings', { stockDisplay: 'exact' }))).toBe('owner_only');
    expect(errorCode(await t.dispatch('restartSetup', {}))).toBe('owner_only');
    // What staff do: their own PIN and name, the UI language.
    expect(errorCode(await t.dispatch('updateStaffMember', { id: leo.id, pin: '9753', name: 'Leonel' }))).toBe(null);
    expect(errorCode(await t.dispatch('updateSettings', { uiLanguage: 'es' }))).toBe(null);
    expect(t.core.settings.get().operatorName).toBe('Leonel');
  });
});
