/**
 * Keeps the WhatsApp link alive: one socket at a time, a new socket after every close, and the
 * close policy (restart, backoff, replaced, logged out, banned) carried out with an injected
 * clock and timers. It knows nothing about messages; `onSocket` lets the inbound side attach.
 */
import { decideOnClose, type CloseDecision } from './connection-policy';
import type { WhatsAppKeysIssue } from '../../contract/whatsapp-schemas';
import { isLinked, phoneOf, WhatsAppKeysUnavailableError, type ConnectionDeps, type LinkRequest, type LinkStatus } from './connection-types';
import { closeCode, memoryCache, type WaSocket } from './socket-port';
import type { SqliteAuthState } from './sqlite-auth-state';

const UNLINKED: LinkStatus = { state: 'unlinked', qrDataUrl: null, pairingCode: null, phone: null, nextAttemptAt: null, detail: null, keysIssue: null };
const RETRY_CACHE_TTL_MS = 60 * 60_000;

/** English, for logs and the CLI; the screen shows its own sentence per `keysIssue`. */
const KEYS_DETAIL: Record<WhatsAppKeysIssue, string> = {
  missing: 'The WhatsApp keys are stored, but the key that opens them is missing from the secrets file. Restore that file from a backup and restart, or link again.',
  unreadable: 'The secrets file cannot be read, so the stored WhatsApp keys cannot be opened. Restore it from a backup and restart, or link again.',
  undecryptable: 'The secrets file does not open the stored WhatsApp keys (it may come from another install). Restore the right file and restart, or link again.',
};

/** Manages the socket lifecycle and the link status. */
export class WhatsAppConnection {
  private status: LinkStatus = UNLINKED;
  private auth: SqliteAuthState | null = null;
  private socket: WaSocket | null = null;
  private generation = 0;
  private timer: unknown = null;
  private attempt = 0;
  private pairing: LinkRequest | null = null;
  private codeRequested = false;
  private stopped = false;
  private readonly waiters = new Set<(socket: WaSocket | null) => void>();
  /** Outlives sockets so WhatsApp's retry counting is not reset by reconnects. */
  private readonly retryCache;

  constructor(private readonly deps: ConnectionDeps) {
    this.retryCache = memoryCache(RETRY_CACHE_TTL_MS, () => deps.clock.now());
  }

  current(): LinkStatus {
    return this.status;
  }

  /** The auth state in use (creds tell who "me" is), if any. */
  authState(): SqliteAuthState['state'] | null {
    return this.auth?.state ?? null;
  }

  /** The socket, when connected. */
  openSocket(): WaSocket | null {
    return this.status.state === 'connected' ? this.socket : null;
  }

  /** Reconnects a device linked earlier; does nothing when none is. */
  async start(): Promise<void> {
    if (this.stopped || this.socket || this.auth) return;
    let auth: SqliteAuthState | null;
    try {
      auth = await this.deps.auth.open({ create: false });
    } catch (error) {
      if (!(error instanceof WhatsAppKeysUnavailableError)) throw error;
      const detail = KEYS_DETAIL[error.issue];
      this.setStatus({ ...UNLINKED, state: 'keys_unavailable', keysIssue: error.issue, detail });
      this.deps.notify('WhatsApp keys cannot be opened', detail, { event: 'whatsapp.keys_unavailable' });
      return;
    }
    if (!isLinked(auth)) return;
    this.auth = auth;
    this.setStatus({ ...UNLINKED, state: 'connecting', phone: phoneOf(auth!.state.creds.me?.id) });
    await this.connect();
  }

  /**
   * Starts linking a new device. A device that is still linked is reconnected instead: only an
   * unlinked, logged-out or banned one is replaced by a new link.
   */
  async link(request: LinkRequest): Promise<LinkStatus> {
    if (!this.auth && !this.stopped) {
      // Keys that cannot be opened are what this new link replaces.
      const stored = await this.deps.auth.open({ create: false }).catch((error: unknown) => {
        if (error instanceof WhatsAppKeysUnavailableError) return null;
        throw error;
      });
      if (isLinked(stored)) this.auth = stored;
    }
    if (isLinked(this.auth) && !['logged_out', 'banned'].includes(this.status.state)) {
      if (this.status.state !== 'connected') this.resume();
      return this.status;
    }
    this.dropSocket();
    await this.deps.auth.wipe();
    this.auth = await this.deps.auth.open({ create: true });
    this.pairing = request;
    this.codeRequested = false;
    this.attempt = 0;
    this.setStatus({ ...UNLINKED, state: 'linking' });
    await this.connect();
    return this.status;
  }

