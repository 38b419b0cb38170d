/**
 * The slice of a Baileys socket the app uses, and the factory that makes one. The connection
 * manager only sees this port, so tests drive it with a fake socket and the end-to-end tests
 * with a real Baileys socket against the local fake server.
 */
import type { AuthenticationState, BaileysEventMap, CacheStore, WAMessageKey, WAPresence, proto } from 'baileys';
import type { Logger } from '../platform/ports';

/** The events the app listens to. */
export type SocketEvents = Pick<BaileysEventMap, 'connection.update' | 'creds.update' | 'messages.upsert' | 'messages.update' | 'lid-mapping.update'>;

/** A Baileys socket as the app uses it. */
export interface WaSocket {
  ev: { on<E extends keyof SocketEvents>(event: E, listener: (payload: SocketEvents[E]) => void): void };
  sendMessage(jid: string, content: { text: string }, options: { messageId: string }): Promise<unknown>;
  sendPresenceUpdate(type: WAPresence, toJid?: string): Promise<void>;
  requestPairingCode(phoneNumber: string): Promise<string>;
  logout(message?: string): Promise<void>;
  end(error: Error | undefined): unknown;
}

/** What each new socket is built from. */
export type SocketOptions = {
  auth: AuthenticationState;
  /** Durable lookup of messages this app sent, for WhatsApp's resend requests. */
  getMessage: (key: WAMessageKey) => Promise<proto.IMessage | undefined>;
  /** Outlives sockets, so retry counts survive reconnects. */
  msgRetryCounterCache: CacheStore;
  logger: Logger;
  /** Loopback override of WhatsApp's address (tests, the local fake server); null for the real one. */
  wsUrl: string | null;
};

/** Makes a new socket; called after every close. */
export type SocketFactory = (options: SocketOptions) => Promise<WaSocket>;

/** Reads the HTTP-ish status code Baileys attaches to a close error (a Boom). */
export function closeCode(error: Error | undefined): number | undefined {
  const output = (error as { output?: { statusCode?: unknown } } | undefined)?.output;
  return typeof output?.statusCode === 'number' ? output.statusCode : undefined;
}

/** Accepts a WebSocket URL override only when it points at this machine. */
export function loopbackWsUrl(value: string | undefined | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    const host = url.hostname.replace(/^\[|\]$/g, '');
    const loopback = host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
    return (url.protocol === 'ws:' || url.protocol === 'wss:') && loopback ? url.toString() : null;
  } catch {
    return null;
  }
}

/** A small in-memory TTL cache in Baileys' CacheStore shape. */
export function memoryCache(ttlMs: number, now: () => number = Date.now): CacheStore {
  const entries = new Map<string, { value: unknown; until: number }>();
  return {
    get<T>(key: string): T | undefined {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.until < now()) {
        entries.delete(key);
        return undefined;
      }
      return entry.value as T;
    },
    set<T>(key: string, value: T) {
      entries.set(key, { value, until: now() + ttlMs });
    },
    del(key: string) {
      entries.delete(key);
    },
    flushAll() {
      entries.clear();
    },
  };
}
