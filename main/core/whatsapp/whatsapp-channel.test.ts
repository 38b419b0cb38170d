import { afterEach, describe, expect, it } from 'vitest';
import { linkedCore, type LinkedCore } from '../../testing/fake-whatsapp/linked-core';
import { ANA, LID, waText } from '../../testing/fake-whatsapp/wa-messages';
import { transaction } from '../storage/database';
import { DEFAULT_PACING, SendLimiter, typingDelayMs } from './whatsapp-channel';

describe('the WhatsApp channel adapter', () => {
  const opened: LinkedCore[] = [];
  afterEach(() => opened.splice(0).forEach((c) => c.t.dispose()));
  const setup = async (reuse?: LinkedCore) => {
    const c = await linkedCore({ reuse: reuse?.t });
    opened.push(c);
    return c;
  };

  /** A customer writes; returns the conversation id. */
  const customerWrites = async (c: LinkedCore, options: { id: string; jid?: string; alt?: string }) => {
    c.socket().upsert([waText('hello, is anyone there?', options)]);
    await c.idle();
    return c.t.core.conversations.findConversation('whatsapp', options.alt ?? options.jid ?? ANA)!;
  };

  /** What an approval writes (message + outbox row in one transaction), without running the worker. */
  const approve = (c: LinkedCore, conversationId: number, text: string) =>
    transaction(c.t.core.db, () => c.t.core.outbox.enqueue({ conversationId, draftId: null, text, author: 'Owner' }));

  const outbound = (c: LinkedCore) =>
    c.t.core.db.prepare("SELECT m.external_id AS id, m.status, o.status AS outbox, o.error FROM messages m JOIN outbox o ON o.message_id = m.id WHERE m.direction = 'out' ORDER BY m.id").all() as Array<{
      id: string;
      status: string;
      outbox: string;
      error: string | null;
    }>;

  it('replies to the JID as received, with the send id as message id, after typing, exactly once', async () => {
    const c = await setup();
    const conversationId = await customerWrites(c, { id: 'IN1', jid: LID, alt: '5511987654321@s.whatsapp.net' });
    const { sendId } = approve(c, conversationId, 'We open at 9.');
    const before = c.clock.now();
    await c.t.core.outbox.kick();
    await c.t.core.outbox.kick();
    expect(c.socket().sent).toEqual([{ jid: LID, text: 'We open at 9.', messageId: sendId }]);
    expect(c.socket().presence).toEqual([
      { type: 'composing', jid: LID },
      { type: 'paused', jid: LID },
    ]);
    expect(c.clock.now() - before).toBe(typingDelayMs('We open at 9.', () => 0.5));
    expect(outbound(c)).toEqual([{ id: sendId, status: 'sent', outbox: 'sent', error: null }]);
  });

  it('answers WhatsApp resend requests from the database, across restarts and sockets', async () => {
    const first = await setup();
    const conversationId = await customerWrites(first, { id: 'IN1' });
    const { sendId } = approve(first, conversationId, 'We open at 9.');
    await first.t.core.outbox.kick();
    first.t.close();
    const second = await setup(first);
    const getMessage = second.socket().options.getMessage;
    expect(await getMessage({ remoteJid: ANA, fromMe: true, id: sendId })).toEqual({ extendedTextMessage: { text: 'We open at 9.' } });
    expect(await getMessage({ remoteJid: ANA, fromMe: true, id: 'UNKNOWN' })).toBeUndefined();
  });

  it('sends an approval left by a crash exactly once after a restart', async () => {
    const first = await setup();
    const conversationId = await customerWrites(first, { id: 'IN1' });
    const { sendId } = approve(first, conversationId, 'See you at 9!');
    first.t.close();

    const second = await setup(first);
    await second.t.core.outbox.kick();
    await second.t.core.outbox.kick();
    expect(second.socket().sent).toEqual([{ jid: ANA, text: 'See you at 9!', messageId: sendId }]);
    expect(first.sockets.sockets.flatMap((s) => s.sent)).toEqual([]);
  });

  it('never sends twice when a crash came after the reply was handed to WhatsApp', async () => {
    const first = await setup();
    const conversationId = await customerWrites(first, { id: 'IN1' });
    const { sendId } = approve(first, conversationId, 'See you at 9!');
    // The crash: the attempt was recorded (the bytes may have left) but the outbox never heard back.
    first.t.core.db.prepare('INSERT INTO wa_sends (send_id, jid, attempted_at) VALUES (?, ?, ?)').run(sendId, ANA, 1);
    first.t.close();

    const second = await setup(first);
    await second.t.core.outbox.kick();
    expect(second.socket().sent).toEqual([]);
    expect(outbound(second)).toEqual([{ id: sendId, status: 'failed', outbox: 'failed', error: expect.stringContaining('not sent again') }]);
  });

  it('never messages a chat the customer did not start', async () => {
    const c = await setup();
    c.socket().upsert([waText('Hi! We have a sale this week', { id: 'PHONE1', fromMe: true })]);
    await c.idle();
    const conversationId = c.t.core.conversations.findConversation('whatsapp', ANA)!;
    approve(c, conversationId, 'Also 10% off pots');
    await c.t.core.outbox.kick();
    expect(c.socket().sent).toEqual([]);
    expect(outbound(c)[0]).toMatchObject({ status: 'failed', error: expect.stringContaining('a customer started') });
  });

  it('surfaces a send WhatsApp refused and does not retry it', async () => {
    const c = await setup();
    const conversationId = await customerWrites(c, { id: 'IN1' });
    approve(c, conversationId, 'We open at 9.');
    c.socket().failNextSend = new Error('463 reachout timelock');
    await c.t.core.outbox.kick();
    await c.t.core.outbox.kick();
    expect(c.socket().sent).toEqual([]);
    expect(outbound(c)[0]).toMatchObject({ status: 'failed', outbox: 'failed', error: expect.stringContaining('463') });
    expect(c.t.core.audit.list(20).filter((a) => a.action === 'message.failed')).toHaveLength(1);
  });

  it('fails at once when WhatsApp is unlinked instead of waiting', async () => {
    const c = await setup();
    const conversationId = await customerWrites(c, { id: 'IN1' });
    await c.t.call('disconnectWhatsApp');
    approve(c, conversationId, 'We open at 9.');
    const before = c.clock.now();
    await c.t.core.outbox.kick();
    expect(c.clock.now()).toBe(before);
    expect(outbound(c)[0]).toMatchObject({ status: 'failed', error: expect.stringContaining('not connected') });
  });

  it('waits for a reconnect before sending', async () => {
    const c = await setup();
    const conversationId = await customerWrites(c, { id: 'IN1' });
    c.socket().close(428);
    approve(c, conversationId, 'We open at 9.');
    const delivery = c.t.core.outbox.kick();
    c.timers.advance(c.timers.nextDelay()!);
    await new Promise((resolve) => setImmediate(resolve));
    c.socket().open();
    await delivery;
    expect(c.socket().sent.map((s) => s.text)).toEqual(['We open at 9.']);
  });

  it('paces replies per chat and overall', () => {
    const sent: Array<{ jid: string; at: number }> = [];
    const limiter = new SendLimiter({ ...DEFAULT_PACING, perChatGapMs: 4_000, perChatPerHour: 2, globalPerMinute: 3 }, { since: (after) => sent.filter((s) => s.at > after) });
    const t0 = 1_000_000;
    expect(limiter.waitMs('a', t0)).toBe(0);
    sent.push({ jid: 'a', at: t0 });
    expect(limiter.waitMs('a', t0 + 1_000)).toBe(3_000);
    expect(limiter.waitMs('b', t0 + 1_000)).toBe(0);
    sent.push({ jid: 'a', at: t0 + 5_000 });
    expect(limiter.waitMs('a', t0 + 10_000)).toBe(60 * 60_000 - 10_000);
    sent.push({ jid: 'b', at: t0 + 6_000 });
    expect(limiter.waitMs('c', t0 + 7_000)).toBe(60_000 - 7_000);
    expect(limiter.waitMs('c', t0 + 60_001)).toBe(0);
    // The clock was set back a day: the wait is bounded by the window, not by the gap in time.
    expect(limiter.waitMs('a', t0 - 24 * 60 * 60_000)).toBeLessThanOrEqual(60 * 60_000);
  });

  it('keeps the send limits across a restart: they are read from the recorded sends', async () => {
    const pacing = { perChatPerHour: 2, perChatGapMs: 4_000 };
    const first = await linkedCore({ whatsapp: { pacing } });
    opened.push(first);
    const conversationId = await customerWrites(first, { id: 'IN1' });
    approve(first, conversationId, 'We open at 9.');
    approve(first, conversationId, 'And close at 6.');
    await first.t.core.outbox.kick();
    expect(first.socket().sent).toHaveLength(2);
    first.t.close();

    const second = await linkedCore({ reuse: first.t, whatsapp: { pacing } });
    opened.push(second);
    approve(second, conversationId, 'See you!');
    await second.t.core.outbox.kick();
    expect(second.socket().sent.map((s) => s.text)).toEqual(['See you!']);
    const times = (second.t.core.db.prepare('SELECT attempted_at AS at FROM wa_sends ORDER BY attempted_at').all() as Array<{ at: number }>).map((r) => r.at);
    expect(times).toHaveLength(3);
    // The third reply to the chat waited until the first one left the hour window.
    expect(times[2]! - times[0]!).toBeGreaterThanOrEqual(60 * 60_000);
  });

  it('types for longer when the reply is longer, within bounds', () => {
    expect(typingDelayMs('ok', () => 0.5)).toBeGreaterThanOrEqual(1_200);
    expect(typingDelayMs('x'.repeat(100), () => 0.5)).toBeGreaterThan(typingDelayMs('ok', () => 0.5));
    expect(typingDelayMs('x'.repeat(5_000), () => 1)).toBeLessThanOrEqual(8_000 * 1.2);
  });
});
