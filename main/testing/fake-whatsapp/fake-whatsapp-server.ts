/**
 * A local fake WhatsApp server for end-to-end tests: real Baileys 7 connects to it over a
 * loopback WebSocket (the app's `COUNTERPART_WA_WS_URL` / `wsUrl` override). It links a device
 * by QR or by pairing code, logs it in, answers the key/device/app-state queries Baileys makes, delivers customer
 * messages (live, or queued as the offline backlog), and records everything the client sends.
 * Scenario controls (scan, deliver, kick, ban, remove) are methods a test calls.
 */
import { Curve, type BinaryNode, type proto } from 'baileys';
import { WebSocketServer } from 'ws';
import { FakePeer } from './fake-peer';
import { FakeSession, type NodeHandler } from './fake-session';
import * as stanza from './fake-stanzas';
import { answerQuery } from './fake-queries';
import { finishCodeLink, phoneEntersCode, type CodeLink } from './fake-link-code';

/** A device this server linked. */
export type LinkedDevice = { device: number; noiseKey: string; preKeys: number; historySent: boolean; removed: boolean };
/** Someone who can write to the shop. */
export type Contact = { pn: string; lid: string; name: string; peer: FakePeer };

const WAIT_MS = 10_000;

/** The fake server and the world it simulates (one shop account, its phone, its customers). */
export class FakeWhatsAppServer implements NodeHandler {
  /** The shop's account: phone number and LID users. */
  readonly account = { user: '15550001111', lid: '900000000001', name: 'Green Corner' };
  /** The shop owner's phone (device 0 of the account). */
  readonly phone = new FakePeer();
  readonly accountKey = Curve.generateKeyPair();
  readonly devices = new Map<number, LinkedDevice>();
  readonly contacts = new Map<string, Contact>();
  /** Every node clients sent, in order, with the session's device. */
  readonly received: Array<{ node: BinaryNode; device: string | null }> = [];
  readonly errors: unknown[] = [];
  readonly sessions: FakeSession[] = [];
  banned = false;
  private readonly staticKey = Curve.generateKeyPair();
  private readonly offline: BinaryNode[] = [];
  /** Plaintext messages delivered, by id, so a retry receipt gets the message again. */
  private readonly delivered = new Map<string, BinaryNode>();
  private readonly watchers = new Set<() => void>();
  private readonly codeHellos = new Map<FakeSession, BinaryNode>();
  private readonly codeLinks = new Map<FakeSession, CodeLink>();
  /** Why a link by code was refused (e.g. the code typed on the phone was wrong). */
  readonly codeFailures: string[] = [];
  private nextDevice = 7;
  private nextId = 1;

  private constructor(
    private readonly wss: WebSocketServer,
    readonly url: string,
  ) {}

  /** Listens on a free loopback port. */
  static async start(): Promise<FakeWhatsAppServer> {
    const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
    const { port } = wss.address() as { port: number };
    const server = new FakeWhatsAppServer(wss, `ws://127.0.0.1:${port}/ws/chat`);
    wss.on('connection', (ws) => server.sessions.push(new FakeSession(ws, server.staticKey, server)));
    return server;
  }

