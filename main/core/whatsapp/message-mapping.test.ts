import { proto, type WAMessage } from 'baileys';
import { describe, expect, it } from 'vitest';
import { PROTOCOL_MESSAGE_EDIT, PROTOCOL_REVOKE, STUB_CIPHERTEXT, mapMessage, type Me } from './message-mapping';

const ME: Me = { pnJid: '15550009999:4@s.whatsapp.net', lidJid: '900000000001:4@lid' };
const NOW = Date.UTC(2026, 10, 25, 9, 0, 0);
const CUSTOMER = '5511987654321@s.whatsapp.net';
const CUSTOMER_LID = '123456789012345@lid';

/** A message as it comes off the wire: encoded and decoded by Baileys' own proto. */
function wire(object: { [key: string]: unknown }, extraKey: Partial<WAMessage['key']> = {}): WAMessage {
  const decoded = proto.WebMessageInfo.decode(proto.WebMessageInfo.encode(proto.WebMessageInfo.fromObject(object)).finish());
  const message = decoded as WAMessage;
  message.key = { ...decoded.key, ...extraKey };
  return message;
}

const inbound = (message: { [key: string]: unknown }, key: { [key: string]: unknown } = {}, extra: { [key: string]: unknown } = {}) =>
  wire({ key: { remoteJid: CUSTOMER, fromMe: false, id: 'MSG1', ...key }, messageTimestamp: 1_764_061_200, pushName: 'Ana', message, ...extra });

