import { afterEach, describe, expect, it } from 'vitest';
import type { AttentionNotice } from '../../contract/states-schemas';
import { createTestCore, type TestCore } from '../../testing/test-core';
import { AttentionService, decideNotice, inQuietHours, minuteOfDayIn } from './attention';

const at = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));

describe('notify or not', () => {
  const base = { need: 'needs_reply', unread: 1, notifiedSinceSeen: false, quietHours: null, minuteOfDay: at('12:00') } as const;

  it('notifies a chat waiting for a person with something unread, once until seen', () => {
    expect(decideNotice(base)).toBe('notify');
    expect(decideNotice({ ...base, need: 'draft_ready' })).toBe('notify');
    expect(decideNotice({ ...base, need: 'handed_off' })).toBe('notify');
    expect(decideNotice({ ...base, notifiedSinceSeen: true })).toBe('already_notified');
    expect(decideNotice({ ...base, unread: 0 })).toBe('nothing_unread');
    for (const need of ['paused', 'snoozed', 'resolved', 'optout'] as const) expect(decideNotice({ ...base, need })).toBe('not_waiting');
  });

  it('keeps quiet in quiet hours, across midnight too', () => {
    const night = { from: '22:00', to: '07:30' };
    expect(decideNotice({ ...base, quietHours: night, minuteOfDay: at('23:15') })).toBe('quiet_hours');
    expect(decideNotice({ ...base, quietHours: night, minuteOfDay: at('03:00') })).toBe('quiet_hours');
    expect(decideNotice({ ...base, quietHours: night, minuteOfDay: at('07:30') })).toBe('notify');
    expect(decideNotice({ ...base, quietHours: night, minuteOfDay: at('21:59') })).toBe('notify');
    const lunch = { from: '13:00', to: '14:00' };
    expect(inQuietHours(lunch, at('13:00'))).toBe(true);
    expect(inQuietHours(lunch, at('14:00'))).toBe(false);
    expect(inQuietHours({ from: '09:00', to: '09:00' }, at('09:00'))).toBe(false);
  });

  it("reads the minute of the day in the shop's time zone", () => {
    const noonUtc = Date.UTC(2026, 11, 7, 12, 0);
    expect(minuteOfDayIn('UTC', noonUtc)).toBe(at('12:00'));
    expect(minuteOfDayIn('America/Mexico_City', noonUtc)).toBe(at('06:00'));
    expect(minuteOfDayIn('Asia/Kolkata', noonUtc)).toBe(at('17:30'));
    expect(minuteOfDayIn('Not/AZone', noonUtc)).toBe(at('12:00'));
  });
});

describe('the attention service', () => {
  let t: TestCore;
  afterEach(async () => {
    await t?.core.inbox.idle();
    t?.dispose();
  });

  it('raises one notice per chat until a person opens it, none in quiet hours, and keeps the badge count', async () => {
    t = createTestCore();
    // The test core's attention service records into t.notifications; this one adds a badge.
    const badges: number[] = [];
    const notices: AttentionNotice[] = [];
    const titles: string[] = [];
    let quiet: { from: string; to: string } | null = null;
    const service = new AttentionService({
      inbox: t.core.console,
      bus: t.core.bus,
      clock: t.clock,
      notifier: { notify: (title) => titles.push(title), badge: (n) => badges.push(n) },
      quietHours: () => quiet,
      timeZone: () => 'UTC',
    });
    const stop = service.watch();
    const stopEvents = t.core.bus.onAny((event, payload) => {
      if (event === 'attention') notices.push(payload as AttentionNotice);
    });
    const send = async (customerName: string, text: string) => {
      t.clock.advance(1000);
      const { conversationId } = await t.call<{ conversationId: number }>('sendPracticeMessage', { customerName, language: 'en', text });
      await t.core.inbox.idle();
      return conversationId;
    };

    const ana = await send('Ana', 'can I talk to a human please');
    await send('Ana', 'hello??');
    expect(titles).toEqual(['Ana is waiting for a reply']);
    // The event the browser shell turns into a notification (the core's own service sends one too).
    expect(notices[0]).toMatchObject({ conversationId: ana, customerName: 'Ana', text: 'can I talk to a human please' });
    expect(badges.at(-1)).toBe(1);

    await t.call('markConversationRead', { conversationId: ana });
    service.check(ana);
    await send('Ana', 'still there?');
    expect(titles).toHaveLength(2);
    expect(titles[1]).toBe('Ana needs a person');

    // 09:00 UTC on the fake clock: inside these quiet hours, nothing is raised.
    quiet = { from: '08:00', to: '18:00' };
    await send('Tom', 'do you sell pots?');
    expect(titles).toHaveLength(2);
    expect(badges.at(-1)).toBe(2);

    // Resolving takes it off the count.
    await t.call('setConversationStatus', { conversationId: ana, status: 'resolved' });
    expect(badges.at(-1)).toBe(1);
    stop();
    stopEvents();
  });

  it('is what the core runs: one notice per chat until the console opens it', async () => {
    t = createTestCore();
    await t.call('sendPracticeMessage', { customerName: 'Rosa', language: 'es', text: 'hola, ¿tienen macetas?' });
    await t.core.inbox.idle();
    await t.call('sendPracticeMessage', { customerName: 'Rosa', language: 'es', text: '¿y envían?' });
    await t.core.inbox.idle();
    expect(t.notifications.map((n) => n.title)).toEqual(['Rosa is waiting for a reply']);
    // Opened in the console: the next message notifies again.
    await t.call('markConversationRead', { conversationId: 1 });
    await t.call('sendPracticeMessage', { customerName: 'Rosa', language: 'es', text: '¿hola?' });
    await t.core.inbox.idle();
    expect(t.notifications).toHaveLength(2);
  });
});
