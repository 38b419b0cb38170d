/**
 * The WhatsApp feature as the core sees it: link status, linking and unlinking, the channel
 * adapter the outbox sends through, and the inbound router fed by each socket. Built once in
 * the composition root from injected collaborators; nothing connects until `start()` (a device
 * is already linked) or `connect()` (the owner links one).
 */
import type { WhatsAppKeysIssue, WhatsAppStatus } from '../../contract/whatsapp-schemas';
import type { AuditLog } from '../audit/audit-log';
import type { ChannelAdapter } from '../channels/channel-adapter';
import type { ConversationsRepo } from '../inbox/conversations-repo';
import type { InboxService } from '../inbox/inbox-service';
import type { EventBus } from '../platform/events';
import type { Clock, Logger, Notifier, SecretStore } from '../platform/ports';
import type { Database } from '../storage/database';
import { forgetDataKey, loadDataKey } from './auth-crypto';
import { baileysSocketFactory } from './baileys-socket';
import { WhatsAppConnection } from './connection-manager';
import { WhatsAppKeysUnavailableError, type AuthSource, type LinkRequest, type Timers } from './connection-types';
import { InboundRouter } from './inbound-router';
import { loopbackWsUrl, type SocketFactory } from './socket-port';
import { AuthRows, createSqliteAuthState, type SqliteAuthState } from './sqlite-auth-state';
import { DEFAULT_PACING, SendLimiter, createWhatsAppChannel, type Pacing } from './whatsapp-channel';
import { WhatsAppRepo } from './whatsapp-repo';

/** Knobs a shell or test may set; everything has a production default. */
export type WhatsAppOptions = {
  socketFactory?: SocketFactory;
  /** Loopback-only override of WhatsApp's WebSocket URL; default `COUNTERPART_WA_WS_URL`. */
  wsUrl?: string | null;
  timers?: Timers;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  pacing?: Partial<Pacing>;
  backlogSettleMs?: number;
  renderQr?: (raw: string) => Promise<string>;
  /** Sees each raw QR payload (the end-to-end tests play the phone with it). */
  onQr?: (raw: string) => void;
};

/** Collaborators from the composition root. */
export type WhatsAppServiceDeps = {
  db: Database;
  clock: Clock;
  logger: Logger;
  secrets: SecretStore;
  notifier: Notifier;
  bus: EventBus;
  audit: AuditLog;
  inbox: InboxService;
  conversations: ConversationsRepo;
  options?: WhatsAppOptions;
};

