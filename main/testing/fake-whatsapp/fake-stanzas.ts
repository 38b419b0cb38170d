/**
 * Stanzas the fake WhatsApp server sends: pairing, login, answers to queries, and messages in
 * the forms Baileys 7 parses (plaintext inbound messages, receipts, history sync notification).
 */
import { deflateSync } from 'node:zlib';
import { createHmac } from 'node:crypto';
import { Curve, proto, type BinaryNode, type KeyPair } from 'baileys';

/** The server's own address in stanzas. */
export const SERVER = 's.whatsapp.net';

/** Children of a node that are nodes. */
export function children(node: BinaryNode | undefined): BinaryNode[] {
  return Array.isArray(node?.content) ? node.content : [];
}

/** The first child with a tag. */
export function child(node: BinaryNode | undefined, tag: string): BinaryNode | undefined {
  return children(node).find((c) => c.tag === tag);
}

/** An empty successful answer to an iq. */
export function iqResult(id: string, content?: BinaryNode[]): BinaryNode {
  return { tag: 'iq', attrs: { id, type: 'result', from: SERVER }, ...(content ? { content } : {}) };
}

/** Asks a registering client to show QR codes, one per ref. */
export function pairDevice(id: string, refs: string[]): BinaryNode {
  return {
    tag: 'iq',
    attrs: { id, type: 'set', from: SERVER, xmlns: 'md' },
    content: [{ tag: 'pair-device', attrs: {}, content: refs.map((ref) => ({ tag: 'ref', attrs: {}, content: Buffer.from(ref) })) }],
  };
}

/**
 * What the phone sends after scanning: the companion's identity signed by the account key and
 * HMAC'd with the QR's advSecretKey, plus the device's new JID and LID.
 */
export function pairSuccess(args: {
  id: string;
  advSecretKey: string;
  companionIdentity: Uint8Array;
  accountKey: KeyPair;
  jid: string;
  lid: string;
  businessName: string;
  now: number;
}): BinaryNode {
  const deviceDetails = proto.ADVDeviceIdentity.encode({ rawId: 4242, timestamp: Math.floor(args.now / 1000), keyIndex: 1 }).finish();
  const accountSignature = Curve.sign(args.accountKey.private, Buffer.concat([Buffer.from([6, 0]), deviceDetails, args.companionIdentity]));
  const details = proto.ADVSignedDeviceIdentity.encode({ details: deviceDetails, accountSignatureKey: args.accountKey.public, accountSignature }).finish();
  const hmac = createHmac('sha256', Buffer.from(args.advSecretKey, 'base64')).update(details).digest();
  return {
    tag: 'iq',
    attrs: { id: args.id, type: 'set', from: SERVER, t: String(Math.floor(args.now / 1000)) },
    content: [
      {
        tag: 'pair-success',
        attrs: {},
        content: [
          { tag: 'device-identity', attrs: { 'key-index': '1' }, content: proto.ADVSignedDeviceIdentityHMAC.encode({ details, hmac }).finish() },
          { tag: 'platform', attrs: { name: 'smba' } },
          { tag: 'device', attrs: { jid: args.jid, lid: args.lid } },
          { tag: 'biz', attrs: { name: args.businessName } },
        ],
      },
    ],
  };
}

/** A stream error; `code` 515 asks for a restart, 401 logged out, 403 forbidden… */
export function streamError(code: number | 'replaced'): BinaryNode {
  if (code === 'replaced') return { tag: 'stream:error', attrs: {}, content: [{ tag: 'conflict', attrs: { type: 'replaced' } }] };
  return { tag: 'stream:error', attrs: { code: String(code) } };
}

/** An inbound 1:1 message carried as `<plaintext>` (no Signal session needed). */
export function plaintextMessage(args: {
  id: string;
  from: string;
  message: proto.IMessage;
  now: number;
  pushName?: string;
  offline?: boolean;
  recipient?: string;
  attrs?: Record<string, string>;
}): BinaryNode {
  return {
    tag: 'message',
    attrs: {
      id: args.id,
      from: args.from,
      type: 'text',
      t: String(Math.floor(args.now / 1000)),
      ...(args.pushName ? { notify: args.pushName } : {}),
      ...(args.recipient ? { recipient: args.recipient } : {}),
      ...(args.offline ? { offline: '1' } : {}),
      ...args.attrs,
    },
    content: [{ tag: 'plaintext', attrs: {}, content: proto.Message.encode(args.message).finish() }],
  };
}

/** A message whose Signal payload cannot be decrypted (the app sees a CIPHERTEXT stub). */
export function undecryptableMessage(args: { id: string; from: string; now: number; pushName?: string }): BinaryNode {
  return {
    tag: 'message',
    attrs: { id: args.id, from: args.from, type: 'text', t: String(Math.floor(args.now / 1000)), ...(args.pushName ? { notify: args.pushName } : {}) },
    content: [{ tag: 'enc', attrs: { v: '2', type: 'msg' }, content: Buffer.from('not a signal message') }],
  };
}

/** The phone's first history sync, inline: lets Baileys leave its initial-sync wait at once. */
export function historyBootstrap(): proto.IMessage {
  const payload = proto.HistorySync.encode({ syncType: proto.HistorySync.HistorySyncType.INITIAL_BOOTSTRAP, conversations: [], progress: 100 }).finish();
  return {
    protocolMessage: {
      type: proto.Message.ProtocolMessage.Type.HISTORY_SYNC_NOTIFICATION,
      historySyncNotification: {
        syncType: proto.HistorySync.HistorySyncType.INITIAL_BOOTSTRAP,
        initialHistBootstrapInlinePayload: deflateSync(payload),
        progress: 100,
      },
    },
  };
}

/** A receipt from a customer's phone for a message the app sent (no type = delivered). */
export function receipt(args: { id: string; from: string; type?: 'read'; now: number }): BinaryNode {
  return { tag: 'receipt', attrs: { id: args.id, from: args.from, t: String(Math.floor(args.now / 1000)), ...(args.type ? { type: args.type } : {}) } };
}

/** The server's acknowledgement of a sent message; with `error`, a refusal (e.g. 463). */
export function messageAck(args: { id: string; from: string; error?: string; now: number }): BinaryNode {
  return { tag: 'ack', attrs: { class: 'message', id: args.id, from: args.from, t: String(Math.floor(args.now / 1000)), ...(args.error ? { error: args.error } : {}) } };
}
