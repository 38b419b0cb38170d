import type { WhatsAppStatus } from '../../contract/whatsapp-schemas';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeClock } from '../../testing/test-core';
import { fakeSocketFactory, ManualTimers } from '../../testing/fake-whatsapp/fake-socket';
import { createWhatsAppTestCore, type WhatsAppTestCore } from '../../testing/fake-whatsapp/whatsapp-test-core';
import { DATA_KEY_SECRET } from './auth-crypto';
import { backoffDelay, BACKOFF, decideOnClose, REPLACED_DELAY_MS } from './connection-policy';
import { loopbackWsUrl } from './socket-port';

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('the WhatsApp connection', () => {
  const cores: WhatsAppTestCore[] = [];
  afterEach(() => cores.splice(0).forEach((c) => c.dispose()));

  const setup = (reuse?: WhatsAppTestCore) => {
    const clock = reuse?.clock ?? new FakeClock();
    const timers = new ManualTimers(clock);
    const sockets = fakeSocketFactory();
    const t = createWhatsAppTestCore({
      clock,
      dataDir: reuse?.dataDir,
      secrets: reuse?.secrets,
      whatsapp: { socketFactory: sockets.factory, timers, random: () => 0.5, sleep: async (ms) => clock.advance(ms) },
    });
    cores.push(t);
    const status = () => t.call<WhatsAppStatus>('getWhatsAppStatus');
    const authRows = () => (t.core.db.prepare('SELECT COUNT(*) AS n FROM wa_auth').get() as { n: number }).n;
    return { t, clock, timers, sockets, status, authRows };
  };

  /** Links by QR through the handlers and the fake socket, ending connected. */
  const linked = async () => {
    const s = setup();
    await s.t.call('connectWhatsApp', { method: 'qr' });
    s.sockets.latest().pair();
    await settle();
    s.sockets.latest().open();
    return s;
  };

  it('links by QR: shows the QR as a PNG, saves the creds, restarts at once on 515 and connects', async () => {
    const { t, sockets, status } = setup();
    expect((await status()).state).toBe('unlinked');
    const linking = await t.call<WhatsAppStatus>('connectWhatsApp', { method: 'qr' });
    expect(linking.state).toBe('linking');
    sockets.latest().qr();
    await vi.waitFor(async () => expect((await status()).qrDataUrl).toMatch(/^data:image\/png;base64,/));
    sockets.latest().pair();
    await settle();
    expect(sockets.sockets).toHaveLength(2);
    expect((await status()).state).toBe('connecting');
    sockets.latest().open();
    expect(await status()).toMatchObject({ state: 'connected', phone: '+15550001111', qrDataUrl: null, detail: null });
    expect(t.eventsOf('whatsappStatusChanged').map((s) => s.state)).toEqual(['linking', 'linking', 'connecting', 'connected']);
    // The second socket is built from the creds the first one saved.
    expect(sockets.latest().options.auth.creds.me?.id).toBe('15550001111:7@s.whatsapp.net');
    expect(sockets.latest().options.msgRetryCounterCache).toBe(sockets.sockets[0]!.options.msgRetryCounterCache);
  });

  it('reconnects after a restart without a new QR', async () => {
    const first = await linked();
    const noise = first.sockets.latest().options.auth.creds.noiseKey.private;
    first.t.close();
    const second = setup(first.t);
    await second.t.core.start();
    expect(second.sockets.sockets).toHaveLength(1);
    const auth = second.sockets.latest().options.auth;
    expect(auth.creds.me?.id).toBe('15550001111:7@s.whatsapp.net');
    expect(Buffer.compare(auth.creds.noiseKey.private, noise)).toBe(0);
    second.sockets.latest().open();
    expect((await second.status()).state).toBe('connected');
  });

  it('does nothing at start when no device is linked', async () => {
    const { t, sockets, status } = setup();
    await t.core.start();
    expect(sockets.sockets).toHaveLength(0);
    expect((await status()).state).toBe('unlinked');
  });

  it('links by pairing code for a phone number', async () => {
    const { t, sockets, status } = setup();
    await t.call('connectWhatsApp', { method: 'code', phone: '+1 (555) 000-1111' });
    sockets.latest().qr();
    await vi.waitFor(async () => expect((await status()).pairingCode).toBe('ABCD1234'));
    expect(sockets.latest().pairingRequests).toEqual(['15550001111']);
    expect((await status()).qrDataUrl).toBeNull();
  });

  it('ends linking when the QR expires (408 before pairing) and keeps nothing', async () => {
    const { t, sockets, status, authRows } = setup();
    await t.call('connectWhatsApp', { method: 'qr' });
    sockets.latest().close(408);
    await settle();
    expect(await status()).toMatchObject({ state: 'unlinked', detail: expect.stringContaining('expired') });
    expect(authRows()).toBe(0);
    expect(sockets.sockets).toHaveLength(1);
  });

  it('on 401 wipes the keys and asks to link again', async () => {
    const { t, sockets, status, authRows } = await linked();
    sockets.latest().close(401);
    await settle();
    expect(await status()).toMatchObject({ state: 'logged_out', detail: expect.stringContaining('Link again') });
    expect(authRows()).toBe(0);
    expect(await t.secrets.get(DATA_KEY_SECRET)).toBeNull();
    expect(sockets.sockets).toHaveLength(2);
    expect(t.notifications.map((n) => n.title)).toContain('WhatsApp unlinked');
  });

  it('on 403 stops and says the number was refused, keeping the keys', async () => {
    const { t, sockets, timers, status, authRows } = await linked();
    sockets.latest().close(403);
    expect((await status()).state).toBe('banned');
    expect(timers.nextDelay()).toBeNull();
    expect(authRows()).toBeGreaterThan(0);
    expect(t.notifications).toHaveLength(1);
  });

  it('on 440 waits long, tells the owner and never wipes', async () => {
    const { t, clock, sockets, timers, status, authRows } = await linked();
    const rows = authRows();
    sockets.latest().close(440);
    expect(await status()).toMatchObject({ state: 'replaced', nextAttemptAt: clock.now() + REPLACED_DELAY_MS });
    expect(authRows()).toBe(rows);
    expect(t.notifications.map((n) => n.title)).toEqual(['WhatsApp opened elsewhere']);
    timers.advance(REPLACED_DELAY_MS - 1);
    expect(sockets.sockets).toHaveLength(2);
    timers.advance(1);
    await settle();
    expect(sockets.sockets).toHaveLength(3);
  });

  it.each([408, 428, 500, 503])('on %i backs off exponentially with jitter, then opens a new socket', async (code) => {
    const { sockets, timers, status } = await linked();
    const delays: number[] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      sockets.latest().close(code);
      const s = await status();
      expect(s.state).toBe('reconnecting');
      delays.push(timers.nextDelay()!);
      timers.advance(timers.nextDelay()!);
      await settle();
    }
    expect(delays).toEqual([backoffDelay(0, () => 0.5), backoffDelay(1, () => 0.5), backoffDelay(2, () => 0.5)]);
    expect(delays[1]!).toBeGreaterThan(delays[0]!);
    sockets.latest().open();
    sockets.latest().close(code);
    expect(timers.nextDelay()).toBe(delays[0]);
  });

  it('reconnects at once on resume from sleep, and replaces a connected socket', async () => {
    const { t, sockets, timers, status } = await linked();
    sockets.latest().close(428);
    expect(timers.nextDelay()).toBeGreaterThan(0);
    t.core.whatsapp.resume();
    await settle();
    expect(sockets.sockets).toHaveLength(3);
    expect(timers.nextDelay()).toBeNull();
    sockets.latest().open();
    const before = sockets.latest();
    t.core.whatsapp.resume();
    await settle();
    expect(before.ended).toBe(true);
    expect(sockets.sockets).toHaveLength(4);
    before.close(428); // the old socket's late close is ignored
    expect((await status()).state).toBe('connecting');
  });

  it('never throws away a working link when asked to link again: it reconnects instead', async () => {
    const first = await linked();
    const rows = first.authRows();
    first.sockets.latest().close(428);
    const again = await first.t.call<WhatsAppStatus>('connectWhatsApp', { method: 'qr' });
    expect(again.state).toBe('connecting');
    expect(first.sockets.sockets).toHaveLength(3);
    expect(first.authRows()).toBe(rows);
    first.t.close();
    // After a restart, before start(): linking again also just reconnects the stored link.
    const second = setup(first.t);
    await second.t.call('connectWhatsApp', { method: 'qr' });
    expect(second.sockets.latest().options.auth.creds.me?.id).toBe('15550001111:7@s.whatsapp.net');
  });

  it('honours COUNTERPART_WA_WS_URL only on loopback', async () => {
    const saved = process.env.COUNTERPART_WA_WS_URL;
    try {
      process.env.COUNTERPART_WA_WS_URL = 'ws://127.0.0.1:9/ws/chat';
      const local = setup();
      await local.t.call('connectWhatsApp', { method: 'qr' });
      expect(local.sockets.latest().options.wsUrl).toBe('ws://127.0.0.1:9/ws/chat');
      process.env.COUNTERPART_WA_WS_URL = 'wss://example.com/ws/chat';
      const remote = setup();
      await remote.t.call('connectWhatsApp', { method: 'qr' });
      expect(remote.sockets.latest().options.wsUrl).toBeNull();
    } finally {
      if (saved === undefined) delete process.env.COUNTERPART_WA_WS_URL;
      else process.env.COUNTERPART_WA_WS_URL = saved;
    }
  });

  it('disconnect logs out on WhatsApp and wipes the keys', async () => {
    const { t, sockets, status, authRows } = await linked();
    const result = await t.call<WhatsAppStatus>('disconnectWhatsApp');
    expect(result.state).toBe('unlinked');
    expect(sockets.latest().loggedOut).toBe(true);
    expect(authRows()).toBe(0);
    expect(await t.secrets.get(DATA_KEY_SECRET)).toBeNull();
    expect(sockets.sockets).toHaveLength(2);
    expect((await status()).state).toBe('unlinked');
  });
});

