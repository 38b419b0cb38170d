import { afterEach, describe, expect, it } from 'vitest';
import type { QuickReply } from '../../contract/quick-reply-schemas';
import { createTestCore, type TestCore } from '../../testing/test-core';

describe('quick replies', () => {
  const cores: TestCore[] = [];
  afterEach(() => cores.splice(0).forEach((c) => c.dispose()));

  it('saves, lists by shortcut, edits and deletes; blank languages are not kept; all audited', async () => {
    const t = createTestCore();
    cores.push(t);
    const hours = await t.call<QuickReply>('saveQuickReply', { title: 'Hours', shortcut: '/Hours'.slice(1), texts: { en: 'Hi {name}! We open at 9.', es: ' Hola {name}, abrimos a las 9. ', pt: '  ' } });
    expect(hours).toMatchObject({ shortcut: 'hours', texts: { en: 'Hi {name}! We open at 9.', es: 'Hola {name}, abrimos a las 9.' } });
    expect(Object.keys(hours.texts)).toEqual(['en', 'es']);
    await t.call('saveQuickReply', { title: 'Address', shortcut: 'addr', texts: { en: 'Calle 5' } });
    expect((await t.call<{ items: QuickReply[] }>('listQuickReplies')).items.map((q) => q.shortcut)).toEqual(['addr', 'hours']);

    const edited = await t.call<QuickReply>('saveQuickReply', { id: hours.id, title: 'Opening hours', shortcut: 'hours', texts: { en: 'We open at 10.' } });
    expect(edited).toMatchObject({ id: hours.id, title: 'Opening hours', texts: { en: 'We open at 10.' } });
    expect(await t.call('deleteQuickReply', { id: hours.id })).toEqual({ deleted: 1 });
    expect((await t.call<{ items: QuickReply[] }>('listQuickReplies')).items.map((q) => q.shortcut)).toEqual(['addr']);
    expect(t.core.audit.list(20).filter((a) => a.action.startsWith('quickReply.')).map((a) => a.action)).toEqual(['quickReply.deleted', 'quickReply.saved', 'quickReply.saved', 'quickReply.saved']);
  });

  it('refuses a taken shortcut (any case), a shortcut with spaces, and a reply with no text', async () => {
    const t = createTestCore();
    cores.push(t);
    await t.call('saveQuickReply', { title: 'Hours', shortcut: 'hours', texts: { en: 'We open at 9.' } });
    const taken = await t.dispatch('saveQuickReply', { title: 'Other', shortcut: 'HOURS', texts: { en: 'x' } });
    expect(taken.ok ? null : taken.error.code).toBe('conflict');
    const spaced = await t.dispatch('saveQuickReply', { title: 'Other', shortcut: 'two words', texts: { en: 'x' } });
    expect(spaced.ok ? null : spaced.error.code).toBe('bad_input');
    const empty = await t.dispatch('saveQuickReply', { title: 'Empty', shortcut: 'empty', texts: { en: '  ', es: '' } });
    expect(empty.ok ? null : empty.error.code).toBe('bad_input');
  });
});