  async close(): Promise<void> {
    for (const session of this.sessions) session.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  /** The session logged in as the linked device, if any. */
  active(): FakeSession | null {
    return this.sessions.find((s) => !s.closed && s.deviceKey !== null) ?? null;
  }

  /** The JIDs of the linked device. */
  deviceJids(device: number): { pn: string; lid: string } {
    return { pn: `${this.account.user}:${device}@s.whatsapp.net`, lid: `${this.account.lid}:${device}@lid` };
  }

  /** Adds a customer: digits of the phone number, and of the LID (every account has one). */
  contact(user: string, options: { lid?: string; name?: string } = {}): Contact {
    const lid = options.lid ?? `7${user.padStart(14, '0')}`;
    const contact: Contact = { pn: `${user}@s.whatsapp.net`, lid: `${lid}@lid`, name: options.name ?? 'Customer', peer: new FakePeer() };
    this.contacts.set(user, contact);
    this.contacts.set(lid, contact);
    return contact;
  }

  /** Plays the phone scanning a QR: `raw` is exactly what Baileys put in the QR code. */
  scan(raw: string): void {
    const [ref, noiseKey, identityKey, advSecretKey] = raw.split('#')[1]!.split(',');
    const session = this.sessions.find((s) => !s.closed && s.registering && s.noiseKey === noiseKey);
    if (!session || !ref) throw new Error('no registering client shows this QR');
    this.pair(session, Buffer.from(identityKey!, 'base64'), advSecretKey!);
  }

  /**
   * Plays the owner typing the pairing code on the phone: answers the companion's request for
   * that code (companion_hello); pairing completes when the companion sends companion_finish.
   */
  async enterCode(code: string): Promise<void> {
    const session = [...this.codeHellos.keys()].reverse().find((s) => !s.closed && s.registering);
    if (!session) throw new Error('no registering client asked for a pairing code');
    // WhatsApp shows the code prompt only on the phone of the number the companion named.
    const named = stanza.child(this.codeHellos.get(session), 'link_code_companion_reg')?.attrs.jid;
    if (named !== `${this.account.user}@s.whatsapp.net`) throw new Error(`no phone of this account has the number ${named}`);
    const { notification, link } = await phoneEntersCode({ code, hello: this.codeHellos.get(session)!, identity: this.accountKey, id: this.id('lc'), now: Date.now() });
    this.codeLinks.set(session, link);
    session.send(notification);
  }

  /** The account's companion device `session` becomes: pair-success, signed for it. */
  private pair(session: FakeSession, companionIdentity: Uint8Array, advSecretKey: string): void {
    const device = this.nextDevice++;
    const jids = this.deviceJids(device);
    this.devices.set(device, { device, noiseKey: session.noiseKey!, preKeys: 0, historySent: false, removed: false });
    session.send(
      stanza.pairSuccess({
        id: this.id('pair'),
        advSecretKey,
        companionIdentity,
        accountKey: this.accountKey,
        jid: jids.pn,
        lid: jids.lid,
        businessName: this.account.name,
        now: Date.now(),
      }),
    );
  }

  /** companion_hello is kept for the code; companion_finish completes (or refuses) the link. */
  private onLinkCode(session: FakeSession, node: BinaryNode): void {
    const stage = stanza.child(node, 'link_code_companion_reg')?.attrs.stage;
    if (stage === 'companion_hello') this.codeHellos.set(session, node);
    if (stage !== 'companion_finish') return;
    const link = this.codeLinks.get(session);
    try {
      if (!link) throw new Error('companion_finish before a code was entered');
      if (link.noiseKey !== session.noiseKey) throw new Error('companion_finish from another client');
      const { advSecretKey, companionIdentity } = finishCodeLink(link, node, this.accountKey);
      this.pair(session, companionIdentity, advSecretKey);
    } catch (error) {
      // What WhatsApp does with a wrong code: the phone shows an error, the companion is not linked.
      this.codeFailures.push((error as Error).message);
    }
  }

  /** A customer writes to the shop; queued as offline backlog when no client is connected. */
  customerSays(contact: Contact, text: string, options: { id?: string; viaLid?: boolean; at?: number } = {}): string {
    return this.customerSends(contact, { conversation: text }, options);
  }

  /** A customer sends any message content: media, a reaction, an edit or a deletion of theirs. */
  customerSends(contact: Contact, message: proto.IMessage, options: { id?: string; viaLid?: boolean; at?: number } = {}): string {
    const id = options.id ?? this.id('IN');
    const viaLid = options.viaLid === true;
    const node = stanza.plaintextMessage({
      id,
      from: viaLid ? contact.lid : contact.pn,
      message,
      now: options.at ?? Date.now(),
      pushName: contact.name,
      attrs: viaLid ? { addressing_mode: 'lid', sender_pn: contact.pn } : {},
    });
    this.delivered.set(id, node);
    this.deliver(node);
    return id;
  }

  /** A customer's message that the client cannot decrypt (until it asks for a retry). */
  undecryptable(contact: Contact, text: string): string {
    const id = this.id('ENC');
    this.delivered.set(id, stanza.plaintextMessage({ id, from: contact.pn, message: { conversation: text }, now: Date.now(), pushName: contact.name }));
    this.deliver(stanza.undecryptableMessage({ id, from: contact.pn, now: Date.now(), pushName: contact.name }));
    return id;
  }

  /** The owner types a reply on the phone. */
  ownerSays(contact: Contact, text: string): string {
    const id = this.id('PHONE');
    this.deliver(stanza.plaintextMessage({ id, from: `${this.account.user}@s.whatsapp.net`, recipient: contact.pn, message: { conversation: text }, now: Date.now() }));
    return id;
  }

  /** Sends a node to the logged-in client, or queues it for the next login (offline). */
  deliver(node: BinaryNode): void {
    const session = this.active();
    if (session) session.send(node);
    else this.offline.push({ ...node, attrs: { ...node.attrs, offline: '1' } });
  }

  /** The customer's phone reports a message delivered or read. */
  receiptFor(id: string, from: string, type?: 'read'): void {
    this.active()?.send(stanza.receipt({ id, from, type, now: Date.now() }));
  }

  /** Refuses a sent message (e.g. '463'). */
  refuse(id: string, from: string, error: string): void {
    this.active()?.send(stanza.messageAck({ id, from, error, now: Date.now() }));
  }

  /** Ends the logged-in session with a stream error (515, 408, 503, 401, 403…) or 'replaced' (440). */
  kick(code: number | 'replaced'): void {
    const session = this.active();
    if (!session) throw new Error('no client is logged in');
    session.send(stanza.streamError(code));
    session.end();
  }

  /** Drops the connection without a word (the client sees 428). */
  drop(): void {
    this.active()?.terminate();
  }

  /** The owner removes the linked device on the phone. */
  removeDevice(): void {
    for (const device of this.devices.values()) device.removed = true;
    if (this.active()) this.kick(401);
  }

  /** The client messages the app sent (`<message>` nodes), oldest first. */
  sentMessages(): BinaryNode[] {
    return this.received.filter((r) => r.node.tag === 'message').map((r) => r.node);
  }

  /** Resolves when `check` holds (re-checked on every node), or fails after a while. */
  async waitFor<T>(check: () => T | undefined | null | false, what: string, timeoutMs = WAIT_MS): Promise<T> {
    const first = check();
    if (first) return first;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.watchers.delete(watcher);
        reject(new Error(`timed out waiting for ${what}`));
      }, timeoutMs);
      const watcher = () => {
        const value = check();
        if (!value) return;
        clearTimeout(timer);
        this.watchers.delete(watcher);
        resolve(value);
      };
      this.watchers.add(watcher);
    });
  }

  /** Re-runs waiters (also after something outside the server changed). */
  poke(): void {
    for (const watcher of [...this.watchers]) watcher();
  }

  id(prefix: string): string {
    return `${prefix}${(this.nextId++).toString().padStart(4, '0')}FAKE`;
  }

  // --- NodeHandler ---

  onHello(session: FakeSession, payload: proto.ClientPayload): void {
    if (payload.devicePairingData) {
      session.send(stanza.pairDevice(this.id('pd'), ['REF-1', 'REF-2', 'REF-3']));
      return;
    }
    const device = this.devices.get(payload.device ?? -1);
    if (this.banned) return this.fail(session, 403);
    if (String(payload.username) !== this.account.user || !device || device.removed || device.noiseKey !== session.noiseKey) return this.fail(session, 401);
    for (const other of this.sessions) if (other !== session && !other.closed && other.deviceKey) this.replace(other);
    session.deviceKey = `${this.account.user}:${device.device}`;
    session.send({ tag: 'success', attrs: { t: String(Math.floor(Date.now() / 1000)), lid: this.deviceJids(device.device).lid, props: '1' } });
    this.poke();
  }

  async onNode(session: FakeSession, node: BinaryNode): Promise<void> {
    this.received.push({ node, device: session.deviceKey });
    if (node.tag === 'iq') await this.onIq(session, node);
    else if (node.tag === 'message') session.send(stanza.messageAck({ id: node.attrs.id!, from: node.attrs.to!, now: Date.now() }));
    else if (node.tag === 'receipt' && node.attrs.type === 'retry') {
      // The phone answers a retry receipt by sending the message again (here: as plaintext).
      const again = this.delivered.get(node.attrs.id!);
      if (again) session.send(again);
    }
    this.poke();
  }

  onClose(): void {
    this.poke();
  }

  onError(_session: FakeSession, error: unknown): void {
    this.errors.push(error);
  }

  private async onIq(session: FakeSession, node: BinaryNode): Promise<void> {
    const id = node.attrs.id!;
    if (node.attrs.type === 'result') {
      if (stanza.child(node, 'pair-device-sign')) {
        // Linked: WhatsApp asks the client to restart and log in as the new device.
        session.send(stanza.streamError(515));
        session.end();
      }
      return;
    }
    const device = session.deviceKey ? this.devices.get(Number(session.deviceKey.split(':')[1])) : undefined;
    const answer = await answerQuery(this, node, device);
    session.send(answer ?? stanza.iqResult(id));
    if (node.attrs.xmlns === 'md' && stanza.child(node, 'link_code_companion_reg')) this.onLinkCode(session, node);
    if (node.attrs.xmlns === 'encrypt' && stanza.child(node, 'digest') && device) this.afterLogin(session, device);
  }

  /** After the key check: the offline backlog, its end marker, and (first login) the history sync. */
  private afterLogin(session: FakeSession, device: LinkedDevice): void {
    const backlog = this.offline.splice(0);
    for (const node of backlog) session.send(node);
    session.send({ tag: 'ib', attrs: { from: stanza.SERVER }, content: [{ tag: 'offline', attrs: { count: String(backlog.length) } }] });
    if (!device.historySent) {
      device.historySent = true;
      session.send(
        stanza.plaintextMessage({
          id: this.id('HIST'),
          from: `${this.account.user}@s.whatsapp.net`,
          message: stanza.historyBootstrap(),
          now: Date.now(),
          attrs: { category: 'peer' },
        }),
      );
    }
  }

  private fail(session: FakeSession, reason: number): void {
    session.send({ tag: 'failure', attrs: { reason: String(reason) } });
    session.end();
  }

  private replace(session: FakeSession): void {
    session.send(stanza.streamError('replaced'));
    session.end();
  }
}