describe('mapping WhatsApp messages', () => {
  it('pins the proto enum values it relies on', () => {
    expect(STUB_CIPHERTEXT).toBe(proto.WebMessageInfo.StubType.CIPHERTEXT);
    expect(PROTOCOL_REVOKE).toBe(proto.Message.ProtocolMessage.Type.REVOKE);
    expect(PROTOCOL_MESSAGE_EDIT).toBe(proto.Message.ProtocolMessage.Type.MESSAGE_EDIT);
  });

  it('maps plain and extended text from a customer, keyed by phone and timed by the message', () => {
    expect(mapMessage(inbound({ conversation: 'do you have monstera?' }), ME, NOW)).toEqual({
      kind: 'customer',
      chat: { replyJid: CUSTOMER, pnJid: CUSTOMER, lidJid: null, customerKey: CUSTOMER },
      messageId: 'MSG1',
      text: 'do you have monstera?',
      pushName: 'Ana',
      at: 1_764_061_200_000,
      referral: null,
      media: null,
    });
    const extended = mapMessage(inbound({ extendedTextMessage: { text: 'see https://x.example' } }), ME, NOW);
    expect(extended).toMatchObject({ kind: 'customer', text: 'see https://x.example' });
  });

  it('shows the quote of a reply first, and captions with a typed media placeholder', () => {
    const reply = inbound({
      extendedTextMessage: {
        text: 'how much is it?',
        contextInfo: { stanzaId: 'OUT1', participant: ME.pnJid, quotedMessage: { conversation: 'We have Monstera deliciosa in stock.' } },
      },
    });
    expect(mapMessage(reply, ME, NOW)).toMatchObject({ text: '> We have Monstera deliciosa in stock.\nhow much is it?', media: null });
    expect(mapMessage(inbound({ imageMessage: { caption: 'this one?', mimetype: 'image/jpeg' } }), ME, NOW)).toMatchObject({ text: '[Photo] this one?', media: 'photo' });
    expect(mapMessage(inbound({ audioMessage: { ptt: true, seconds: 4 } }), ME, NOW)).toMatchObject({ text: '[Voice message]', media: 'voice' });
    expect(mapMessage(inbound({ audioMessage: { seconds: 4 } }), ME, NOW)).toMatchObject({ text: '[Audio]', media: 'audio' });
    expect(mapMessage(inbound({ documentWithCaptionMessage: { message: { documentMessage: { fileName: 'list.pdf', caption: 'prices' } } } }), ME, NOW)).toMatchObject({
      text: '[Document: list.pdf] prices',
      media: 'document',
    });
    expect(mapMessage(inbound({ stickerMessage: {} }), ME, NOW)).toMatchObject({ text: '[Sticker]', media: 'sticker' });
    expect(mapMessage(inbound({ videoMessage: { gifPlayback: true } }), ME, NOW)).toMatchObject({ text: '[GIF]', media: 'gif' });
    expect(mapMessage(inbound({ ephemeralMessage: { message: { conversation: 'disappearing hi' } } }), ME, NOW)).toMatchObject({ text: 'disappearing hi' });
  });

  it('ignores groups, status, broadcasts, newsletters and the owner’s own chat', () => {
    const reasons = ['1203630@g.us', 'status@broadcast', '1234@broadcast', '1200@newsletter', '15550009999@s.whatsapp.net'].map(
      (remoteJid) => mapMessage(inbound({ conversation: 'hi' }, { remoteJid, participant: CUSTOMER }), ME, NOW),
    );
    expect(reasons).toEqual([
      { kind: 'ignore', reason: 'group' },
      { kind: 'ignore', reason: 'status' },
      { kind: 'ignore', reason: 'broadcast' },
      { kind: 'ignore', reason: 'newsletter' },
      { kind: 'ignore', reason: 'self_chat' },
    ]);
  });

  it('does not process a decryption-failure stub as content', () => {
    const stub = wire({ key: { remoteJid: CUSTOMER, fromMe: false, id: 'BAD1' }, messageStubType: proto.WebMessageInfo.StubType.CIPHERTEXT, messageStubParameters: ['No session'] });
    expect(mapMessage(stub, ME, NOW)).toEqual({ kind: 'ignore', reason: 'undecryptable' });
  });

  it('maps reactions, edits and deletions to the message they change', () => {
    const reaction = inbound({ reactionMessage: { key: { remoteJid: CUSTOMER, fromMe: true, id: 'OUT1' }, text: '👍' } }, { id: 'R1' });
    expect(mapMessage(reaction, ME, NOW)).toMatchObject({ kind: 'reaction', targetId: 'OUT1', emoji: '👍', fromMe: false });
    const edit = inbound(
      { protocolMessage: { type: proto.Message.ProtocolMessage.Type.MESSAGE_EDIT, key: { remoteJid: CUSTOMER, fromMe: false, id: 'MSG1' }, editedMessage: { conversation: 'do you have pothos?' } } },
      { id: 'E1' },
    );
    expect(mapMessage(edit, ME, NOW)).toMatchObject({ kind: 'edit', targetId: 'MSG1', text: 'do you have pothos?' });
    const revoke = inbound({ protocolMessage: { type: proto.Message.ProtocolMessage.Type.REVOKE, key: { remoteJid: CUSTOMER, fromMe: false, id: 'MSG1' } } }, { id: 'D1' });
    expect(mapMessage(revoke, ME, NOW)).toMatchObject({ kind: 'revoke', targetId: 'MSG1', fromMe: false });
    const history = inbound({ protocolMessage: { type: proto.Message.ProtocolMessage.Type.HISTORY_SYNC_NOTIFICATION } }, { id: 'H1' });
    expect(mapMessage(history, ME, NOW)).toEqual({ kind: 'ignore', reason: 'protocol' });
  });

  it('treats fromMe as the owner writing from the phone', () => {
    expect(mapMessage(inbound({ conversation: 'I will handle this' }, { fromMe: true, id: 'PHONE1' }), ME, NOW)).toMatchObject({
      kind: 'owner',
      messageId: 'PHONE1',
      text: 'I will handle this',
    });
  });

  it('keys a LID chat by phone when the alternate address is known, and replies to the JID as received', () => {
    const viaLid = inbound({ conversation: 'hola' }, {}, {});
    viaLid.key = { ...viaLid.key, remoteJid: CUSTOMER_LID, remoteJidAlt: '5511987654321:0@s.whatsapp.net' };
    expect(mapMessage(viaLid, ME, NOW)).toMatchObject({
      chat: { replyJid: CUSTOMER_LID, pnJid: CUSTOMER, lidJid: CUSTOMER_LID, customerKey: CUSTOMER },
    });
    const lidOnly = inbound({ conversation: 'hola' }, { remoteJid: '987:2@lid' });
    expect(mapMessage(lidOnly, ME, NOW)).toMatchObject({ chat: { replyJid: '987@lid', pnJid: null, lidJid: '987@lid', customerKey: '987@lid' } });
  });

  it('stores the ad a customer clicked to start the chat', () => {
    const fromAd = inbound({
      extendedTextMessage: {
        text: 'Hi! I saw your ad',
        contextInfo: {
          conversionSource: 'FB_Ads',
          entryPointConversionApp: 'instagram',
          externalAdReply: { title: 'Monstera sale', body: '20% off', sourceUrl: 'https://fb.me/ad', sourceId: '120200', sourceType: 'ad', ctwaClid: 'clid-1' },
        },
      },
    });
    expect(mapMessage(fromAd, ME, NOW)).toMatchObject({
      referral: { source: 'FB_Ads', app: 'instagram', title: 'Monstera sale', body: '20% off', url: 'https://fb.me/ad', sourceId: '120200', sourceType: 'ad', ctwaClid: 'clid-1' },
    });
  });

  it('falls back to the receive time when the message has no timestamp', () => {
    const untimed = wire({ key: { remoteJid: CUSTOMER, fromMe: false, id: 'T1' }, message: { conversation: 'hi' } });
    expect(mapMessage(untimed, ME, NOW)).toMatchObject({ at: NOW, pushName: null });
  });
});