  /** Logs the device out on WhatsApp (when connected) and wipes the keys. */
  async unlink(): Promise<LinkStatus> {
    const socket = this.openSocket();
    this.dropSocket(socket ? 'keep' : 'end');
    if (socket) await socket.logout('Unlinked by the owner').catch((error: unknown) => this.deps.logger.warn({ err: error }, 'logout failed'));
    await this.deps.auth.wipe();
    this.auth = null;
    this.pairing = null;
    this.setStatus({ ...UNLINKED, detail: 'WhatsApp is unlinked. Link again to receive messages.' });
    return this.status;
  }

  /** After the computer wakes: the old socket is likely dead, so start a fresh one at once. */
  resume(): void {
    if (this.stopped || !isLinked(this.auth)) return;
    if (['logged_out', 'banned', 'linking'].includes(this.status.state)) return;
    this.dropSocket();
    this.attempt = 0;
    this.setStatus({ ...UNLINKED, state: 'connecting', phone: phoneOf(this.auth?.state.creds.me?.id) });
    void this.connect();
  }

  /** Closes everything for good (the core is closing). */
  stop(): void {
    this.stopped = true;
    this.dropSocket();
    this.resolveWaiters(null);
  }

  /** Resolves with the socket once connected, or null when the link cannot come up in time. */
  waitUntilOpen(timeoutMs: number): Promise<WaSocket | null> {
    const open = this.openSocket();
    if (open) return Promise.resolve(open);
    if (this.stopped || !isLinked(this.auth) || ['banned', 'logged_out', 'unlinked'].includes(this.status.state)) return Promise.resolve(null);
    return new Promise((resolve) => {
      const done = (socket: WaSocket | null) => {
        this.deps.timers.clearTimeout(handle);
        this.waiters.delete(done);
        resolve(socket);
      };
      const handle = this.deps.timers.setTimeout(() => done(null), timeoutMs);
      this.waiters.add(done);
    });
  }

  private async connect(): Promise<void> {
    const auth = this.auth;
    if (this.stopped || !auth) return;
    const generation = ++this.generation;
    let socket: WaSocket;
    try {
      socket = await this.deps.createSocket({
        auth: auth.state,
        getMessage: this.deps.getMessage,
        msgRetryCounterCache: this.retryCache,
        logger: this.deps.logger,
        wsUrl: this.deps.wsUrl,
      });
    } catch (error) {
      this.deps.logger.error({ err: error }, 'could not create the WhatsApp socket');
      if (generation === this.generation) this.apply(decideOnClose(undefined, this.policyContext()), undefined);
      return;
    }
    if (generation !== this.generation || this.stopped) {
      socket.end(undefined);
      return;
    }
    this.socket = socket;
    socket.ev.on('creds.update', (update) => {
      // Saved whole on every update; a wiped or replaced state is never written back.
      if (this.auth !== auth || this.stopped) return;
      Object.assign(auth.state.creds, update);
      auth.saveCreds();
    });
    socket.ev.on('connection.update', (update) => {
      if (generation !== this.generation || this.stopped) return;
      if (update.qr) void this.onQr(socket, update.qr);
      if (update.connection === 'open') this.onOpen();
      if (update.connection === 'close') {
        this.socket = null;
        const code = closeCode(update.lastDisconnect?.error);
        this.deps.logger.info({ code, state: this.status.state }, 'WhatsApp socket closed');
        this.apply(decideOnClose(code, this.policyContext()), code);
      }
    });
    this.deps.onSocket(socket);
  }

  private policyContext() {
    return { linked: isLinked(this.auth), attempt: this.attempt, random: this.deps.random };
  }