describe('the close policy', () => {
  it('maps each code to its action', () => {
    const context = { linked: true, attempt: 0, random: () => 0 };
    expect(decideOnClose(515, context)).toEqual({ action: 'reconnect_now' });
    expect(decideOnClose(515, { ...context, linked: false })).toEqual({ action: 'reconnect_now' });
    expect(decideOnClose(408, { ...context, linked: false })).toEqual({ action: 'link_ended' });
    expect(decideOnClose(401, context)).toEqual({ action: 'logged_out' });
    expect(decideOnClose(403, context)).toEqual({ action: 'banned' });
    expect(decideOnClose(440, context)).toEqual({ action: 'replaced', delayMs: REPLACED_DELAY_MS });
    expect(decideOnClose(503, context)).toEqual({ action: 'backoff', delayMs: BACKOFF.baseMs / 2 });
  });

  it('keeps backoff within half to all of the capped step', () => {
    for (const attempt of [0, 3, 20]) {
      const step = Math.min(BACKOFF.maxMs, BACKOFF.baseMs * 2 ** attempt);
      expect(backoffDelay(attempt, () => 0)).toBe(step / 2);
      expect(backoffDelay(attempt, () => 1)).toBe(step);
    }
  });

  it('accepts a WebSocket URL override only on loopback', () => {
    expect(loopbackWsUrl('ws://127.0.0.1:4444/ws/chat')).toBe('ws://127.0.0.1:4444/ws/chat');
    expect(loopbackWsUrl('ws://localhost:1/x')).toBe('ws://localhost:1/x');
    expect(loopbackWsUrl('ws://[::1]:9/')).toBe('ws://[::1]:9/');
    expect(loopbackWsUrl('wss://web.whatsapp.com/ws/chat')).toBeNull();
    expect(loopbackWsUrl('ws://10.0.0.2:4444/')).toBeNull();
    expect(loopbackWsUrl('http://127.0.0.1/')).toBeNull();
    expect(loopbackWsUrl('not a url')).toBeNull();
  });
});
