/**
 * Types shared by the WhatsApp connection manager and its collaborators.
 */
import type { WhatsAppKeysIssue, WhatsAppStatus } from '../../contract/whatsapp-schemas';
import type { Clock, Logger, NoticeLog } from '../platform/ports';
import type { SocketFactory, SocketOptions, WaSocket } from './socket-port';
import type { SqliteAuthState } from './sqlite-auth-state';

/** The link's status without the backlog count (the service adds it). */
export type LinkStatus = Omit<WhatsAppStatus, 'backlog'>;

/** How to link a new device. */
export type LinkRequest = { method: 'qr' } | { method: 'code'; phone: string };

/** Timers, injected so tests control time. */
export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/**
 * A link is stored but its keys cannot be opened. The rows are kept: restoring the secrets file
 * brings the link back, and only a new link (the owner's choice) replaces them.
 */
export class WhatsAppKeysUnavailableError extends Error {
  constructor(
    readonly issue: WhatsAppKeysIssue,
    cause?: unknown,
  ) {
    super(`The stored WhatsApp link cannot be opened (${issue})`, { cause });
    this.name = 'WhatsAppKeysUnavailableError';
  }
}

/** Where the auth state comes from. */
export interface AuthSource {
  /**
   * The stored state; with `create`, a fresh one when none is stored. Null when none is stored;
   * throws `WhatsAppKeysUnavailableError` when one is stored but cannot be opened.
   */
  open(options: { create: boolean }): Promise<SqliteAuthState | null>;
  /** Deletes the creds, every key and the data key. */
  wipe(): Promise<void>;
}

/** What the connection manager is built from. */
export type ConnectionDeps = {
  auth: AuthSource;
  createSocket: SocketFactory;
  clock: Clock;
  timers: Timers;
  random: () => number;
  logger: Logger;
  renderQr: (raw: string) => Promise<string>;
  getMessage: SocketOptions['getMessage'];
  wsUrl: string | null;
  notify: (title: string, body: string, log: NoticeLog) => void;
  onStatus: (status: LinkStatus) => void;
  /** Called with each new socket before it connects, to attach message listeners. */
  onSocket: (socket: WaSocket) => void;
  /** Sees each raw QR payload (tests play the phone with it). */
  onQr?: (raw: string) => void;
};

/** Whether the creds belong to a device that finished pairing. */
export function isLinked(auth: SqliteAuthState | null): boolean {
  return !!auth?.state.creds.account && !!auth.state.creds.me?.id;
}

/** "+5511…" from a JID. */
export function phoneOf(jid: string | undefined): string | null {
  const user = jid?.split('@')[0]?.split(':')[0];
  return user && /^\d+$/.test(user) ? `+${user}` : null;
}