  private async onQr(socket: WaSocket, raw: string): Promise<void> {
    const pairing = this.pairing;
    if (!pairing) return;
    if (pairing.method === 'qr') {
      this.deps.onQr?.(raw);
      try {
        const qrDataUrl = await this.deps.renderQr(raw);
        if (this.socket === socket && this.status.state === 'linking') this.setStatus({ ...this.status, qrDataUrl });
      } catch (error) {
        this.deps.logger.error({ err: error }, 'could not render the WhatsApp QR code');
      }
      return;
    }
    if (this.codeRequested) return;
    this.codeRequested = true;
    try {
      const pairingCode = await socket.requestPairingCode(pairing.phone.replace(/\D/g, ''));
      if (this.socket === socket) this.setStatus({ ...this.status, pairingCode, detail: 'Enter this code on the phone: WhatsApp → Linked devices → Link with phone number.' });
    } catch (error) {
      this.deps.logger.warn({ err: error }, 'pairing code request failed');
      this.dropSocket();
      await this.deps.auth.wipe();
      this.auth = null;
      this.setStatus({ ...UNLINKED, detail: 'WhatsApp did not accept the phone number for linking. Check it and try again.' });
    }
  }

  private onOpen(): void {
    this.attempt = 0;
    this.pairing = null;
    this.setStatus({ ...UNLINKED, state: 'connected', phone: phoneOf(this.auth?.state.creds.me?.id) });
    this.resolveWaiters(this.socket);
  }

  private apply(decision: CloseDecision, code: number | undefined): void {
    const { clock, notify } = this.deps;
    const phone = phoneOf(this.auth?.state.creds.me?.id);
    switch (decision.action) {
      case 'reconnect_now':
        this.setStatus({ ...this.status, state: this.pairing && !isLinked(this.auth) ? 'linking' : 'connecting', qrDataUrl: null, nextAttemptAt: null });
        void this.connect();
        return;
      case 'backoff':
      case 'replaced': {
        this.attempt += 1;
        const nextAttemptAt = clock.now() + decision.delayMs;
        const replaced = decision.action === 'replaced';
        const detail = replaced
          ? 'WhatsApp Web was opened somewhere else, so this computer was signed out of the chat session. Counterpart will try again later; your link is kept.'
          : `The connection to WhatsApp dropped (${code ?? 'no code'}). Retrying automatically.`;
        this.setStatus({ ...UNLINKED, state: replaced ? 'replaced' : 'reconnecting', phone, nextAttemptAt, detail });
        if (replaced) notify('WhatsApp opened elsewhere', detail, { event: 'whatsapp.replaced' });
        this.timer = this.deps.timers.setTimeout(() => {
          this.timer = null;
          this.setStatus({ ...this.status, state: 'connecting', nextAttemptAt: null });
          void this.connect();
        }, decision.delayMs);
        return;
      }
      case 'logged_out': {
        const detail = 'This computer was removed from WhatsApp on the phone (Linked devices). Link again to keep answering customers.';
        this.auth = null;
        void this.deps.auth.wipe();
        this.setStatus({ ...UNLINKED, state: 'logged_out', detail });
        this.resolveWaiters(null);
        notify('WhatsApp unlinked', detail, { event: 'whatsapp.logged_out' });
        return;
      }
      case 'banned': {
        const detail = 'WhatsApp refused this number (it may be banned or restricted). Counterpart stopped connecting; open WhatsApp on the phone for details.';
        this.setStatus({ ...UNLINKED, state: 'banned', phone, detail });
        this.resolveWaiters(null);
        notify('WhatsApp refused the connection', detail, { event: 'whatsapp.banned' });
        return;
      }
      case 'link_ended': {
        this.auth = null;
        this.pairing = null;
        void this.deps.auth.wipe();
        const detail = code === 408 ? 'The code expired before the phone linked. Start linking again.' : `Linking stopped (${code ?? 'no code'}). Start linking again.`;
        this.setStatus({ ...UNLINKED, detail });
        this.resolveWaiters(null);
        return;
      }
    }
  }

  /** Forgets the current socket so its close is ignored; ends it unless told to keep it for logout. */
  private dropSocket(mode: 'end' | 'keep' = 'end'): void {
    this.generation += 1;
    if (this.timer !== null) this.deps.timers.clearTimeout(this.timer);
    this.timer = null;
    const socket = this.socket;
    this.socket = null;
    if (socket && mode === 'end') socket.end(undefined);
  }

  private resolveWaiters(socket: WaSocket | null): void {
    for (const waiter of [...this.waiters]) waiter(socket);
  }

  private setStatus(next: LinkStatus): void {
    this.status = next;
    this.deps.onStatus(next);
  }
}
