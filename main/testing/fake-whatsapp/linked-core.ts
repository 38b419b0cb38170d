/**
 * Test support: a core whose WhatsApp is linked and connected through a fake socket, with the
 * demo shop loaded, manual timers and a sleep that only moves the fake clock.
 */
import type { WhatsAppOptions } from '../../core/whatsapp/whatsapp-service';
import { FakeClock } from '../test-core';
import { fakeSocketFactory, ManualTimers, type FakeSocket } from './fake-socket';
import { createWhatsAppTestCore, type WhatsAppTestCore } from './whatsapp-test-core';

/** A core with WhatsApp connected through a fake socket. */
export type LinkedCore = {
  t: WhatsAppTestCore;
  clock: FakeClock;
  timers: ManualTimers;
  sockets: ReturnType<typeof fakeSocketFactory>;
  /** The current socket. */
  socket(): FakeSocket;
  /** Lets queued inbound work finish. */
  idle(): Promise<void>;
};

/** Builds (or with `reuse`, restarts) a core and connects WhatsApp; links first when new. */
export async function linkedCore(options: { reuse?: WhatsAppTestCore; whatsapp?: WhatsAppOptions } = {}): Promise<LinkedCore> {
  const clock = options.reuse?.clock ?? new FakeClock();
  const timers = new ManualTimers(clock);
  const sockets = fakeSocketFactory();
  const t = createWhatsAppTestCore({
    clock,
    dataDir: options.reuse?.dataDir,
    secrets: options.reuse?.secrets,
    whatsapp: { socketFactory: sockets.factory, timers, random: () => 0.5, sleep: async (ms) => clock.advance(ms), ...options.whatsapp },
  });
  if (options.reuse) {
    await t.core.whatsapp.start();
  } else {
    await t.call('loadDemoShop');
    await t.call('connectWhatsApp', { method: 'qr' });
    sockets.latest().pair();
    await new Promise((resolve) => setImmediate(resolve));
  }
  sockets.latest().open();
  return { t, clock, timers, sockets, socket: () => sockets.latest(), idle: () => t.core.whatsapp.inbound.idle() };
}
