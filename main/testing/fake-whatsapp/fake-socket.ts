/**
 * Test support: a fake Baileys socket (the `WaSocket` port) that records what the app asks of it
 * and lets a test emit the events a real socket would, plus timers a test moves by hand.
 */
import type { WAMessage, WAMessageUpdate } from 'baileys';
import type { Timers } from '../../core/whatsapp/connection-types';
import type { SocketEvents, SocketFactory, SocketOptions, WaSocket } from '../../core/whatsapp/socket-port';
import type { FakeClock } from '../test-core';

/** A Boom-shaped close error with a status code, as Baileys reports closes. */
export function closeError(statusCode: number): Error {
  return Object.assign(new Error(`closed ${statusCode}`), { output: { statusCode } });
}

/** A socket that records calls and replays scripted events. */
export class FakeSocket implements WaSocket {
  readonly sent: Array<{ jid: string; text: string; messageId: string }> = [];
  readonly presence: Array<{ type: string; jid: string | undefined }> = [];
  readonly pairingRequests: string[] = [];
  ended = false;
  loggedOut = false;
  /** Set to make the next sendMessage throw. */
  failNextSend: Error | null = null;
  private readonly listeners = new Map<string, Array<(payload: never) => void>>();

  constructor(readonly options: SocketOptions) {}

  readonly ev = {
    on: <E extends keyof SocketEvents>(event: E, listener: (payload: SocketEvents[E]) => void) => {
      const list = this.listeners.get(event) ?? [];
      list.push(listener as (payload: never) => void);
      this.listeners.set(event, list);
    },
  };

  emit<E extends keyof SocketEvents>(event: E, payload: SocketEvents[E]): void {
    for (const listener of this.listeners.get(event) ?? []) (listener as (p: SocketEvents[E]) => void)(payload);
  }

  async sendMessage(jid: string, content: { text: string }, options: { messageId: string }): Promise<unknown> {
    if (this.failNextSend) {
      const error = this.failNextSend;
      this.failNextSend = null;
      throw error;
    }
    this.sent.push({ jid, text: content.text, messageId: options.messageId });
    return {};
  }

  async sendPresenceUpdate(type: string, jid?: string): Promise<void> {
    this.presence.push({ type, jid });
  }

  async requestPairingCode(phone: string): Promise<string> {
    this.pairingRequests.push(phone);
    return 'ABCD1234';
  }

  async logout(): Promise<void> {
    this.loggedOut = true;
    this.close(401);
  }

  end(): void {
    this.ended = true;
  }

  // --- what a test makes the "server" do ---

  qr(raw = 'https://wa.me/settings/linked_devices#ref1,noise,identity,adv,1'): void {
    this.emit('connection.update', { qr: raw });
  }

  /** The phone accepted the link: Baileys saves the account and then closes with 515. */
  pair(me = { id: '15550001111:7@s.whatsapp.net', lid: '900000000001:7@lid' }): void {
    this.emit('creds.update', { me, account: { details: new Uint8Array([1]), accountSignatureKey: new Uint8Array(32), accountSignature: new Uint8Array(64) } });
    this.emit('connection.update', { isNewLogin: true, qr: undefined });
    this.close(515);
  }

  open(): void {
    this.emit('connection.update', { connection: 'open' });
  }

  close(statusCode: number): void {
    this.emit('connection.update', { connection: 'close', lastDisconnect: { error: closeError(statusCode), date: new Date() } });
  }

  upsert(messages: WAMessage[], type: 'notify' | 'append' = 'notify'): void {
    this.emit('messages.upsert', { messages, type });
  }

  update(updates: WAMessageUpdate[]): void {
    this.emit('messages.update', updates);
  }

  backlogDone(): void {
    this.emit('connection.update', { receivedPendingNotifications: true });
  }
}

/** A factory that hands out fake sockets and remembers them, newest last. */
export function fakeSocketFactory(): { factory: SocketFactory; sockets: FakeSocket[]; latest(): FakeSocket } {
  const sockets: FakeSocket[] = [];
  return {
    sockets,
    factory: async (options) => {
      const socket = new FakeSocket(options);
      sockets.push(socket);
      return socket;
    },
    latest: () => {
      const socket = sockets.at(-1);
      if (!socket) throw new Error('no socket was created');
      return socket;
    },
  };
}

/** Timers driven by a FakeClock: `advance` runs whatever falls due. */
export class ManualTimers implements Timers {
  private readonly pending = new Map<number, { at: number; run: () => void }>();
  private nextId = 1;

  constructor(private readonly clock: FakeClock) {}

  setTimeout(run: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.pending.set(id, { at: this.clock.now() + ms, run });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.pending.delete(handle as number);
  }

  /** Delay until the earliest pending timer, or null. */
  nextDelay(): number | null {
    const times = [...this.pending.values()].map((t) => t.at - this.clock.now());
    return times.length ? Math.max(0, Math.min(...times)) : null;
  }

  advance(ms: number): void {
    this.clock.advance(ms);
    for (const [id, timer] of [...this.pending.entries()].sort((a, b) => a[1].at - b[1].at)) {
      if (timer.at > this.clock.now()) continue;
      this.pending.delete(id);
      timer.run();
    }
  }
}
