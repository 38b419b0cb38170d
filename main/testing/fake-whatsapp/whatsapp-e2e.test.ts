/**
 * End to end: the real core with a real Baileys 7 socket, against the local fake WhatsApp server.
 */
import { proto, type BinaryNode } from 'baileys';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Conversation, Message, QueueItem } from '../../contract/schemas';
import type { WhatsAppStatus } from '../../contract/whatsapp-schemas';
import type { Timers } from '../../core/whatsapp/connection-types';
import { transaction } from '../../core/storage/database';
import { FakeClock } from '../test-core';
import { child, children } from './fake-stanzas';
import { FakeWhatsAppServer, type Contact } from './fake-whatsapp-server';
import { createWhatsAppTestCore, type WhatsAppTestCore } from './whatsapp-test-core';

/** Real timers, 100× faster: backoffs and settle times stay in order but take milliseconds. */
const fastTimers: Timers = {
  setTimeout: (run, ms) => setTimeout(run, Math.ceil(ms / 100)),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

type App = { t: WhatsAppTestCore; qr: () => string | null };

describe('WhatsApp end to end against the fake server', () => {
  let server: FakeWhatsAppServer;
  const apps: App[] = [];
  afterEach(async () => {
    for (const app of apps.splice(0)) app.t.dispose();
    await server?.close();
    expect(server.errors).toEqual([]);
  });

  const boot = (reuse?: App, backlogSettleMs = 5_000): App => {
    let qr: string | null = null;
    const clock = reuse?.t.clock ?? new FakeClock();
    const t = createWhatsAppTestCore({
      dataDir: reuse?.t.dataDir,
      secrets: reuse?.t.secrets,
      clock,
      whatsapp: { wsUrl: server.url, onQr: (raw) => void (qr = raw), timers: fastTimers, sleep: async (ms) => clock.advance(ms), backlogSettleMs },
    });
    const app = { t, qr: () => qr };
    apps.push(app);
    return app;
  };
  const status = (app: App) => app.t.call<WhatsAppStatus>('getWhatsAppStatus');
  const until = <T>(check: () => Promise<T> | T, timeout = 10_000) => vi.waitFor(check, { timeout, interval: 20 });
  const connected = (app: App) => until(async () => expect((await status(app)).state).toBe('connected'));
  const queue = async (app: App) => (await app.t.call<{ items: QueueItem[] }>('listQueue')).items;
  /** Waits until the queue holds exactly one draft, and returns it. */
  const onlyDraft = async (app: App) => {
    await until(async () => expect(await queue(app)).toHaveLength(1));
    return (await queue(app))[0]!;
  };
  const conversation = (app: App, contact: Contact) => app.t.core.conversations.findConversation('whatsapp', contact.pn);
  const messages = async (app: App, contact: Contact) =>
    (await app.t.call<{ conversation: Conversation; messages: Message[] }>('getConversation', { conversationId: conversation(app, contact)! }));
  const restart = async (app: App, backlogSettleMs?: number) => {
    app.t.close();
    await server.waitFor(() => !server.active(), 'the old session to close');
    return boot(app, backlogSettleMs);
  };

  /** Links a fresh app by QR and waits until Baileys finished its first sync. */
  const link = async (): Promise<App> => {
    const app = boot();
    await app.t.call('loadDemoShop');
    await app.t.call('connectWhatsApp', { method: 'qr' });
    const raw = await until(() => app.qr() ?? Promise.reject(new Error('no QR yet')));
    await until(async () => expect((await status(app)).qrDataUrl).toMatch(/^data:image\/png;base64,/));
    server.scan(raw);
    await connected(app);
    await server.waitFor(() => server.received.find((r) => r.node.attrs.xmlns === 'w:sync:app:state'), 'the first app-state sync');
    await new Promise((resolve) => setTimeout(resolve, 50));
    return app;
  };

  /** The `<enc>` of a sent message addressed to one of the contact's devices. */
  const encFor = (node: BinaryNode, contact: Contact) => {
    const users = [contact.pn, contact.lid].map((j) => j.split('@')[0]);
    const to = children(child(node, 'participants')).find((p) => users.includes(p.attrs.jid!.split('@')[0]!.split(':')[0]));
    return child(to, 'enc');
  };
  const sentText = async (node: BinaryNode, contact: Contact) => {
    const enc = encFor(node, contact)!;
    const message = await contact.peer.decrypt(server.deviceJids(7).lid, enc.attrs.type as 'pkmsg' | 'msg', enc.content as Uint8Array);
    return message.extendedTextMessage?.text ?? message.conversation;
  };

  it('links by QR, then reconnects after a restart without a new QR', async () => {
    server = await FakeWhatsAppServer.start();
    const first = await link();
    expect(await status(first)).toMatchObject({ state: 'connected', phone: '+15550001111' });
    // Linked as a companion that asks for no full history and never shows the owner online.
    const registration = server.sessions.find((s) => s.registering)!.payload!.devicePairingData!;
    expect(proto.DeviceProps.decode(registration.deviceProps!).requireFullSync).toBe(false);
    const presences = server.received.filter((r) => r.node.tag === 'presence' && r.node.attrs.type);
    expect(presences.map((r) => r.node.attrs.type)).toEqual(['unavailable']);
    expect(first.t.core.audit.list(20).map((a) => a.action)).toEqual(expect.arrayContaining(['whatsapp.link_started', 'whatsapp.linked']));
    const second = await restart(first);
    await second.t.core.start();
    await connected(second);
    expect(second.qr()).toBeNull();
    expect(server.sessions.filter((s) => s.registering)).toHaveLength(1);
  });

  it('receives live, duplicate, undecryptable and offline messages, drafts them and sends an approval exactly once', async () => {
    server = await FakeWhatsAppServer.start();
    const ana = server.contact('5511987654321', { lid: '123456789012345', name: 'Ana' });
    const ben = server.contact('34611222333', { name: 'Ben' });
    const app = await link();

    const hours = server.customerSays(ana, 'What are your opening hours?');
    await until(async () => expect(await queue(app)).toHaveLength(1));
    server.customerSays(ana, 'What are your opening hours?', { id: hours });
    server.undecryptable(ben, 'do you have monstera?');
    await until(async () => expect((await queue(app)).map((i) => i.customerName)).toEqual(['Ana', 'Ben']));
    expect((await messages(app, ana)).messages).toHaveLength(1);
    expect((await messages(app, ben)).messages.map((m) => m.text)).toEqual(['do you have monstera?']);
    expect(server.received.some((r) => r.node.tag === 'receipt' && r.node.attrs.type === 'retry')).toBe(true);

    // Offline: the app is closed while Ben writes twice; after the restart it is a backlog draft.
    const restarted = await restart(app);
    server.customerSays(ben, 'hello?');
    server.customerSays(ben, 'do you deliver?');
    await restarted.t.core.start();
    await connected(restarted);
    await until(async () => expect((await queue(restarted)).filter((i) => i.reasons.some((r) => r.code === 'backlog'))).toHaveLength(1));
    const backlog = (await queue(restarted)).find((i) => i.reasons.some((r) => r.code === 'backlog'))!;
    // Ben's turn: his live message (its draft not answered yet) and the two that came offline.
    expect(backlog).toMatchObject({ customerName: 'Ben', customerMessage: 'do you have monstera?\nhello?\ndo you deliver?' });
    expect((await status(restarted)).backlog).toBe(1);

    const draft = (await queue(restarted)).find((i) => i.customerName === 'Ana')!;
    const text = `${draft.draft || 'We open at 9.'} See you!`;
    await restarted.t.call('approveDraft', { draftId: draft.draftId, text });
    const sendId = (restarted.t.core.db.prepare('SELECT send_id FROM outbox WHERE draft_id = ?').get(draft.draftId) as { send_id: string }).send_id;
    const sent = await server.waitFor(() => server.sentMessages().find((m) => m.attrs.id === sendId), 'the reply');
    expect(sent.attrs.to).toBe(ana.pn);
    expect(await sentText(sent, ana)).toBe(text);
    await until(async () => expect((await messages(restarted, ana)).messages.at(-1)).toMatchObject({ direction: 'out', text, status: 'sent' }));
    await restarted.t.core.outbox.kick();
    expect(server.sentMessages().filter((m) => m.attrs.id === sendId)).toHaveLength(1);
    expect(server.sentMessages().every((m) => m.attrs.to === ana.pn || m.attrs.to?.startsWith(server.account.user))).toBe(true);

    server.receiptFor(sendId, ana.pn);
    await until(async () => expect((await messages(restarted, ana)).messages.at(-1)!.status).toBe('delivered'));
    server.receiptFor(sendId, ana.pn, 'read');
    await until(async () => expect((await messages(restarted, ana)).messages.at(-1)!.status).toBe('read'));
  });

  it('keeps the offline backlog when the app is closed before it settled, and drafts it after the next start', async () => {
    server = await FakeWhatsAppServer.start();
    const ben = server.contact('34611222333', { name: 'Ben' });
    const app = await link();
    // Ben writes while the app is closed; it comes back with a settle window of ten minutes.
    const slow = await restart(app, 10 * 60_000);
    server.customerSays(ben, 'hello?');
    server.customerSays(ben, 'do you deliver?');
    await slow.t.core.start();
    await connected(slow);
    await until(async () => expect((await messages(slow, ben)).messages).toHaveLength(2));
    expect(await queue(slow)).toEqual([]);
    // Closed inside the window: WhatsApp has acknowledged the messages and will not send them again.
    const again = await restart(slow);
    await again.t.core.start();
    await connected(again);
    const draft = await onlyDraft(again);
    expect(draft).toMatchObject({ customerName: 'Ben', customerMessage: 'hello?\ndo you deliver?' });
    expect(draft.reasons.map((r) => r.code)).toContain('backlog');
    expect(server.sentMessages()).toEqual([]);
  });

  it('pauses the assistant when the owner answers from the phone', async () => {
    server = await FakeWhatsAppServer.start();
    const ana = server.contact('5511987654321', { name: 'Ana' });
    const app = await link();
    server.customerSays(ana, 'What are your opening hours?');
    await until(async () => expect(await queue(app)).toHaveLength(1));
    server.ownerSays(ana, 'Hi Ana! Calling you now.');
    await until(async () => expect((await messages(app, ana)).conversation.state).toBe('paused'));
    expect(await queue(app)).toEqual([]);
    expect((await messages(app, ana)).messages.map((m) => [m.direction, m.text])).toEqual([
      ['in', 'What are your opening hours?'],
      ['out', 'Hi Ana! Calling you now.'],
    ]);
    expect(server.sentMessages()).toEqual([]);
  });

  it('applies an ad referral, media, a reaction, an edit (re-drafting) and a deletion (withdrawing) sent through real Baileys', async () => {
    server = await FakeWhatsAppServer.start();
    const ana = server.contact('5511987654321', { name: 'Ana' });
    const app = await link();
    const Type = proto.Message.ProtocolMessage.Type;
    const ad = { conversionSource: 'FB_Ads', externalAdReply: { title: 'Monstera week', body: '20% off', sourceUrl: 'https://fb.me/ad1', ctwaClid: 'click1' } };
    const hi = server.customerSends(ana, { extendedTextMessage: { text: 'Hi, do you have monstera?', contextInfo: ad } });
    const stale = await onlyDraft(app);
    server.customerSends(ana, { imageMessage: { caption: 'this one?', mimetype: 'image/jpeg' } });
    server.customerSends(ana, { reactionMessage: { key: { remoteJid: ana.pn, fromMe: true, id: hi }, text: '❤️' } });
    server.customerSends(ana, { protocolMessage: { type: Type.MESSAGE_EDIT, key: { remoteJid: ana.pn, fromMe: true, id: hi }, editedMessage: { conversation: 'What are your opening hours?' } } });
    // One card for Ana's turn, drafted again with each change.
    const turn = 'What are your opening hours?\n[Photo] this one?';
    await until(async () => expect((await queue(app)).map((i) => i.customerMessage)).toEqual([turn]));
    const oops = server.customerSays(ana, 'ignore that, wrong chat');
    await until(async () => expect((await queue(app)).map((i) => i.customerMessage)).toEqual([`${turn}\nignore that, wrong chat`]));
    server.customerSends(ana, { protocolMessage: { type: Type.REVOKE, key: { remoteJid: ana.pn, fromMe: true, id: oops } } });
    await until(async () => expect((await queue(app)).map((i) => i.customerMessage)).toEqual([turn]));

    const view = await messages(app, ana);
    expect(view.conversation.referral).toMatchObject({ source: 'FB_Ads', title: 'Monstera week', url: 'https://fb.me/ad1' });
    expect(view.messages.map((m) => ({ text: m.text, reaction: m.reaction, edited: m.editedAt !== null, deleted: m.deletedAt !== null, media: m.media }))).toEqual([
      { text: 'What are your opening hours?', reaction: '❤️', edited: true, deleted: false, media: null },
      { text: '[Photo] this one?', reaction: null, edited: false, deleted: false, media: 'photo' },
      { text: '[Message deleted]', reaction: null, edited: false, deleted: true, media: null },
    ]);
    const pending = await queue(app);
    expect(pending.find((i) => i.draftId === stale.draftId)).toBeUndefined();
    expect(pending.find((i) => i.customerMessage === turn)!.draft).toContain('09:00');
    const superseded = app.t.core.audit.list(50).filter((a) => a.action === 'draft.superseded');
    expect(superseded.map((a) => a.detail.why)).toEqual(expect.arrayContaining(['customer_wrote_more', 'customer_edited', 'customer_deleted_message']));
    expect(server.sentMessages()).toEqual([]);
  });

  it('restarts at once on 515, backs off on 408, keeps the link when replaced (440) and wipes it on 401', async () => {
    server = await FakeWhatsAppServer.start();
    const app = await link();
    const sessions = () => server.sessions.length;

    let before = sessions();
    server.kick(515);
    await until(() => expect(sessions()).toBe(before + 1));
    await connected(app);

    before = sessions();
    const seen = app.t.eventsOf('whatsappStatusChanged').length;
    server.kick(408);
    await until(() => expect(sessions()).toBe(before + 1));
    await connected(app);
    const states = app.t.eventsOf('whatsappStatusChanged').slice(seen);
    expect(states.map((s) => s.state)).toEqual(['reconnecting', 'connecting', 'connected']);
    expect(states[0]!.nextAttemptAt).toBeGreaterThan(app.t.clock.now());

    server.kick('replaced');
    await until(async () => expect((await status(app)).state).toBe('replaced'));
    expect(app.t.notifications.map((n) => n.title)).toContain('WhatsApp opened elsewhere');
    app.t.core.whatsapp.resume();
    await connected(app);

    server.removeDevice();
    await until(async () => expect((await status(app)).state).toBe('logged_out'));
    expect(app.t.core.db.prepare('SELECT COUNT(*) AS n FROM wa_auth').get()).toEqual({ n: 0 });
    const after = await restart(app);
    await after.t.core.start();
    expect((await status(after)).state).toBe('unlinked');
  });

  it('stops on 403 and tells the owner, without reconnecting', async () => {
    server = await FakeWhatsAppServer.start();
    const app = await link();
    const before = server.sessions.length;
    server.banned = true;
    server.kick(403);
    await until(async () => expect((await status(app)).state).toBe('banned'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(server.sessions.length).toBe(before);
    expect(app.t.notifications.map((n) => n.title)).toContain('WhatsApp refused the connection');
  });

  it('links by pairing code: the owner types the code on the phone, the link completes and survives a restart', async () => {
    server = await FakeWhatsAppServer.start();
    const app = boot();
    await app.t.call('connectWhatsApp', { method: 'code', phone: '+1 555 000 1111' });
    await until(async () => expect((await status(app)).pairingCode).toMatch(/^[A-Z0-9]{8}$/));
    const request = await server.waitFor(() => server.received.map((r) => child(r.node, 'link_code_companion_reg')).find(Boolean), 'the code request');
    expect(request.attrs).toMatchObject({ jid: '15550001111@s.whatsapp.net', stage: 'companion_hello' });
    expect((await status(app)).qrDataUrl).toBeNull();

    await server.enterCode((await status(app)).pairingCode!);
    const finish = await server.waitFor(
      () => server.received.map((r) => child(r.node, 'link_code_companion_reg')).find((n) => n?.attrs.stage === 'companion_finish'),
      'companion_finish',
    );
    expect(finish.attrs.jid).toBe('15550001111@s.whatsapp.net');
    await connected(app);
    expect(server.codeFailures).toEqual([]);
    expect(await status(app)).toMatchObject({ state: 'connected', phone: '+15550001111', pairingCode: null });
    expect(app.t.core.audit.list(20).map((a) => a.action)).toEqual(expect.arrayContaining(['whatsapp.link_started', 'whatsapp.linked']));
    // The keys agreed through the code hold: the app logs in again after a restart, no new link.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const again = await restart(app);
    await again.t.core.start();
    await connected(again);
    expect(server.devices.size).toBe(1);
  });

  it('does not link when the code typed on the phone is wrong', async () => {
    server = await FakeWhatsAppServer.start();
    const app = boot();
    await app.t.call('connectWhatsApp', { method: 'code', phone: '+1 555 000 1111' });
    await until(async () => expect((await status(app)).pairingCode).toMatch(/^[A-Z0-9]{8}$/));
    await server.waitFor(() => server.received.find((r) => child(r.node, 'link_code_companion_reg')), 'the code request');
    const code = (await status(app)).pairingCode!;
    await server.enterCode(code.startsWith('A') ? `B${code.slice(1)}` : `A${code.slice(1)}`);
    await server.waitFor(() => server.codeFailures.length > 0, 'the phone to refuse the code');
    expect(server.devices.size).toBe(0);
    expect((await status(app)).state).toBe('linking');
  });

  it('keys a customer writing from a LID by phone number and replies to the LID as received', async () => {
    server = await FakeWhatsAppServer.start();
    const luz = server.contact('5215512345678', { name: 'Luz' });
    const app = await link();
    server.customerSays(luz, 'hola, ¿a qué hora abren?', { viaLid: true });
    const draft = await onlyDraft(app);
    expect(draft).toMatchObject({ customerName: 'Luz', language: 'es' });
    expect(conversation(app, luz)).toBe(draft.conversationId);
    await app.t.call('approveDraft', { draftId: draft.draftId, text: 'Abrimos a las 9.' });
    const sent = await server.waitFor(() => server.sentMessages()[0], 'the reply');
    expect(sent.attrs.to).toBe(luz.lid);
    expect(await sentText(sent, luz)).toBe('Abrimos a las 9.');
  });

  it('delivers an approval interrupted by a crash exactly once after the restart', async () => {
    server = await FakeWhatsAppServer.start();
    const ana = server.contact('5511987654321', { name: 'Ana' });
    const app = await link();
    server.customerSays(ana, 'What are your opening hours?');
    const draft = await onlyDraft(app);
    // The approval commits (decision + outbox row) and the process dies before the worker runs.
    const { sendId } = transaction(app.t.core.db, () => {
      app.t.core.drafts.decide(draft.draftId, 'approved', 'Owner', 1, 'See you at 9!');
      return app.t.core.outbox.enqueue({ conversationId: draft.conversationId, draftId: draft.draftId, text: 'See you at 9!', author: 'Owner' });
    });
    const restarted = await restart(app);
    await restarted.t.core.start();
    await restarted.t.core.start();
    const sent = await server.waitFor(() => server.sentMessages().find((m) => m.attrs.id === sendId), 'the reply');
    expect(await sentText(sent, ana)).toBe('See you at 9!');
    expect(server.sentMessages().filter((m) => m.attrs.id === sendId)).toHaveLength(1);
  });

  it('surfaces a reply WhatsApp refused (463) with the reason, without resending', async () => {
    server = await FakeWhatsAppServer.start();
    const ana = server.contact('5511987654321', { name: 'Ana' });
    const app = await link();
    server.customerSays(ana, 'What are your opening hours?');
    const draft = await onlyDraft(app);
    await app.t.call('approveDraft', { draftId: draft.draftId, text: 'We open at 9.' });
    const sent = await server.waitFor(() => server.sentMessages()[0], 'the reply').catch((error: unknown) => {
      throw new Error(`${String(error)}: ${JSON.stringify(app.t.core.db.prepare('SELECT status, error FROM outbox').all())}`);
    });
    server.refuse(sent.attrs.id!, ana.pn, '463');
    await until(async () => expect((await messages(app, ana)).messages.at(-1)!.status).toBe('failed'));
    expect(app.t.notifications.at(-1)!.body).toContain('463');
    await app.t.core.outbox.kick();
    expect(server.sentMessages()).toHaveLength(1);
  });
});