const realTimers: Timers = {
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Links WhatsApp, keeps it connected and moves messages both ways. */
export class WhatsAppService {
  readonly channel: ChannelAdapter;
  readonly inbound: InboundRouter;
  private readonly connection: WhatsAppConnection;
  private readonly repo: WhatsAppRepo;
  private closed = false;
  private lastState: WhatsAppStatus['state'] = 'unlinked';
  private pairing = false;

  constructor(private readonly deps: WhatsAppServiceDeps) {
    const options = deps.options ?? {};
    const timers = options.timers ?? realTimers;
    const random = options.random ?? Math.random;
    const pacing = { ...DEFAULT_PACING, ...options.pacing };
    this.repo = new WhatsAppRepo(deps.db);
    const requestedUrl = options.wsUrl !== undefined ? options.wsUrl : process.env.COUNTERPART_WA_WS_URL;
    const wsUrl = loopbackWsUrl(requestedUrl);
    // The override exists for local test servers; it must never point the session elsewhere.
    if (requestedUrl && !wsUrl) deps.logger.warn('COUNTERPART_WA_WS_URL ignored: only a ws:// or wss:// loopback address is allowed');
    this.connection = new WhatsAppConnection({
      auth: this.authSource(),
      createSocket: options.socketFactory ?? baileysSocketFactory(),
      clock: deps.clock,
      timers,
      random,
      logger: deps.logger,
      renderQr: options.renderQr ?? renderQrPng,
      getMessage: async (key) => {
        // Durable: WhatsApp may ask for a resend long after a restart.
        const message = key.id ? this.repo.outboundMessage(key.id) : null;
        return message ? { extendedTextMessage: { text: message.text } } : undefined;
      },
      wsUrl,
      notify: (title, body, log) => deps.notifier.notify(title, body, log),
      onStatus: (status) => {
        this.auditTransition(status.state, status.keysIssue);
        this.emitStatus();
      },
      onSocket: (socket) => this.inbound.attach(socket),
      onQr: options.onQr,
    });
    this.inbound = new InboundRouter({
      db: deps.db,
      clock: deps.clock,
      logger: deps.logger,
      notifier: deps.notifier,
      bus: deps.bus,
      audit: deps.audit,
      inbox: deps.inbox,
      conversations: deps.conversations,
      repo: this.repo,
      timers,
      me: () => this.me(),
      onBacklog: () => this.emitStatus(),
      backlogSettleMs: options.backlogSettleMs ?? 1_500,
    });
    this.channel = createWhatsAppChannel({
      connection: this.connection,
      repo: this.repo,
      conversations: deps.conversations,
      limiter: new SendLimiter(pacing, { since: (after) => this.repo.sendsSince(after) }),
      pacing,
      clock: deps.clock,
      sleep: options.sleep ?? ((ms) => new Promise((resolve) => timers.setTimeout(resolve, ms))),
      random,
      logger: deps.logger,
    });
  }

  /** The link status with the backlog count. */
  status(): WhatsAppStatus {
    return { ...this.connection.current(), backlog: this.closed ? 0 : this.repo.backlogPending() };
  }

  /** Reconnects a device linked in an earlier run. */
  async start(): Promise<void> {
    this.inbound.resumeBacklog();
    await this.connection.start();
  }

  /** Starts linking by QR or by pairing code. */
  async connect(request: LinkRequest, actor: string): Promise<WhatsAppStatus> {
    this.deps.audit.record(actor, 'whatsapp.link_started', 'whatsapp', { method: request.method });
    await this.connection.link(request);
    return this.status();
  }

  /** Logs out on WhatsApp and wipes the keys. */
  async disconnect(actor: string): Promise<WhatsAppStatus> {
    await this.connection.unlink();
    this.deps.audit.record(actor, 'whatsapp.unlinked', 'whatsapp');
    return this.status();
  }

  /** The Electron shell calls this on powerMonitor 'resume'. */
  resume(): void {
    this.connection.resume();
  }

  close(): void {
    this.closed = true;
    this.inbound.stop();
    this.connection.stop();
  }

  private me() {
    const me = this.connection.authState()?.creds.me;
    return { pnJid: me?.id ?? null, lidJid: me?.lid ?? null };
  }

  /** Link milestones and failures go to the audit log (who: WhatsApp itself). */
  private auditTransition(state: WhatsAppStatus['state'], keysIssue: WhatsAppKeysIssue | null): void {
    const previous = this.lastState;
    this.lastState = state;
    if (state === previous || this.closed) return;
    if (state === 'linking') this.pairing = true;
    if (state === 'unlinked') this.pairing = false;
    if (state === 'connected' && this.pairing) {
      this.pairing = false;
      this.deps.audit.record('whatsapp', 'whatsapp.linked', 'whatsapp');
    }
    if (['logged_out', 'banned', 'replaced'].includes(state)) this.deps.audit.record('whatsapp', `whatsapp.${state}`, 'whatsapp');
    if (state === 'keys_unavailable') this.deps.audit.record('whatsapp', 'whatsapp.keys_unavailable', 'whatsapp', { issue: keysIssue, rowsKept: true });
  }

  private keysUnavailable(issue: WhatsAppKeysIssue, cause?: unknown): WhatsAppKeysUnavailableError {
    this.deps.logger.error({ err: cause, issue }, 'the stored WhatsApp link cannot be opened; its keys are kept until it is restored or linked again');
    return new WhatsAppKeysUnavailableError(issue, cause);
  }

  private emitStatus(): void {
    if (this.closed) return;
    this.deps.bus.emit('whatsappStatusChanged', this.status());
  }

  private authSource(): AuthSource {
    const { db, secrets } = this.deps;
    const rows = new AuthRows(db);
    return {
      // A stored link whose keys do not open is reported, never wiped: the secrets file may be
      // restored from a backup. Only a new link (which wipes first) replaces the rows.
      open: async ({ create }): Promise<SqliteAuthState | null> => {
        if (!create && !rows.hasCreds()) return null;
        let key: Buffer | null;
        try {
          key = await loadDataKey(secrets, { create });
        } catch (error) {
          throw this.keysUnavailable('unreadable', error);
        }
        if (!key) throw this.keysUnavailable('missing');
        const kit = await import('baileys');
        try {
          return createSqliteAuthState({ rows, key, kit });
        } catch (error) {
          if (!create) throw this.keysUnavailable('undecryptable', error);
          // Linking anew: leftovers sealed under another key are of no use to the new link.
          rows.wipe();
          return createSqliteAuthState({ rows, key, kit });
        }
      },
      wipe: async () => {
        rows.wipe();
        await forgetDataKey(secrets);
      },
    };
  }
}

/** The QR payload as a PNG data URL; `qrcode` is loaded on first use. */
async function renderQrPng(raw: string): Promise<string> {
  const { toDataURL } = await import('qrcode');
  return toDataURL(raw, { margin: 1, width: 320 });
}
