/**
 * The real socket factory: a Baileys 7 socket configured for a shop's desktop companion.
 * Baileys is imported when the first socket is made, never at startup.
 */
import type { SocketFactory, WaSocket } from './socket-port';

/** Creates Baileys sockets; `logLevel` bounds Baileys' own (chatty, content-bearing) logging. */
export function baileysSocketFactory(options: { logLevel?: string } = {}): SocketFactory {
  return async ({ auth, getMessage, msgRetryCounterCache, logger, wsUrl }) => {
    const { makeWASocket, Browsers } = await import('baileys');
    const socket = makeWASocket({
      auth,
      // Errors from Baileys can include stanza dumps with message bytes; keep them out by default.
      logger: logger.child({ module: 'baileys' }, { level: options.logLevel ?? 'fatal' }),
      browser: Browsers.appropriate('Desktop'),
      // The phone keeps getting notifications; the companion never shows the owner as online.
      markOnlineOnConnect: false,
      syncFullHistory: false,
      // Our own sends are already stored by the outbox; echoes would only be noise.
      emitOwnEvents: false,
      getMessage,
      msgRetryCounterCache,
      generateHighQualityLinkPreview: false,
      ...(wsUrl ? { waWebSocketUrl: wsUrl } : {}),
    });
    return socket satisfies WaSocket;
  };
}
