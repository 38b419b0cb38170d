import { proto } from 'baileys';
import { afterEach, describe, expect, it } from 'vitest';
import type { Conversation, Message, QueueItem } from '../../contract/schemas';
import type { WhatsAppStatus } from '../../contract/whatsapp-schemas';
import { linkedCore, type LinkedCore } from '../../testing/fake-whatsapp/linked-core';
import { ANA, BEN, LID, waMessage, waText } from '../../testing/fake-whatsapp/wa-messages';

type View = { conversation: Conversation; messages: Message[] };

describe('WhatsApp inbound', () => {
  const opened: LinkedCore[] = [];
  afterEach(() => opened.splice(0).forEach((c) => c.t.dispose()));
  const setup = async () => {
    const c = await linkedCore();
    opened.push(c);
    return c;
  };
  const queue = async (c: LinkedCore) => (await c.t.call<{ items: QueueItem[] }>('listQueue')).items;
  const conversations = async (c: LinkedCore) => (await c.t.call<{ items: Conversation[] }>('listConversations', { channel: 'whatsapp' })).items;
  const view = (c: LinkedCore, conversationId: number) => c.t.call<View>('getConversation', { conversationId });
  const row = (c: LinkedCore, sql: string, ...params: Array<string | number>) => c.t.core.db.prepare(sql).get(...params) as Record<string, unknown> | undefined;

  it('ingests a live message once: a redelivered id is stored and drafted only the first time', async () => {
    const c = await setup();
    c.socket().upsert([waText('What are your opening hours?', { id: 'IN1' })]);
    c.socket().upsert([waText('What are your opening hours?', { id: 'IN1' })]);
    await c.idle();
    const items = await queue(c);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ channel: 'whatsapp', customerName: 'Ana', customerMessage: 'What are your opening hours?', route: 'answer' });
    expect(items[0]!.reasons.map((r) => r.code)).not.toContain('backlog');
    const [conversation] = await conversations(c);
    expect(conversation).toMatchObject({ customerName: 'Ana', language: 'en' });
    expect(row(c, 'SELECT reply_jid, pn_jid FROM wa_chats WHERE conversation_id = ?', conversation!.id)).toEqual({ reply_jid: ANA, pn_jid: ANA });
  });

  it('does not process decryption stubs, groups, status or newsletters', async () => {
    const c = await setup();
    const stub = proto.WebMessageInfo.fromObject({ key: { remoteJid: ANA, id: 'BAD' }, messageStubType: proto.WebMessageInfo.StubType.CIPHERTEXT });
    c.socket().upsert([
      stub as never,
      waText('hello group', { id: 'G1', jid: '120363@g.us' }),
      waText('status', { id: 'S1', jid: 'status@broadcast' }),
      waText('news', { id: 'N1', jid: '1200@newsletter' }),
    ]);
    await c.idle();
    expect(await conversations(c)).toEqual([]);
    expect(await queue(c)).toEqual([]);
  });

  it('pauses the assistant when the owner writes from the phone, and closes pending drafts', async () => {
    const c = await setup();
    c.socket().upsert([waText('What are your opening hours?', { id: 'IN1' })]);
    await c.idle();
    expect(await queue(c)).toHaveLength(1);
    c.socket().upsert([waText('Hi Ana, I will call you', { id: 'PHONE1', fromMe: true })]);
    c.socket().upsert([waText('ok, and do you have monstera?', { id: 'IN2' })]);
    await c.idle();
    const [conversation] = await conversations(c);
    expect(conversation!.state).toBe('paused');
    expect(await queue(c)).toEqual([]);
    const messages = (await view(c, conversation!.id)).messages;
    expect(messages.map((m) => [m.direction, m.author, m.text])).toEqual([
      ['in', 'Ana', 'What are your opening hours?'],
      ['out', 'Owner (phone)', 'Hi Ana, I will call you'],
      ['in', 'Ana', 'ok, and do you have monstera?'],
    ]);
    expect(c.t.core.audit.list(50).map((a) => a.action)).toContain('assistant.paused');
  });

  it('ignores the echo of a message this app sent', async () => {
    const c = await setup();
    c.socket().upsert([waText('What are your opening hours?', { id: 'IN1' })]);
    await c.idle();
    const [item] = await queue(c);
    await c.t.call('approveDraft', { draftId: item!.draftId, text: item!.draft });
    await c.t.core.outbox.kick();
    const sent = c.socket().sent[0]!;
    c.socket().upsert([waText(sent.text, { id: sent.messageId, fromMe: true })], 'append');
    await c.t.core.whatsapp.inbound.flushBacklog();
    expect((await conversations(c))[0]!.state).toBe('assistant');
  });

  it('applies reactions, edits and deletions to the stored message', async () => {
    const c = await setup();
    c.socket().upsert([waText('do you have monstera?', { id: 'IN1' }), waText('and pothos?', { id: 'IN2' })]);
    c.socket().upsert([waMessage({ reactionMessage: { key: { remoteJid: ANA, fromMe: false, id: 'IN1' }, text: '❤️' } }, { id: 'R1' })]);
    c.socket().upsert([
      waMessage(
        { protocolMessage: { type: proto.Message.ProtocolMessage.Type.MESSAGE_EDIT, key: { remoteJid: ANA, id: 'IN1' }, editedMessage: { conversation: 'do you have a big monstera?' } } },
        { id: 'E1' },
      ),
    ]);
    c.socket().upsert([waMessage({ protocolMessage: { type: proto.Message.ProtocolMessage.Type.REVOKE, key: { remoteJid: ANA, id: 'IN2' } } }, { id: 'D1' })]);
    await c.idle();
    const [conversation] = await conversations(c);
    const rows = c.t.core.db.prepare('SELECT external_id, text, reaction, edited_at IS NOT NULL AS edited, deleted_at IS NOT NULL AS deleted FROM messages WHERE conversation_id = ? ORDER BY id').all(conversation!.id);
    expect(rows).toEqual([
      { external_id: 'IN1', text: 'do you have a big monstera?', reaction: '❤️', edited: 1, deleted: 0 },
      { external_id: 'IN2', text: '[Message deleted]', reaction: null, edited: 0, deleted: 1 },
    ]);
    // The thread the UI reads carries the changes and the media kind.
    c.socket().upsert([waMessage({ imageMessage: { caption: 'this one?', mimetype: 'image/jpeg' } }, { id: 'IN3' })]);
    await c.idle();
    const messages = (await view(c, conversation!.id)).messages;
    expect(messages.map((m) => ({ text: m.text, reaction: m.reaction, edited: m.editedAt !== null, deleted: m.deletedAt !== null, media: m.media }))).toEqual([
      { text: 'do you have a big monstera?', reaction: '❤️', edited: true, deleted: false, media: null },
      { text: '[Message deleted]', reaction: null, edited: false, deleted: true, media: null },
      { text: '[Photo] this one?', reaction: null, edited: false, deleted: false, media: 'photo' },
    ]);
    // So does the review queue: one card for Ana's turn (no reply yet), drafted from the edited
    // text and the photo's caption, without the deleted message.
    expect((await queue(c)).map((i) => ({ text: i.customerMessage, media: i.customerMedia }))).toEqual([{ text: 'do you have a big monstera?\n[Photo] this one?', media: 'photo' }]);
  });

  it('stores the ad that started the chat on the conversation', async () => {
    const c = await setup();
    c.socket().upsert([
      waMessage(
        { extendedTextMessage: { text: 'Hi, I saw your ad', contextInfo: { conversionSource: 'FB_Ads', externalAdReply: { title: 'Monstera week', sourceUrl: 'https://fb.me/1', ctwaClid: 'c1' } } } },
        { id: 'AD1' },
      ),
    ]);
    await c.idle();
    const [conversation] = await conversations(c);
    expect(c.t.core.conversations.referral(conversation!.id)).toMatchObject({ source: 'FB_Ads', title: 'Monstera week', url: 'https://fb.me/1', ctwaClid: 'c1' });
    expect((await view(c, conversation!.id)).conversation.referral).toMatchObject({ source: 'FB_Ads', title: 'Monstera week', url: 'https://fb.me/1' });
  });

  it('keys a LID-only customer by LID, replies to the LID, and re-keys to the phone on lid-mapping.update', async () => {
    const c = await setup();
    c.socket().upsert([waText('hola, ¿a qué hora abren?', { id: 'L1', jid: LID, pushName: 'Luz' })]);
    await c.idle();
    const [before] = await conversations(c);
    expect(before).toMatchObject({ customerName: 'Luz', language: 'es' });
    expect(row(c, 'SELECT external_id FROM customers')).toEqual({ external_id: LID });
    c.socket().emit('lid-mapping.update', { lid: LID, pn: '5215512345678@s.whatsapp.net' });
    await c.idle();
    expect(row(c, 'SELECT external_id FROM customers')).toEqual({ external_id: '5215512345678@s.whatsapp.net' });
    expect(row(c, 'SELECT reply_jid, pn_jid, lid_jid FROM wa_chats')).toEqual({ reply_jid: LID, pn_jid: '5215512345678@s.whatsapp.net', lid_jid: LID });
  });

  it('merges a LID conversation into the phone one when a message reveals both', async () => {
    const c = await setup();
    c.socket().upsert([waText('hi from phone', { id: 'P1', jid: BEN, pushName: 'Ben' })]);
    c.socket().upsert([waText('hi from lid', { id: 'L1', jid: LID, pushName: 'Ben' })]);
    await c.idle();
    expect(await conversations(c)).toHaveLength(2);
    c.socket().upsert([waText('same person', { id: 'L2', jid: LID, alt: BEN, pushName: 'Ben' })]);
    await c.idle();
    const all = await conversations(c);
    expect(all).toHaveLength(1);
    expect((await view(c, all[0]!.id)).messages.map((m) => m.text)).toEqual(['hi from phone', 'hi from lid', 'same person']);
    expect(row(c, 'SELECT COUNT(*) AS n FROM customers')).toEqual({ n: 1 });
    expect(row(c, 'SELECT reply_jid FROM wa_chats WHERE conversation_id = ?', all[0]!.id)).toEqual({ reply_jid: LID });
  });

  it('triages the offline backlog: one draft per chat, oldest chat first, marked backlog, nothing sent', async () => {
    const c = await setup();
    const t0 = Date.UTC(2026, 10, 25, 6, 0, 0);
    c.socket().upsert(
      [
        waText('and do you deliver?', { id: 'B3', jid: BEN, pushName: 'Ben', at: t0 + 3_000 }),
        waText('What are your opening hours?', { id: 'A1', at: t0 + 1_000 }),
        waText('hello', { id: 'B1', jid: BEN, pushName: 'Ben', at: t0 }),
        waText('do you have monstera?', { id: 'A2', at: t0 + 2_000 }),
      ],
      'append',
    );
    c.socket().backlogDone();
    expect(await queue(c)).toEqual([]);
    c.timers.advance(1_500);
    await c.idle();
    // Drafted chat by chat, the chat waiting longest first; the queue lists them by message time.
    const items = (await queue(c)).sort((a, b) => a.draftId - b.draftId);
    expect(items.map((i) => [i.customerName, i.customerMessage])).toEqual([
      ['Ben', 'hello\nand do you deliver?'],
      ['Ana', 'What are your opening hours?\ndo you have monstera?'],
    ]);
    for (const item of items) expect(item.reasons.map((r) => r.code)).toContain('backlog');
    expect((await c.t.call<WhatsAppStatus>('getWhatsAppStatus')).backlog).toBe(2);
    const ben = (await conversations(c)).find((x) => x.customerName === 'Ben')!;
    expect((await view(c, ben.id)).messages.map((m) => m.text)).toEqual(['hello', 'and do you deliver?']);
    await c.t.core.outbox.kick();
    expect(c.socket().sent).toEqual([]);
  });

  it('stores the offline backlog at once and still drafts it after a close inside the settle window', async () => {
    const first = await setup();
    const t0 = Date.UTC(2026, 10, 25, 6, 0, 0);
    first.socket().upsert(
      [
        waText('and do you deliver?', { id: 'B3', jid: BEN, pushName: 'Ben', at: t0 + 3_000 }),
        waText('What are your opening hours?', { id: 'A1', at: t0 + 1_000 }),
        waText('hello', { id: 'B1', jid: BEN, pushName: 'Ben', at: t0 }),
      ],
      'append',
    );
    first.socket().backlogDone();
    await first.idle();
    // Stored before the backlog settled; nothing drafted yet.
    expect(row(first, "SELECT COUNT(*) AS n FROM messages WHERE direction = 'in'")).toEqual({ n: 3 });
    expect(row(first, 'SELECT COUNT(*) AS n FROM backlog_pending')).toEqual({ n: 3 });
    expect(await queue(first)).toEqual([]);
    first.t.close();

    const second = await linkedCore({ reuse: first.t });
    opened.push(second);
    expect(await queue(second)).toEqual([]);
    second.timers.advance(1_500);
    await second.idle();
    const items = (await queue(second)).sort((a, b) => a.draftId - b.draftId);
    expect(items.map((i) => [i.customerName, i.customerMessage])).toEqual([
      ['Ben', 'hello\nand do you deliver?'],
      ['Ana', 'What are your opening hours?'],
    ]);
    for (const item of items) expect(item.reasons.map((r) => r.code)).toContain('backlog');
    expect(row(second, 'SELECT COUNT(*) AS n FROM backlog_pending')).toEqual({ n: 0 });
    await second.t.core.outbox.kick();
    expect(second.sockets.sockets.flatMap((s) => s.sent)).toEqual([]);
  });

  it('keeps one pending backlog draft per chat when more backlog arrives after the chat was triaged', async () => {
    const c = await setup();
    const t0 = Date.UTC(2026, 10, 25, 6, 0, 0);
    c.socket().upsert([waText('What are your opening hours?', { id: 'B1', jid: BEN, pushName: 'Ben', at: t0 })], 'append');
    c.socket().backlogDone();
    c.timers.advance(1_500);
    await c.idle();
    const [earlier] = await queue(c);
    expect(earlier).toMatchObject({ customerName: 'Ben', customerMessage: 'What are your opening hours?' });

    // WhatsApp delivers a later part of the offline backlog for the same chat.
    c.socket().upsert([waText('and do you deliver?', { id: 'B2', jid: BEN, pushName: 'Ben', at: t0 + 60_000 })], 'append');
    c.timers.advance(1_500);
    await c.idle();
    const items = await queue(c);
    expect(items.map((i) => [i.customerName, i.customerMessage])).toEqual([['Ben', 'What are your opening hours?\nand do you deliver?']]);
    expect(items[0]!.reasons.map((r) => r.code)).toContain('backlog');
    expect(row(c, 'SELECT status, decided_by FROM drafts WHERE id = ?', earlier!.draftId)).toEqual({ status: 'resolved', decided_by: 'Customer wrote more' });
    expect(c.t.core.audit.list(50).find((a) => a.action === 'draft.superseded')).toMatchObject({ subject: `draft:${earlier!.draftId}`, detail: { newDraftId: items[0]!.draftId } });
    expect((await c.t.call<WhatsAppStatus>('getWhatsAppStatus')).backlog).toBe(1);
    expect(c.t.eventsOf('queueChanged').at(-1)).toEqual({ pending: 1 });
    await c.t.core.outbox.kick();
    expect(c.socket().sent).toEqual([]);
  });

  it('re-drafts a pending draft when the customer edits the message, and leaves a sent reply alone', async () => {
    const c = await setup();
    c.socket().upsert([waText('do you have monstera?', { id: 'IN1' }), waText('what are your opening hours?', { id: 'IN2', jid: BEN, pushName: 'Ben' })]);
    await c.idle();
    const [ana, ben] = await queue(c);
    await c.t.call('approveDraft', { draftId: ben!.draftId, text: 'We open at 9.' });
    await c.t.core.outbox.kick();
    const edit = (jid: string, id: string, text: string) =>
      waMessage({ protocolMessage: { type: proto.Message.ProtocolMessage.Type.MESSAGE_EDIT, key: { remoteJid: jid, id }, editedMessage: { conversation: text } } }, { id: `E-${id}`, jid });
    c.socket().upsert([edit(ANA, 'IN1', 'what are your opening hours?'), edit(BEN, 'IN2', 'what are your opening hours on Sunday?')]);
    await c.idle();

    const items = await queue(c);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ conversationId: ana!.conversationId, customerMessage: 'what are your opening hours?' });
    expect(items[0]!.draftId).not.toBe(ana!.draftId);
    expect(items[0]!.draft).not.toBe(ana!.draft);
    expect(row(c, 'SELECT status, decided_by FROM drafts WHERE id = ?', ana!.draftId)).toEqual({ status: 'resolved', decided_by: 'Customer edit' });
    const superseded = c.t.core.audit.list(50).find((a) => a.action === 'draft.superseded')!;
    expect(superseded).toMatchObject({ subject: `draft:${ana!.draftId}`, detail: { newDraftId: items[0]!.draftId } });
    // Ben's reply was already sent: his edit shows, no new draft.
    expect((await view(c, ben!.conversationId)).messages[0]).toMatchObject({ text: 'what are your opening hours on Sunday?' });
    expect(row(c, 'SELECT COUNT(*) AS n FROM drafts WHERE conversation_id = ?', ben!.conversationId)).toEqual({ n: 1 });
    expect(c.socket().sent).toHaveLength(1);
  });

  it('withdraws the pending draft of a message the customer deleted for everyone', async () => {
    const c = await setup();
    c.socket().upsert([waText('do you have monstera?', { id: 'IN1' })]);
    await c.idle();
    const [item] = await queue(c);
    c.socket().upsert([waMessage({ protocolMessage: { type: proto.Message.ProtocolMessage.Type.REVOKE, key: { remoteJid: ANA, id: 'IN1' } } }, { id: 'D1' })]);
    await c.idle();
    expect(await queue(c)).toEqual([]);
    expect(row(c, 'SELECT status, decided_by FROM drafts WHERE id = ?', item!.draftId)).toEqual({ status: 'resolved', decided_by: 'Customer deleted' });
    expect(c.t.core.audit.list(50).find((a) => a.action === 'draft.withdrawn')).toMatchObject({ subject: `draft:${item!.draftId}` });
    expect(c.t.eventsOf('queueChanged').at(-1)).toEqual({ pending: 0 });
  });

  it('applies delivery, read and failure receipts to the reply, surfacing the reason', async () => {
    const c = await setup();
    c.socket().upsert([waText('What are your opening hours?', { id: 'IN1' }), waText('do you have monstera?', { id: 'IN2', jid: BEN, pushName: 'Ben' })]);
    await c.idle();
    for (const item of await queue(c)) await c.t.call('approveDraft', { draftId: item.draftId, text: item.draft || 'Let me check.' });
    await c.t.core.outbox.kick();
    const [toAna, toBen] = c.socket().sent;
    const status = (id: string) => row(c, 'SELECT status FROM messages WHERE external_id = ?', id)!.status;
    c.socket().update([{ key: { remoteJid: ANA, fromMe: true, id: toAna!.messageId }, update: { status: proto.WebMessageInfo.Status.DELIVERY_ACK } }]);
    await c.idle();
    expect(status(toAna!.messageId)).toBe('delivered');
    c.socket().update([{ key: { remoteJid: ANA, fromMe: true, id: toAna!.messageId }, update: { status: proto.WebMessageInfo.Status.READ } }]);
    c.socket().update([{ key: { remoteJid: ANA, fromMe: true, id: toAna!.messageId }, update: { status: proto.WebMessageInfo.Status.DELIVERY_ACK } }]);
    await c.idle();
    expect(status(toAna!.messageId)).toBe('read');
    c.socket().update([{ key: { remoteJid: BEN, fromMe: true, id: toBen!.messageId }, update: { status: proto.WebMessageInfo.Status.ERROR, messageStubParameters: ['463'] } }]);
    await c.idle();
    expect(status(toBen!.messageId)).toBe('failed');
    expect(row(c, 'SELECT status, error FROM outbox WHERE send_id = ?', toBen!.messageId)).toEqual({ status: 'failed', error: expect.stringContaining('463') });
    expect(c.t.notifications.at(-1)).toMatchObject({ title: 'A WhatsApp reply was not delivered', body: expect.stringContaining('463') });
    expect(c.t.core.audit.list(50).find((a) => a.action === 'message.failed')!.detail).toMatchObject({ sendId: toBen!.messageId });
    expect(c.socket().sent).toHaveLength(2);
  });
});
